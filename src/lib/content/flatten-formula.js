// A formula's SVG with its groups flattened (plain JS, like math-svg.js, which uses it at build time).
// MathJax draws a formula as a tree of <g> elements, one per node of the maths (a row, a fraction, a superscript, an
// identifier), each moved by a translate() and, in scripts, a scale(); the glyphs (<use>) and rules (<rect>) are its
// leaves. Only the leaves draw anything. Here every leaf gets the product of its groups' transforms, and the groups go,
// except the formula's outer one (its colour and its flip of the font's y axis): the same picture with a seventh of
// the elements (on /en/training-objective/, 486 groups for 350 glyphs), each of which the page would style and lay
// out at load (issue 18).

/** @typedef {{ a: number, d: number, e: number, f: number }} Affine x' = a x + e, y' = d y + f (MathJax only translates and scales) */

const IDENTITY = /** @type {Affine} */ ({ a: 1, d: 1, e: 0, f: 0 });

/** `outer` after `inner`: a point goes through inner first. @param {Affine} outer @param {Affine} inner @returns {Affine} */
const compose = (outer, inner) => ({ a: outer.a * inner.a, d: outer.d * inner.d, e: outer.a * inner.e + outer.e, f: outer.d * inner.f + outer.f });

/**
 * A transform attribute made only of translate() and scale(), as an affine map; null for anything else (a rotation, a
 * matrix, a skew), which the caller then leaves as MathJax wrote it.
 * @param {string | undefined} value
 * @returns {Affine | null}
 */
export function parseTransform(value) {
	let result = IDENTITY;
	if (!value) return result;
	const step = /\s*(translate|scale)\(\s*(-?[\d.]+(?:e-?\d+)?)(?:[\s,]+(-?[\d.]+(?:e-?\d+)?))?\s*\)\s*/gy;
	let at = 0;
	for (let m = step.exec(value); m; m = step.exec(value)) {
		const x = Number(m[2]);
		const y = m[3] === undefined ? (m[1] === 'scale' ? x : 0) : Number(m[3]);
		if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
		result = compose(result, m[1] === 'translate' ? { a: 1, d: 1, e: x, f: y } : { a: x, d: y, e: 0, f: 0 });
		at = step.lastIndex;
	}
	return at === value.length ? result : null;
}

/**
 * A number as short as SVG allows, to `places` decimals: a position or a length to a hundredth of a font unit (a
 * hundred-thousandth of an em), a scale factor to a ten-thousandth (MathJax writes them to a thousandth).
 * @param {number} n
 */
const num = (n, places = 2) => {
	const rounded = Number(n.toFixed(places));
	return String(Object.is(rounded, -0) ? 0 : rounded).replace(/^(-?)0\./, '$1.');
};

/** @param {string} attributes @returns {Map<string, string>} */
function attributeMap(attributes) {
	const found = new Map();
	for (const m of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) found.set(m[1], m[2]);
	return found;
}

/** Attributes MathJax writes for its own scripts: they do not change the picture. @param {string} name */
const isMathJaxData = (name) => name.startsWith('data-');

/**
 * The leaf with the transform `at` applied, as markup; null when it has attributes this does not know how to move.
 * @param {string} tag
 * @param {Map<string, string>} attributes
 * @param {Affine} at
 */
function placedLeaf(tag, attributes, at) {
	const own = parseTransform(attributes.get('transform'));
	if (!own) return null;
	const m = compose(at, own);
	const extra = [...attributes.keys()].filter((name) => !isMathJaxData(name) && name !== 'transform');
	if (tag === 'use') {
		if (extra.some((name) => name !== 'xlink:href') || !attributes.has('xlink:href')) return null;
		const href = ` xlink:href="${attributes.get('xlink:href')}"`;
		if (m.a === 1 && m.d === 1) {
			const x = num(m.e) === '0' ? '' : ` x="${num(m.e)}"`;
			const y = num(m.f) === '0' ? '' : ` y="${num(m.f)}"`;
			return `<use${href}${x}${y}></use>`;
		}
		return `<use${href} transform="matrix(${[num(m.a, 4), 0, 0, num(m.d, 4), num(m.e), num(m.f)].join(' ')})"></use>`;
	}
	if (tag === 'rect') {
		if (extra.some((name) => !['x', 'y', 'width', 'height'].includes(name))) return null;
		const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attributes.get(name) ?? 0));
		// A rule scaled by a negative factor would run the other way from its new corner.
		const left = m.a * x + m.e + Math.min(0, m.a * width);
		const top = m.d * y + m.f + Math.min(0, m.d * height);
		return `<rect x="${num(left)}" y="${num(top)}" width="${num(Math.abs(m.a * width))}" height="${num(Math.abs(m.d * height))}"></rect>`;
	}
	return null;
}

/**
 * The formula's SVG markup with every group inside its outer one removed and its transform moved onto the glyphs and
 * rules it held. The markup is returned unchanged when it is not the shape MathJax writes (one outer group of groups,
 * glyphs and rules, moved only by translate and scale, with no other attribute on an inner group).
 * @param {string} markup one `<svg>…</svg>`, as formulaMarkup draws it
 * @returns {string}
 */
export function flattenFormula(markup) {
	const tags = [...markup.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g)];
	// The text between tags must be empty: every tag is matched, in order, with nothing left over.
	if (tags.map((t) => t[0]).join('') !== markup) return markup;
	const [svgOpen, outerOpen] = tags;
	const outerClose = tags.at(-2);
	const svgClose = tags.at(-1);
	if (!svgOpen || svgOpen[2] !== 'svg' || svgOpen[1] || outerOpen?.[2] !== 'g' || outerOpen[1]) return markup;
	if (outerClose?.[0] !== '</g>' || svgClose?.[0] !== '</svg>') return markup;
	/** @type {Affine[]} */
	const stack = [IDENTITY];
	/** @type {string[]} */
	const leaves = [];
	/** @type {string | null} the leaf whose closing tag comes next */
	let openLeaf = null;
	for (const [, closing, tag, attributeText, selfClosing] of tags.slice(2, -2)) {
		const attributes = attributeMap(attributeText);
		if (closing) {
			if (tag === 'g') {
				if (stack.length < 2) return markup;
				stack.pop();
			} else if (tag !== openLeaf) return markup;
			openLeaf = null;
			continue;
		}
		if (openLeaf) return markup; // something inside a glyph or a rule
		if (tag === 'g') {
			if ([...attributes.keys()].some((name) => !isMathJaxData(name) && name !== 'transform') || selfClosing) return markup;
			const own = parseTransform(attributes.get('transform'));
			if (!own) return markup;
			stack.push(compose(/** @type {Affine} */ (stack.at(-1)), own));
			continue;
		}
		const leaf = placedLeaf(tag, attributes, /** @type {Affine} */ (stack.at(-1)));
		if (!leaf) return markup;
		leaves.push(leaf);
		if (!selfClosing) openLeaf = tag;
	}
	if (stack.length !== 1 || openLeaf) return markup;
	return `${svgOpen[0]}${outerOpen[0]}${leaves.join('')}</g></svg>`;
}
