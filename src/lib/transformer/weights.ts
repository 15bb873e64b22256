// One binary file per trained model: "TFMW", a little-endian uint32 header length, the header as UTF-8 JSON (the
// meta: what the model is, how it was trained, its held-out loss measured WITH the quantized weights, and the list
// of tensors), zero padding to a multiple of 4, then every tensor in header order. A matrix is stored as int8 with
// one float32 scale per row (scale = max |row| / 127); a vector (norm gains, biases) as float32.
import type { Transformer, TransformerConfig } from './index';

const MAGIC = 'TFMW';

export type ModelKind = 'causal' | 'prefix' | 'encoder-decoder';

export interface WeightsMeta {
	id: string;
	kind: ModelKind;
	lang: 'en' | 'zh' | 'none';
	config: TransformerConfig;
	/** Token strings by id (see vocab.ts: vocabFromTokens). */
	vocab: string[];
	/** Everything else the training script records (recipe, losses, steps, seed, date, ...). */
	[key: string]: unknown;
}

export interface TensorEntry {
	name: string;
	shape: number[];
	encoding: 'int8-row' | 'float32';
}

interface Header {
	meta: WeightsMeta;
	tensors: TensorEntry[];
}

function encodingOf(shape: readonly number[]): TensorEntry['encoding'] {
	return shape.length === 2 ? 'int8-row' : 'float32';
}

function rowsOf(shape: readonly number[]): [rows: number, cols: number] {
	return shape.length === 2 ? [shape[0], shape[1]] : [1, shape.reduce((a, b) => a * b, 1)];
}

/** Quantizes a matrix [rows, cols] to int8 per row; returns the scales and values. */
function quantizeRows(tensor: Float32Array, rows: number, cols: number): { scales: Float32Array; values: Int8Array } {
	const scales = new Float32Array(rows);
	const values = new Int8Array(rows * cols);
	for (let r = 0; r < rows; r++) {
		let max = 0;
		for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(tensor[r * cols + c]));
		const scale = Math.fround(max / 127);
		scales[r] = scale;
		if (scale === 0) continue;
		for (let c = 0; c < cols; c++) values[r * cols + c] = Math.max(-127, Math.min(127, Math.round(tensor[r * cols + c] / scale)));
	}
	return { scales, values };
}

/** The weights a file would hold: every matrix rounded to int8 per row and back (vectors unchanged). */
export function quantizeModel<M extends Transformer>(model: M, shapes: [string, number[]][]): M {
	const params: Record<string, Float32Array> = {};
	for (const [name, shape] of shapes) {
		const tensor = model.params[name];
		if (encodingOf(shape) === 'float32') {
			params[name] = Float32Array.from(tensor);
			continue;
		}
		const [rows, cols] = rowsOf(shape);
		const { scales, values } = quantizeRows(tensor, rows, cols);
		const out = new Float32Array(rows * cols);
		for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = values[r * cols + c] * scales[r];
		params[name] = out;
	}
	return { ...model, config: { ...model.config }, params };
}

/**
 * The file's bytes. `shapes` gives the tensors' names, shapes and order (parameterShapes of the model's kind);
 * every one must be in model.params with the right size.
 */
export function encodeWeights(model: Transformer, meta: WeightsMeta, shapes: [string, number[]][]): Uint8Array {
	const tensors: TensorEntry[] = shapes.map(([name, shape]) => {
		const size = shape.reduce((a, b) => a * b, 1);
		if (model.params[name]?.length !== size) throw new RangeError(`model.params.${name} must have ${size} values`);
		return { name, shape, encoding: encodingOf(shape) };
	});
	const header = new TextEncoder().encode(JSON.stringify({ meta, tensors } satisfies Header));
	const start = Math.ceil((8 + header.length) / 4) * 4;
	let size = start;
	for (const t of tensors) {
		const [rows, cols] = rowsOf(t.shape);
		size += t.encoding === 'float32' ? 4 * rows * cols : 4 * rows + Math.ceil((rows * cols) / 4) * 4;
	}
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
	view.setUint32(4, header.length, true);
	bytes.set(header, 8);
	let offset = start;
	for (const t of tensors) {
		const tensor = model.params[t.name];
		const [rows, cols] = rowsOf(t.shape);
		if (t.encoding === 'float32') {
			for (let i = 0; i < tensor.length; i++) view.setFloat32(offset + 4 * i, tensor[i], true);
			offset += 4 * tensor.length;
			continue;
		}
		const { scales, values } = quantizeRows(tensor, rows, cols);
		for (let r = 0; r < rows; r++) view.setFloat32(offset + 4 * r, scales[r], true);
		offset += 4 * rows;
		bytes.set(new Uint8Array(values.buffer), offset);
		offset += Math.ceil((rows * cols) / 4) * 4;
	}
	return bytes;
}

/** Reads a file written by encodeWeights. Throws a RangeError naming `bytes` when it is not one (or is cut short). */
export function decodeWeights(bytes: Uint8Array): { model: Transformer; meta: WeightsMeta } {
	if (!(bytes instanceof Uint8Array) || bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) {
		throw new RangeError('bytes is not a Transformer weights file (no TFMW signature)');
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerLength = view.getUint32(4, true);
	if (8 + headerLength > bytes.length) throw new RangeError('bytes is cut short: the header runs past the end');
	let header: Header;
	try {
		header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
	} catch {
		throw new RangeError('bytes has a header that is not JSON');
	}
	let offset = Math.ceil((8 + headerLength) / 4) * 4;
	const params: Record<string, Float32Array> = {};
	for (const t of header.tensors) {
		const [rows, cols] = rowsOf(t.shape);
		const need = t.encoding === 'float32' ? 4 * rows * cols : 4 * rows + Math.ceil((rows * cols) / 4) * 4;
		if (offset + need > bytes.length) throw new RangeError(`bytes is cut short: tensor ${t.name} runs past the end`);
		const out = new Float32Array(rows * cols);
		if (t.encoding === 'float32') {
			for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(offset + 4 * i, true);
		} else {
			const values = new Int8Array(bytes.buffer, bytes.byteOffset + offset + 4 * rows, rows * cols);
			for (let r = 0; r < rows; r++) {
				const scale = view.getFloat32(offset + 4 * r, true);
				for (let c = 0; c < cols; c++) out[r * cols + c] = values[r * cols + c] * scale;
			}
		}
		offset += need;
		params[t.name] = out;
	}
	return { model: { config: header.meta.config, params }, meta: header.meta };
}
