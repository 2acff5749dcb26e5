/**
 * The odds-ratio verdict for every pair the remedies' generators make: comonotone/countermonotone pairs go to
 * copulaOddsRatio.ts (closed form; countermonotone inconclusive), X discrete ⊥ V continuous to
 * discreteNoiseOddsRatio.ts (sums over the atoms of X), everything else to oddsRatio.oddsRatioPairVerdict
 * (exact sums for a finite V, quadrature over V in shift form). Same semantics as continuousOddsRatioVerdict:
 * `holds` when the gain beats its error, `fails` with a certificate, `flipped` the mutant "E_P[V] ≤ E_Q[V]".
 */
import type { Verdict } from '../../claims/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { copulaOddsRatioVerdict } from './copulaOddsRatio.ts';
import { discreteNoiseCase, discreteNoiseOddsRatioVerdict } from './discreteNoiseOddsRatio.ts';
import { oddsRatioPairVerdict } from './oddsRatio.ts';

export function extendedOddsRatioPairVerdict(pair: PairSpec, logK: number, flipped = false): Verdict {
  if (pair.kind === 'comonotone' || pair.kind === 'countermonotone') return copulaOddsRatioVerdict(pair, logK, flipped);
  if (discreteNoiseCase(pair)) return discreteNoiseOddsRatioVerdict(pair, logK, flipped);
  return oddsRatioPairVerdict(pair, logK, flipped);
}
