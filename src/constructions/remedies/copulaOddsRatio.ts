/**
 * The odds-ratio cap (quantilizer) for a comonotone pair X = F_X⁻¹(W), V = F_V⁻¹(W), W uniform, V continuous
 * with a finite mean, X any law. F_V is continuous, so q_V = F_V⁻¹ is strictly increasing, hence so is
 * s(w) = q_X(w) + q_V(w) (q_X is non-decreasing): U = s(W) has no atoms, and for every v
 *   {V > v} = {W > F_V(v)} = {U > s(F_V(v))}  (a.s.),
 * so the quantilizer at the cap K′ = 1/P(V > v) is Q(· | V > v), whatever X is (flat stretches and jumps of q_X
 * only move u = s(F_V(v)), never the event). Its gain is a closed form in V alone:
 *   E_P[V] − E_Q[V] = E[V | V > v] − μ = h(v)/F̄_V(v),  h(v) = E[(V − μ)·1{V > v}] > 0 inside the support
 * (vFactors.logGain: no cancellation on either side of μ). v solves log F̄_V(v) = −log K by bisection on asinh v
 * (log F_V(v) = log(1 − 1/K) for K < 2); the verdict is for the cap K′ met (|log K′ − log K| ≤ 1e-6·max(1, log K)).
 * Countermonotone pairs (V = F_V⁻¹(1 − W)) are not covered: s(w) = q_X(w) + q_V(1 − w) need not be monotone,
 * and the set {U > t} is then a union of W-intervals this file does not certify.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import { build } from '../../distributions/build.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { logGain } from './vFactors.ts';

const S_MAX = Math.asinh(Number.MAX_VALUE);

/**
 * v with log P(V > v) = −log K (to 1e-6·max(1, log K): a V of width 1 at 1e6 resolves F̄_V only to ~1e-10, and
 * the bisection ends on adjacent doubles), and log P(V > v); or a reason.
 */
export function upperQuantile(v: Distribution, logK: number): { v: number; logSf: number } | { reason: string } {
  const lower = logK < Math.LN2;
  const target = lower ? Math.log(-Math.expm1(-logK)) : -logK;
  // g increasing in s: target − log F̄(v), or log F(v) − target
  const g = (s: number): number => {
    const x = Math.sinh(s);
    return lower ? v.logCdf(x) - target : target - v.logSf(x);
  };
  const lo0 = Number.isFinite(v.support.lower) ? Math.asinh(v.support.lower) : -S_MAX;
  const hi0 = Number.isFinite(v.support.upper) ? Math.asinh(v.support.upper) : S_MAX;
  let a = lo0, b = hi0;
  for (let i = 0; i < 400 && b > a; i++) {
    const m = a + (b - a) / 2;
    if (m === a || m === b) break;
    const gm = g(m);
    if (Number.isNaN(gm)) return { reason: `log F̄_V not resolved at ${Math.sinh(m)}` };
    if (gm < 0) a = m; else b = m;
  }
  const x = Math.sinh(b);
  const logSf = v.logSf(x);
  const met = -logSf;
  if (!(met > 0) || !(Math.abs(met - logK) <= 1e-6 * Math.max(1, logK) || Math.abs(Math.expm1(met - logK)) <= 1e-6)) {
    return { reason: `upper 1/K-quantile of V not resolved: log P(V > ${x}) = ${logSf} against −log K = ${-logK}` };
  }
  return { v: x, logSf };
}

export interface ComonotoneShift { readonly shift: number; readonly error: number; readonly threshold: number; readonly logKMet: number }

/** E_{P_K}[V] − E_Q[V] for a comonotone pair with continuous V (file comment), or a reason. */
export function comonotoneQuantilizerShift(v: Distribution, logK: number): ComonotoneShift | { reason: string } {
  const mu = v.mean();
  if (!Number.isFinite(mu)) return { reason: `E[V] = ${mu} is not finite` };
  const q = upperQuantile(v, logK);
  if ('reason' in q) return q;
  const g = logGain(v, mu, q.v);
  if (!(g.log > -Infinity) || !(g.rel < 1)) return { reason: `E[(V − μ)·1{V > ${q.v}}] not resolved (log ${g.log}, relative error ${g.rel})` };
  const shift = Math.exp(g.log - q.logSf);
  const rel = g.rel + 1e-12 * Math.max(1, Math.abs(q.logSf));
  return { shift, error: shift * rel, threshold: q.v, logKMet: -q.logSf };
}

/** E_{P_K}[V] > E_Q[V] for a comonotone pair (continuous V); `flipped`: the mutant "≤". Countermonotone: inconclusive. */
export function copulaOddsRatioVerdict(pair: PairSpec, logK: number, flipped = false): Verdict {
  if (pair.kind === 'countermonotone') return inconclusive('countermonotone pair: {U > t} is not certified (U = q_X(W) + q_V(1 − W) need not be monotone in W)', { logK });
  if (pair.kind !== 'comonotone') return inconclusive(`pair kind ${pair.kind} is not a copula pair`, { logK });
  const v = build(pair.v);
  if (v.support.kind !== 'continuous') return inconclusive('comonotone pair with a V that has atoms: not covered (U may have atoms)', { logK });
  if (!(logK > 0)) return flipped ? holds('K ≤ 1: P = Q', { logK }) : fails(`K = e^${fmt(logK)} ≤ 1: dP/dQ ≤ 1 forces P = Q, so E_P[V] = E_Q[V]`, { logK });
  const s = comonotoneQuantilizerShift(v, logK);
  if ('reason' in s) return inconclusive(s.reason, { logK });
  const numbers = { shift: s.shift, error: s.error, logK, logKMet: s.logKMet, threshold: s.threshold };
  const what = (): string => `comonotone: quantilizer K' = e^${fmt(s.logKMet)} is Q(· | V > ${fmt(s.threshold)}): E_P[V] − E_Q[V] = ${fmt(s.shift)} (error ${fmt(s.error)}, closed form)`;
  if (flipped) {
    if (s.shift > s.error) return fails(() => `${what()} > 0`, numbers);
    return inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
  }
  if (s.shift > s.error) return holds(what, numbers);
  return inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
}
