/**
 * The verdict of "the optimal policy under a KL penalty results in V > 0" (post, abstract and T4 section) at
 * one β, read as E_{π*(β)}[V] > E_{π₀}[V] (= 0 after centring):
 * - fails, no maximiser: Z(β) = E[e^{U/β}] = ∞ (klOptimum.ts) — there is no optimal policy at this β;
 * - fails, degenerate: V is a.s. constant, so E_P[V] = E_Q[V] for every P ≪ Q (exact, no numerics);
 * - holds / fails when E[V(π*)] − E[V] is positive / negative by more than the summed error estimates
 *   (E[V] = −∞ with a finite tilted mean counts as an increase);
 * - inconclusive otherwise (difference within the error, evaluation not resolved).
 */
import { fmt, fails, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { Pair } from '../pairs/types.ts';
import { klOptimum } from './klOptimum.ts';
import { buildV } from './t4Structure.ts';

export interface PositiveShift {
  readonly meanV: number;
  readonly tiltedMeanV: number;
  readonly error: number;
}

/** E[V(π*(β))] and E[V] with the error of their difference, or a verdict that ends the evaluation. */
export function positiveShift(pair: Pair, beta: number): PositiveShift | Verdict {
  const o = klOptimum(pair, beta);
  if (o.status === 'no-maximiser') return fails(`no optimal policy at β = ${fmt(beta)}: ${o.reason}`, { beta, lambdaU: o.abscissa }, { kind: 'no-argmax' });
  if (o.status === 'unresolved') return inconclusive(o.reason, { beta });
  const v = buildV(pair.spec);
  const meanV = v.mean();
  if (v.support.lower === v.support.upper) {
    return fails(`V = ${fmt(v.support.lower)} a.s.: E[V(π*(β))] = E[V] for every β (no policy changes a constant)`, { beta, meanV }, { kind: 'degenerate' });
  }
  const e = o.meanV;
  if (!e.converged || !Number.isFinite(e.value) || !Number.isFinite(e.error)) {
    return inconclusive(`E[V(π*)] at β = ${fmt(beta)} not resolved (${e.reason ?? `${e.value} ± ${e.error}`})`, { beta });
  }
  const error = e.error + 4e-16 * Math.max(Math.abs(meanV), Math.abs(e.value)) * 4;
  return { meanV, tiltedMeanV: e.value, error };
}

/** E[V(π*(β))] > E[V] (see the file comment). */
export function positiveUtilityVerdict(pair: Pair, beta: number): Verdict {
  const r = positiveShift(pair, beta);
  if ('status' in r) return r;
  const { meanV, tiltedMeanV, error } = r;
  const numbers = { beta, meanV, tiltedMeanV, error };
  if (meanV === -Infinity) return holds(`E[V(π*)] = ${fmt(tiltedMeanV)} > E[V] = −∞`, numbers);
  if (Number.isNaN(meanV)) return inconclusive('E[V] undefined', numbers);
  const d = tiltedMeanV - meanV;
  if (d > error) return holds(`E[V(π*(β))] − E[V] = ${fmt(d)} > error ${fmt(error)} at β = ${fmt(beta)}`, { ...numbers, shift: d });
  if (d < -error) return fails(`E[V(π*(β))] = ${fmt(tiltedMeanV)} < E[V] = ${fmt(meanV)} at β = ${fmt(beta)} (margin ${fmt(-d)} > error ${fmt(error)})`, { ...numbers, shift: d }, { kind: 'decrease' });
  return inconclusive(`|E[V(π*)] − E[V]| = ${fmt(Math.abs(d))} within the error ${fmt(error)}`, { ...numbers, shift: d });
}
