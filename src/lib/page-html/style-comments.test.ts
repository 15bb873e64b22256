import { describe, expect, it } from 'vitest';
import { withoutCssComments, withoutStyleComments } from './style-comments';

describe('withoutCssComments', () => {
	it('removes comments, one line or several, and leaves the rules as they were', () => {
		const css = '.a.svelte-x {\n\t/* A note\n\t   on two lines. */\n\tcolor: red; /* why */\n}\n/* end */';
		expect(withoutCssComments(css)).toBe('.a.svelte-x {\n\t\n\tcolor: red; \n}\n');
	});

	it('puts no space where a comment was, so a selector keeps its meaning', () => {
		expect(withoutCssComments('.a/**/.b{margin:0}')).toBe('.a.b{margin:0}');
	});

	it('keeps strings whole, even with comment marks or escaped quotes in them', () => {
		const css = `.q::before{content:"/* not a comment */"}.r::after{content:'it\\'s /*'}/* gone */.s{content:"\\"/*"}`;
		expect(withoutCssComments(css)).toBe(`.q::before{content:"/* not a comment */"}.r::after{content:'it\\'s /*'}.s{content:"\\"/*"}`);
	});
});

describe('withoutStyleComments', () => {
	it('strips comments in components’ style elements only, and keeps the elements and their ids', () => {
		const page = '<style id="svelte-abc1">.a.svelte-abc1{color:red}/* note */</style><style>/* the page’s own */</style><p>/* text */</p>';
		expect(withoutStyleComments(page)).toBe('<style id="svelte-abc1">.a.svelte-abc1{color:red}</style><style>/* the page’s own */</style><p>/* text */</p>');
	});
});
