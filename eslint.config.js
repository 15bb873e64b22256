import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', 'build-subpath/', 'screenshots/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		// Parsed as TypeScript without a type-checked program (no rule here needs types; building one for every component
		// tripled the lint's time). Every component is lang="ts", so svelte-check finds an undefined name, as
		// typescript-eslint advises for TypeScript: `no-undef` would flag DOM types such as ParentNode.
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		},
		rules: { 'no-undef': 'off' }
	},
	{
		rules: {
			// Links are built from `base` by hand: the site keeps trailing slashes, which resolve() does not add.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	}
);
