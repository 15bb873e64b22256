import { describe, expect, it } from 'vitest';
import { withoutRepeatedStyles } from './repeated-styles';

describe('withoutRepeatedStyles', () => {
	it('keeps the first style element of each component and drops the repeats', () => {
		const a = '<style id="svelte-abc1">.a.svelte-abc1{color:red}</style>';
		const b = '<style id="svelte-xyz9">.b.svelte-xyz9{margin:0}</style>';
		const page = `<head>${a}${b}<title>t</title>${a}</head><body><p>x</p>${b}${a}</body>`;
		expect(withoutRepeatedStyles(page)).toBe(`<head>${a}${b}<title>t</title></head><body><p>x</p></body>`);
	});

	it('leaves style elements without a component id, and everything else, as they are', () => {
		const page = '<head><style>body{margin:0}</style><style>body{margin:0}</style><style id="theme">x</style></head><p>svelte-abc1</p>';
		expect(withoutRepeatedStyles(page)).toBe(page);
	});
});
