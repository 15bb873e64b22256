// Written to build/404.html, the file GitHub Pages, Netlify, Cloudflare Pages and most static hosts serve on a 404.
export const trailingSlash = 'never';
