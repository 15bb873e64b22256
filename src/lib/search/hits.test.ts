import { describe, expect, it } from 'vitest';
import { hitsOf, indexTermsFirst, type PagefindData } from './hits';

const sub = (title: string, url: string, matches: number) => ({ title, url, excerpt: `<mark>${title}</mark>`, locations: Array(matches).fill(0) });

describe('search hits', () => {
	it('take the best matching section of a page, and never a generated figure id as the address', () => {
		const page: PagefindData = {
			url: '/en/lab/kv-cache/',
			excerpt: 'page',
			meta: { title: 'KV-cache and rank lab', kind: 'lab' },
			sub_results: [sub('KV-cache and rank lab', '/en/lab/kv-cache/', 1), sub('The ledger', '/en/lab/kv-cache/#ledger', 3), sub('Memory', '/en/lab/kv-cache/#s1-title', 5)]
		};
		const [hit] = hitsOf(page);
		expect(hit.url).toBe('/en/lab/kv-cache/');
		expect(hit.section).toBe('Memory');
		expect(hitsOf({ ...page, sub_results: page.sub_results!.slice(0, 2) })[0].url).toBe('/en/lab/kv-cache/#ledger');
	});

	it('prefer a section of the notes to the verbatim original that repeats the word more, by the weight of the matches', () => {
		const at = (weight: number, n: number) => Array.from({ length: n }, (_, location) => ({ weight, location }));
		const page: PagefindData = {
			url: '/zh/emergence/',
			excerpt: '',
			meta: { title: '涌现能力是什么原因造成的？', kind: 'concept' },
			sub_results: [
				{ ...sub('原文', '/zh/emergence/#original-title', 13), weighted_locations: at(0.2, 13) },
				{ ...sub('Wei 等人说的涌现到底是什么', '/zh/emergence/#definition', 3), weighted_locations: [...at(5, 1), ...at(1, 2)] }
			]
		};
		expect(hitsOf(page, '涌现')[0].url).toBe('/zh/emergence/#definition');
		// A sentence quoted from the original finds its passage there.
		const quoted = { ...page.sub_results![0], excerpt: '因为很多任务的<mark>评价</mark><mark>指标</mark><mark>不够</mark><mark>平滑</mark>，导致' };
		expect(hitsOf({ ...page, sub_results: [quoted, page.sub_results![1]] }, '评价指标不够平滑')[0].url).toBe('/zh/emergence/#original-title');
	});

	it('make each matching glossary entry a hit of its own, best first, at most three', () => {
		const glossary: PagefindData = {
			url: '/zh/glossary/',
			excerpt: '',
			meta: { title: '术语表', kind: 'glossary' },
			sub_results: [
				sub('术语表', '/zh/glossary/', 2),
				sub('KV 缓存', '/zh/glossary/#kv-cache', 5),
				sub('GQA / MQA', '/zh/glossary/#gqa', 2),
				sub('困惑度', '/zh/glossary/#perplexity', 0),
				sub('交叉熵', '/zh/glossary/#cross-entropy', 1),
				sub('自注意力', '/zh/glossary/#self-attention', 1)
			]
		};
		const hits = hitsOf(glossary);
		expect(hits.map((h) => h.url)).toEqual(['/zh/glossary/#kv-cache', '/zh/glossary/#gqa', '/zh/glossary/#cross-entropy']);
		expect(hits[0].section).toBe('KV 缓存');
		expect(hits[0].kind).toBe('glossary');
	});

	it('put pages whose index terms name the query first, whatever the spacing or case, keeping the order otherwise', () => {
		const results = [
			{ url: 'a', meta: { keywords: '涌现, 涌现能力' } },
			{ url: 'b', meta: {} },
			{ url: 'c', meta: { keywords: '参数量, 参数计算器' } },
			{ url: 'd', meta: { keywords: 'KV 缓存, 秩' } }
		];
		expect(indexTermsFirst('参数量', results).map((r) => r.url)).toEqual(['c', 'a', 'b', 'd']);
		expect(indexTermsFirst('kv缓存', results).map((r) => r.url)).toEqual(['d', 'a', 'b', 'c']);
		// Part of a term is not the term.
		expect(indexTermsFirst('参数', results).map((r) => r.url)).toEqual(['a', 'b', 'c', 'd']);
	});
});
