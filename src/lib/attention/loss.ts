// Which tokens a model is trained to predict, drawn as a row under each mask: the loss positions of the next-token
// objectives (from $lib/lm/objectives, the tiny LM's own), placed on the mask's columns.
// Causal decoder: every token is predicted from the ones before it. Prefix LM: only the tokens after the prefix (T5's
// prefix LM, Raffel et al. 2019 sec. 3.2.1). Encoder-decoder: only the target, by the decoder; the encoder's input is
// read, never predicted.
import { lossPositions } from '$lib/lm/objectives';
import type { MaskFigureModel, MatrixId } from './figure';
import type { Architecture } from './settings';

/** For each column (key token) of a matrix: is that token a prediction target in training? Null where a loss row would
 * not mean anything here: the cross-attention matrix (its columns are the encoder's input, shown by the encoder's own
 * matrix), and an encoder-only model (trained with masked tokens, another objective; see the training-objective page). */
export function scoredTokens(
	arch: Architecture,
	id: MatrixId,
	model: Pick<MaskFigureModel, 'n' | 'prefix' | 'inputTokens' | 'targetTokens'>
): boolean[] | null {
	switch (id) {
		case 'cross':
			return null;
		case 'encoder-self':
			return new Array<boolean>(model.inputTokens.length).fill(false);
		case 'decoder-self':
			return lossPositions('causal', model.targetTokens.length, 0, 0).targets;
		case 'joined':
			return lossPositions('prefix', model.n, model.inputTokens.length, 0).targets;
		case 'self':
			// Every architecture is a case: a new one must say what it is trained to predict (a compile error until then).
			switch (arch) {
				case 'encoder':
				case 'encoder-decoder':
					return null;
				case 'prefix':
					return lossPositions('prefix', model.n, model.prefix, 0).targets;
				case 'causal':
				case 'sliding':
					return lossPositions('causal', model.n, 0, 0).targets;
				default: {
					const unhandled: never = arch;
					throw new Error(`scoredTokens: no loss row for architecture "${String(unhandled)}"`);
				}
			}
	}
}
