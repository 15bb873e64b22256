// Every paper the site cites, in one place. Markdown cites by key: `<Cite key="vaswani2017" />`; an unknown key throws
// at prerender (the build fails) and a unit test scans content/ for the same mistake.

export interface Reference {
	/** Authors as printed: up to three names, then "et al."; organisations as one name. */
	authors: string;
	title: string;
	year: number;
	/** Where it was published; "arXiv preprint" or a report when it never appeared elsewhere. */
	venue: string;
	/** arXiv identifier (https://arxiv.org/abs/<id>), when the paper has one. */
	arxiv?: string;
	/** The paper's own address when it has no arXiv page. */
	url?: string;
}

export const BIBLIOGRAPHY = {
	vaswani2017: { authors: 'Vaswani, Shazeer, Parmar et al.', title: 'Attention Is All You Need', year: 2017, venue: 'NeurIPS 2017', arxiv: '1706.03762' },
	radford2018: {
		authors: 'Radford, Narasimhan, Salimans, Sutskever',
		title: 'Improving Language Understanding by Generative Pre-Training',
		year: 2018,
		venue: 'OpenAI technical report',
		url: 'https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf'
	},
	radford2019: {
		authors: 'Radford, Wu, Child et al.',
		title: 'Language Models are Unsupervised Multitask Learners',
		year: 2019,
		venue: 'OpenAI technical report',
		url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf'
	},
	devlin2018: {
		authors: 'Devlin, Chang, Lee, Toutanova',
		title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
		year: 2018,
		venue: 'NAACL 2019',
		arxiv: '1810.04805'
	},
	liu2019: { authors: 'Liu, Ott, Goyal et al.', title: 'RoBERTa: A Robustly Optimized BERT Pretraining Approach', year: 2019, venue: 'arXiv preprint', arxiv: '1907.11692' },
	yang2019: {
		authors: 'Yang, Dai, Yang et al.',
		title: 'XLNet: Generalized Autoregressive Pretraining for Language Understanding',
		year: 2019,
		venue: 'NeurIPS 2019',
		arxiv: '1906.08237'
	},
	raffel2019: {
		authors: 'Raffel, Shazeer, Roberts et al.',
		title: 'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer',
		year: 2019,
		venue: 'JMLR 21 (2020)',
		arxiv: '1910.10683'
	},
	lewis2019: {
		authors: 'Lewis, Liu, Goyal et al.',
		title: 'BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension',
		year: 2019,
		venue: 'ACL 2020',
		arxiv: '1910.13461'
	},
	liu2018: { authors: 'Liu, Saleh, Pot et al.', title: 'Generating Wikipedia by Summarizing Long Sequences', year: 2018, venue: 'ICLR 2018', arxiv: '1801.10198' },
	dong2019: {
		authors: 'Dong, Yang, Wang et al.',
		title: 'Unified Language Model Pre-training for Natural Language Understanding and Generation',
		year: 2019,
		venue: 'NeurIPS 2019',
		arxiv: '1905.03197'
	},
	brown2020: { authors: 'Brown, Mann, Ryder et al.', title: 'Language Models are Few-Shot Learners', year: 2020, venue: 'NeurIPS 2020', arxiv: '2005.14165' },
	xue2020: { authors: 'Xue, Constant, Roberts et al.', title: 'mT5: A Massively Multilingual Pre-trained Text-to-Text Transformer', year: 2020, venue: 'NAACL 2021', arxiv: '2010.11934' },
	du2021: {
		authors: 'Du, Qian, Liu et al.',
		title: 'GLM: General Language Model Pretraining with Autoregressive Blank Infilling',
		year: 2021,
		venue: 'ACL 2022',
		arxiv: '2103.10360'
	},
	zeng2022: { authors: 'Zeng, Liu, Du et al.', title: 'GLM-130B: An Open Bilingual Pre-trained Model', year: 2022, venue: 'ICLR 2023', arxiv: '2210.02414' },
	black2022: { authors: 'Black, Biderman, Hallahan et al.', title: 'GPT-NeoX-20B: An Open-Source Autoregressive Language Model', year: 2022, venue: 'BigScience Workshop, ACL 2022', arxiv: '2204.06745' },
	zhang2022: { authors: 'Zhang, Roller, Goyal et al.', title: 'OPT: Open Pre-trained Transformer Language Models', year: 2022, venue: 'arXiv preprint', arxiv: '2205.01068' },
	tay2022: { authors: 'Tay, Dehghani, Tran et al.', title: 'UL2: Unifying Language Learning Paradigms', year: 2022, venue: 'ICLR 2023', arxiv: '2205.05131' },
	bigscience2022: {
		authors: 'BigScience Workshop',
		title: 'BLOOM: A 176B-Parameter Open-Access Multilingual Language Model',
		year: 2022,
		venue: 'arXiv preprint',
		arxiv: '2211.05100'
	},
	chung2022: { authors: 'Chung, Hou, Longpre et al.', title: 'Scaling Instruction-Finetuned Language Models', year: 2022, venue: 'JMLR 25 (2024)', arxiv: '2210.11416' },
	touvron2023: { authors: 'Touvron, Lavril, Izacard et al.', title: 'LLaMA: Open and Efficient Foundation Language Models', year: 2023, venue: 'arXiv preprint', arxiv: '2302.13971' },
	touvron2023llama2: { authors: 'Touvron, Martin, Stone et al.', title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models', year: 2023, venue: 'arXiv preprint', arxiv: '2307.09288' },
	almazrouei2023: { authors: 'Almazrouei, Alobeidli, Alshamsi et al.', title: 'The Falcon Series of Open Language Models', year: 2023, venue: 'arXiv preprint', arxiv: '2311.16867' },
	bai2023: { authors: 'Bai, Bai, Chu et al.', title: 'Qwen Technical Report', year: 2023, venue: 'arXiv preprint', arxiv: '2309.16609' },
	yang2023: { authors: 'Yang, Xiao, Wang et al.', title: 'Baichuan 2: Open Large-scale Language Models', year: 2023, venue: 'arXiv preprint', arxiv: '2309.10305' },
	jiang2023: { authors: 'Jiang, Sablayrolles, Mensch et al.', title: 'Mistral 7B', year: 2023, venue: 'arXiv preprint', arxiv: '2310.06825' },
	jiang2024: { authors: 'Jiang, Sablayrolles, Roux et al.', title: 'Mixtral of Experts', year: 2024, venue: 'arXiv preprint', arxiv: '2401.04088' },
	gemma2024: { authors: 'Gemma Team', title: 'Gemma: Open Models Based on Gemini Research and Technology', year: 2024, venue: 'arXiv preprint', arxiv: '2403.08295' },
	young2024: { authors: '01.AI', title: 'Yi: Open Foundation Models by 01.AI', year: 2024, venue: 'arXiv preprint', arxiv: '2403.04652' },
	abdin2024: { authors: 'Abdin, Aneja, Awadalla et al.', title: 'Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone', year: 2024, venue: 'arXiv preprint', arxiv: '2404.14219' },
	groeneveld2024: { authors: 'Groeneveld, Beltagy, Walsh et al.', title: 'OLMo: Accelerating the Science of Language Models', year: 2024, venue: 'ACL 2024', arxiv: '2402.00838' },
	llama2024: { authors: 'Llama Team, AI @ Meta', title: 'The Llama 3 Herd of Models', year: 2024, venue: 'arXiv preprint', arxiv: '2407.21783' },
	qwen2024: { authors: 'Qwen Team', title: 'Qwen2.5 Technical Report', year: 2024, venue: 'arXiv preprint', arxiv: '2412.15115' },
	deepseek2024: { authors: 'DeepSeek-AI', title: 'DeepSeek-V3 Technical Report', year: 2024, venue: 'arXiv preprint', arxiv: '2412.19437' },
	openai2025: { authors: 'OpenAI', title: 'gpt-oss-120b & gpt-oss-20b Model Card', year: 2025, venue: 'model card', arxiv: '2508.10925' },
	kaplan2020: { authors: 'Kaplan, McCandlish, Henighan et al.', title: 'Scaling Laws for Neural Language Models', year: 2020, venue: 'arXiv preprint', arxiv: '2001.08361' },
	hoffmann2022: { authors: 'Hoffmann, Borgeaud, Mensch et al.', title: 'Training Compute-Optimal Large Language Models', year: 2022, venue: 'NeurIPS 2022', arxiv: '2203.15556' },
	wei2022: { authors: 'Wei, Tay, Bommasani et al.', title: 'Emergent Abilities of Large Language Models', year: 2022, venue: 'TMLR 2022', arxiv: '2206.07682' },
	schaeffer2023: { authors: 'Schaeffer, Miranda, Koyejo', title: 'Are Emergent Abilities of Large Language Models a Mirage?', year: 2023, venue: 'NeurIPS 2023', arxiv: '2304.15004' },
	du2024: { authors: 'Du, Zeng, Dong, Tang', title: 'Understanding Emergent Abilities of Language Models from the Loss Perspective', year: 2024, venue: 'NeurIPS 2024', arxiv: '2403.15796' },
	power2022: { authors: 'Power, Burda, Edwards et al.', title: 'Grokking: Generalization Beyond Overfitting on Small Algorithmic Datasets', year: 2022, venue: 'arXiv preprint', arxiv: '2201.02177' },
	srivastava2022: {
		authors: 'Srivastava, Rastogi, Rao et al.',
		title: 'Beyond the Imitation Game: Quantifying and Extrapolating the Capabilities of Language Models',
		year: 2022,
		venue: 'TMLR 2023',
		arxiv: '2206.04615'
	},
	lin2021: { authors: 'Lin, Hilton, Evans', title: 'TruthfulQA: Measuring How Models Mimic Human Falsehoods', year: 2021, venue: 'ACL 2022', arxiv: '2109.07958' },
	wei2021: { authors: 'Wei, Bosma, Zhao et al.', title: 'Finetuned Language Models Are Zero-Shot Learners', year: 2021, venue: 'ICLR 2022', arxiv: '2109.01652' },
	ouyang2022: { authors: 'Ouyang, Wu, Jiang et al.', title: 'Training Language Models to Follow Instructions with Human Feedback', year: 2022, venue: 'NeurIPS 2022', arxiv: '2203.02155' },
	rafailov2023: {
		authors: 'Rafailov, Sharma, Mitchell et al.',
		title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
		year: 2023,
		venue: 'NeurIPS 2023',
		arxiv: '2305.18290'
	},
	bengio2015: {
		authors: 'Bengio, Vinyals, Jaitly, Shazeer',
		title: 'Scheduled Sampling for Sequence Prediction with Recurrent Neural Networks',
		year: 2015,
		venue: 'NeurIPS 2015',
		arxiv: '1506.03099'
	},
	ranzato2015: { authors: 'Ranzato, Chopra, Auli, Zaremba', title: 'Sequence Level Training with Recurrent Neural Networks', year: 2015, venue: 'ICLR 2016', arxiv: '1511.06732' },
	holtzman2019: { authors: 'Holtzman, Buys, Du et al.', title: 'The Curious Case of Neural Text Degeneration', year: 2019, venue: 'ICLR 2020', arxiv: '1904.09751' },
	wang2022: {
		authors: 'Wang, Roberts, Hesslow et al.',
		title: 'What Language Model Architecture and Pretraining Objective Works Best for Zero-Shot Generalization?',
		year: 2022,
		venue: 'ICML 2022',
		arxiv: '2204.05832'
	},
	kwon2023: {
		authors: 'Kwon, Li, Zhuang et al.',
		title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
		year: 2023,
		venue: 'SOSP 2023',
		arxiv: '2309.06180'
	},
	shazeer2019: { authors: 'Shazeer', title: 'Fast Transformer Decoding: One Write-Head is All You Need', year: 2019, venue: 'arXiv preprint', arxiv: '1911.02150' },
	ainslie2023: {
		authors: 'Ainslie, Lee-Thorp, de Jong et al.',
		title: 'GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints',
		year: 2023,
		venue: 'EMNLP 2023',
		arxiv: '2305.13245'
	},
	bhojanapalli2020: { authors: 'Bhojanapalli, Yun, Rawat et al.', title: 'Low-Rank Bottleneck in Multi-head Attention Models', year: 2020, venue: 'ICML 2020', arxiv: '2002.07028' },
	dong2021: {
		authors: 'Dong, Cordonnier, Loukas',
		title: 'Attention is Not All You Need: Pure Attention Loses Rank Doubly Exponentially with Depth',
		year: 2021,
		venue: 'ICML 2021',
		arxiv: '2103.03404'
	},
	sennrich2016: { authors: 'Sennrich, Haddow, Birch', title: 'Neural Machine Translation of Rare Words with Subword Units', year: 2016, venue: 'ACL 2016', arxiv: '1508.07909' },
	kudo2018: {
		authors: 'Kudo, Richardson',
		title: 'SentencePiece: A Simple and Language Independent Subword Tokenizer and Detokenizer for Neural Text Processing',
		year: 2018,
		venue: 'EMNLP 2018 (demo)',
		arxiv: '1808.06226'
	},
	he2015: { authors: 'He, Zhang, Ren, Sun', title: 'Deep Residual Learning for Image Recognition', year: 2015, venue: 'CVPR 2016', arxiv: '1512.03385' },
	xiong2020: { authors: 'Xiong, Yang, He et al.', title: 'On Layer Normalization in the Transformer Architecture', year: 2020, venue: 'ICML 2020', arxiv: '2002.04745' },
	zhang2019: { authors: 'Zhang, Sennrich', title: 'Root Mean Square Layer Normalization', year: 2019, venue: 'NeurIPS 2019', arxiv: '1910.07467' },
	shazeer2020: { authors: 'Shazeer', title: 'GLU Variants Improve Transformer', year: 2020, venue: 'arXiv preprint', arxiv: '2002.05202' },
	su2021: { authors: 'Su, Lu, Pan et al.', title: 'RoFormer: Enhanced Transformer with Rotary Position Embedding', year: 2021, venue: 'Neurocomputing 568 (2024)', arxiv: '2104.09864' },
	dao2022: { authors: 'Dao, Fu, Ermon et al.', title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness', year: 2022, venue: 'NeurIPS 2022', arxiv: '2205.14135' },
	beltagy2020: { authors: 'Beltagy, Peters, Cohan', title: 'Longformer: The Long-Document Transformer', year: 2020, venue: 'arXiv preprint', arxiv: '2004.05150' }
} as const satisfies Record<string, Reference>;

export type CiteKey = keyof typeof BIBLIOGRAPHY;

export { formatReference, referenceUrl } from './format';

export function isCiteKey(key: string): key is CiteKey {
	return Object.hasOwn(BIBLIOGRAPHY, key);
}

/** The reference for a key; throws on an unknown key, which fails the prerender (and so the build). */
export function reference(key: string): Reference {
	if (!isCiteKey(key)) throw new Error(`Unknown citation key "${key}": add it to src/lib/references/bibliography.ts`);
	return BIBLIOGRAPHY[key];
}

/** The key for a cited address (an arXiv abs link or a paper's own URL), or undefined. */
export function keyForUrl(url: string): CiteKey | undefined {
	const arxiv = /^https:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5})$/.exec(url)?.[1];
	return (Object.keys(BIBLIOGRAPHY) as CiteKey[]).find((key) => {
		const ref: Reference = BIBLIOGRAPHY[key];
		return arxiv ? ref.arxiv === arxiv : ref.url === url;
	});
}
