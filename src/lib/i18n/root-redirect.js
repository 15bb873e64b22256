// The root address (the language picker) sends the reader on to their language's index before it is drawn: the
// language they chose last (localStorage `lang`), else the first of their browser's languages that the site has
// (Chinese in any variant, or English), else English. It is an inline script in the picker's <head>, so nothing is
// painted and then replaced (a layout shift, when it ran after the page's start-up code had loaded). Its hash is
// in the Content-Security-Policy (svelte.config.js). Without JavaScript the picker's two links do the job.

/**
 * The script's source, for a site served under `base` ('' or '/sub-path').
 * @param {string} base
 * @returns {string}
 */
export function rootRedirectScript(base) {
	return (
		'(function(){var l;try{l=localStorage.getItem("lang")}catch(e){}' +
		'if(l!=="zh"&&l!=="en"){l="en";var t=navigator.languages||[navigator.language];' +
		'for(var i=0;i<t.length;i++){var p=String(t[i]).toLowerCase().split("-")[0];if(p==="zh"||p==="en"){l=p;break}}}' +
		// `<` escaped, so no base path can close the script element early.
		`location.replace(${JSON.stringify(`${base}/`).replace(/</g, '\\u003c')}+l+"/")})()`
	);
}
