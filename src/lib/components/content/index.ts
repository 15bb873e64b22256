// The components that concept markdown may place. Markdown imports them from here and nowhere else.
export { default as Original } from './Original.svelte';
export { default as Notes } from './Notes.svelte';
export { default as InterviewAnswer } from './InterviewAnswer.svelte';
export { default as AttentionMasks } from './AttentionMasks.svelte';
export { default as EmergenceLab } from './EmergenceLab.svelte';
export { default as KvCacheFigure } from './KvCacheFigure.svelte';
export { default as BlockExplorer } from './BlockExplorer.svelte';
export { default as ParamCalculator } from './ParamCalculator.svelte';
export { default as ModelAtlas } from './ModelAtlas.svelte';
export { default as TinyLm } from './TinyLm.svelte';
export { default as TransformerLab } from './TransformerLab.svelte';
// Glossary terms and citations: imported automatically into concept markdown that uses them (see svelte.config.js).
export { default as Term } from './Term.svelte';
export { default as Cite } from './Cite.svelte';
// Correction markers in the original and the links back under their notes: likewise imported automatically.
export { default as Correction } from './Correction.svelte';
export { default as CorrectionBacklinks } from './CorrectionBacklinks.svelte';
