/**
 * The V-shift of a band reweighting computed from the pair's own integrals (src/pairs), with their error
 * estimates, as a second way beside the certified bound of pairBandWitness.ts:
 *   E_P[V] − E_Q[V] = (p − q)/(1 − q)·(E[V | U > t] − μ_V),  q = P(U > t) = e^{u.logSf(t)},
 * E[V | U > t] = pair.conditionalV(t) (a ratio of two 1-D integrals in log space). The error is that of
 * conditionalV scaled by (p − q)/(1 − q). Slow (1–1000 ms a call): for tests and report series only.
 */
import type { Estimate, Pair } from '../pairs/types.ts';

export interface ExactShift {
  readonly logSf: number;
  readonly conditionalV: Estimate;
  /** E_P[V] − E_Q[V] with its error */
  readonly shift: Estimate;
}

export function exactShiftV(pair: Pair, t: number, p: number): ExactShift {
  const logSf = pair.u.logSf(t);
  const q = Math.exp(logSf);
  const cond = pair.conditionalV(t);
  const muV = pair.v?.mean() ?? NaN;
  const factor = (p - q) / (1 - q);
  const value = factor * (cond.value - muV);
  const converged = cond.converged && Number.isFinite(value);
  const shift: Estimate = { value, error: Math.abs(factor) * cond.error + 4e-16 * Math.abs(value), converged, ...(converged ? {} : { reason: cond.reason ?? 'not finite' }) };
  return { logSf, conditionalV: cond, shift };
}
