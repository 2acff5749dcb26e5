/**
 * The odds-ratio cap (quantilizer) for pairs whose V is not finite-valued (shiftClasses.ts), U atomless: the
 * maximiser of E_P[U] over {dP/dQ ≤ K} is P_K = Q(· | U > u_K), Q(U > u_K) = 1/K, so
 *   E_{P_K}[V] − E_Q[V] = E[(V − μ)·1{U > u}] / Q(U > u),
 * both one-dimensional integrals over the law of V (classIntegrals.ts). u is found by Brent–Dekker
 * (src/numerics/roots.ts) in s = asinh t on log Q(U > sinh s) + log K (quadratures at 1e-6), bracketed by
 * doubling steps and stopped below 1e-5 in absolute value; log Q(U > u) is then evaluated at 1e-10:
 * the value reported is exactly the quantilizer's gain at the cap K' = 1/Q(U > u) actually met (numbers.logKMet,
 * |log K' − log K| ≲ 1e-5), so the verdict is about the case (pair, K'). The numerator is screened first at a
 * few digits (classIntegrals.SCREEN_PRECISION) and computed at full precision only where that does not decide.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import { asinhThreshold, type Threshold } from './asinhThreshold.ts';
import { centredPartialV, geometryOf, logSfU, SCREEN_PRECISION, type ClassGeometry } from './classIntegrals.ts';
import { degenerateVOf, meanOfV, uMayHaveAtoms, type ShiftClass } from './shiftClasses.ts';

/** |log Q(U > t) + log K| (or its lower-tail form) at which the search stops */
const F_TOL = 1e-5;
/** The screening pass of the numerator is kept where |value| exceeds this many times its error estimate. */
const SCREEN_MARGIN = 8;

/**
 * u with log Q(U > u) = −log K to ≲ 1e-5 (checked ≤ 1e-4 at full accuracy), or a reason. For K < 2 the
 * search runs on the lower tail, log Q(U ≤ t) = log(1 − 1/K) (K = 1 + 1e-6 puts u at the 1e-6 quantile of U,
 * where Q(U > t) = 1 − 1e-6 cannot be told from 1 to the search's tolerance).
 */
export function continuousThreshold(classes: readonly ShiftClass[], geo: readonly ClassGeometry[], logK: number): Threshold {
  return asinhThreshold((t, lower, precise) => {
    const q = logSfU(classes, geo, t, precise ? 1e-10 : 1e-6, lower);
    return { log: q.log, relError: q.relError, ...(q.converged ? {} : { bad: q.reason ?? `Q(U > ${t}) not resolved` }) };
  }, logK, { fTol: F_TOL, accept: 1e-4 });
}

export interface ContinuousQuantilizerShift { readonly shift: number; readonly error: number; readonly threshold: number; readonly logKMet: number }

/**
 * E_{P_K}[V] − E_Q[V] with its error (see the file comment), or a reason. `screen` (default): the numerator's
 * screening pass is kept where it decides the sign (its error is then the screen's, ~1e-5 relative); false: the
 * full-precision numerator always.
 */
export function continuousQuantilizerShift(classes: readonly ShiftClass[], logK: number, screen = true): ContinuousQuantilizerShift | { reason: string } {
  if (uMayHaveAtoms(classes)) return { reason: 'U may have an atom (discrete noise with a finite V or a constant shift): not covered by the continuous-V path' };
  const mu = meanOfV(classes);
  if (!Number.isFinite(mu)) return { reason: `E[V] = ${mu} is not finite` };
  const geo = geometryOf(classes);
  const th = continuousThreshold(classes, geo, logK);
  if ('reason' in th) return th;
  // a screening pass first (SCREEN_PRECISION, a few digits): kept where its value beats its own error
  // SCREEN_MARGIN-fold, so the sign is certified by it as by the full pass; else the full pass decides
  const first = screen ? centredPartialV(classes, geo, th.u, mu, th.logQ, SCREEN_PRECISION) : undefined;
  const decides = first !== undefined && first.converged && Math.abs(first.value) > SCREEN_MARGIN * (first.error + Math.abs(first.value) * th.relError);
  const a = decides ? first : centredPartialV(classes, geo, th.u, mu, th.logQ);
  if (!a.converged) return { reason: a.reason ?? 'numerator not resolved' };
  return { shift: a.value, error: a.error + Math.abs(a.value) * th.relError, threshold: th.u, logKMet: -th.logQ };
}

/** E_{P_K}[V] > E_Q[V] for a pair with continuous V; `flipped`: the mutant "≤". */
export function continuousOddsRatioVerdict(classes: readonly ShiftClass[], logK: number, flipped = false): Verdict {
  if (degenerateVOf(classes)) return flipped ? holds('V constant', {}) : fails('V is a.s. constant: E_P[V] = E[V] for every P', {});
  if (!(logK > 0)) return flipped ? holds('K ≤ 1: P = Q', { logK }) : fails(`K = e^${fmt(logK)} ≤ 1: dP/dQ ≤ 1 forces P = Q, so E_P[V] = E_Q[V]`, { logK });
  const s = continuousQuantilizerShift(classes, logK);
  if ('reason' in s) return inconclusive(s.reason, { logK });
  const numbers = { shift: s.shift, error: s.error, logK, logKMet: s.logKMet, threshold: s.threshold };
  const what = `quantilizer K' = e^${fmt(s.logKMet)} (u = ${fmt(s.threshold)}): E_P[V] − E_Q[V] = ${fmt(s.shift)} (error ${fmt(s.error)}, quadrature over V)`;
  if (flipped) {
    // the mutant "≤ 0" holds only where the shift is certified ≤ 0; inside its error band (or NaN) it is undecided
    if (s.shift > s.error) return fails(`${what} > 0`, numbers);
    return s.shift <= -s.error ? holds(`${what}: not > 0`, numbers) : inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
  }
  if (s.shift > s.error) return holds(what, numbers);
  if (s.shift < -s.error) return fails(`${what} < 0`, numbers);
  if (s.shift === 0 && classes.length === 1 && classes[0].shift.affine?.slope === 0) return fails(`${what}: exactly 0 — X = −V + Z, so U = Z does not depend on V`, numbers);
  return inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
}
