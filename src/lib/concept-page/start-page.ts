// The entry every page that starts without SvelteKit and has no prose starts with (a lab page, an index, the glossary,
// the search page): start.ts alone, with no Svelte (figures fetch it with their code). See vite.config.ts.
import { startPage } from './start';

startPage();
