// Server only (imported by Prose.svelte behind import.meta.env.SSR): renders a concept page's markdown to HTML at
// prerender time, inside the page's own contexts (Kit's page state, the page's terms, citations and concept), so that
// <Term>, <Cite>, <Original> and the figures in it render exactly as they would in place.
import type { Component } from 'svelte';
import { render } from 'svelte/server';

export function renderProse(content: Component, context: Map<unknown, unknown>): { head: string; body: string } {
	// Its own id prefix: ids made by $props.id() in the prose must not repeat the page's.
	const { head, body } = render(content, { context, idPrefix: 'prose' });
	// One element: when hydrating, {@html} adopts the nodes up to the first empty comment among its siblings, and the
	// rendered markdown has such comments at its top level.
	return { head, body: `<div class="markdown">${body}</div>` };
}
