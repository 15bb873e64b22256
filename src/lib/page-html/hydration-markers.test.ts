import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { withoutHydrationMarkers } from './hydration-markers';
import MaskGrid from '$lib/components/charts/MaskGrid.svelte';

describe('withoutHydrationMarkers', () => {
	it('removes every marker Svelte writes, and nothing else', () => {
		const html = '<!--[--><p>a<!--[!-->b<!--]--></p><!--[0--><i>c</i><!--[-1--><!----><!--$s1--><!--$prose-s8-s4--><!--1dkbgfq--><!--]-->';
		expect(withoutHydrationMarkers(html)).toBe('<p>ab</p><i>c</i>');
		// Text that looks like a marker but is not a comment, and a written comment, stay.
		expect(withoutHydrationMarkers('<code>&lt;!--[--&gt;</code><!-- a note -->')).toBe('<code>&lt;!--[--&gt;</code><!-- a note -->');
	});

	it('leaves a rendered figure with no comment at all, and the same elements', () => {
		const mask = [
			[true, false],
			[true, true]
		];
		const tokens = [{ text: 'a' }, { text: 'b' }];
		const { body } = render(MaskGrid, {
			props: { mask, rows: tokens, cols: tokens, name: 'mask', matrix: 'self', highlight: null, oncell: () => {}, cellLabel: () => '', prefix: null } as never
		});
		expect(body).toContain('<!--');
		const stripped = withoutHydrationMarkers(body);
		expect(stripped).not.toContain('<!--');
		const tags = (html: string) => [...html.matchAll(/<([a-z]+)/g)].map((m) => m[1]).join();
		expect(tags(stripped)).toBe(tags(body));
	});
});
