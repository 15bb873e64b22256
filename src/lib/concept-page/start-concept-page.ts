// The entry a concept page starts with: start.ts and its prose's code (prose-start.ts: term and citation cards and the
// self-check, with Svelte's runtime), imported statically so the page starts in one task, as one module graph its
// HTML preloads. See vite.config.ts.
import { startPage } from './start';
import { startProse } from './prose-start';

startPage(startProse);
