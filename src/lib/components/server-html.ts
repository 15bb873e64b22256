// HTML rendered at prerender time and adopted as it is in the browser, for Island.svelte (a figure's default state)
// and Prose.svelte (a concept page's markdown).
import { withoutHydrationMarkers } from '$lib/page-html/hydration-markers';
import type * as FigureRender from './islands/render-on-server';
import type * as ProseRender from './links/prose-on-server';

export interface RenderedHtml {
	head: string;
	body: string;
}

interface ServerRenderers {
	'./islands/render-on-server.ts': typeof FigureRender;
	'./links/prose-on-server.ts': typeof ProseRender;
}

// Only the server build keeps these imports (import.meta.env.SSR is false in the browser build, which drops them, and
// with them the figures' code and the markdown).
const renderers = (
	import.meta.env.SSR ? import.meta.glob(['./islands/render-on-server.ts', './links/prose-on-server.ts'], { eager: true }) : {}
) as unknown as ServerRenderers;

/** In the browser a non-empty placeholder makes {@html} adopt the prerendered markup as it is (Svelte does not
 * compare {@html} content when hydrating). */
const ADOPT_PRERENDERED: RenderedHtml = { head: ' ', body: ' ' };

/** On the server, the HTML `render` makes with the named server-only module, without hydration markers; in the
 * browser, the placeholder that adopts what the server made. Call it while the component initialises (`render` may
 * read its contexts). */
export function serverHtml<M extends keyof ServerRenderers>(module: M, render: (renderer: ServerRenderers[M]) => RenderedHtml): RenderedHtml {
	if (!import.meta.env.SSR) return ADOPT_PRERENDERED;
	const { head, body } = render(renderers[module]);
	return { head, body: withoutHydrationMarkers(body) };
}
