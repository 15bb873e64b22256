// The entry a concept page starts with: start.ts and its prose's start-up (prose-start.ts: the cards' behaviour and the
// figures as islands), imported statically so the page starts in one task, as one module graph its HTML preloads.
// Svelte's runtime is not in it: the cards' texts and the self-check load it when the reader reaches for the page
// (prose-code.ts). See vite.config.ts.
import { startPage } from './start';
import { startProse } from './prose-start';

startPage(startProse);
