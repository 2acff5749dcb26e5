/**
 * Certified numbers of one band reweighting of a pair by U (pairWitness.ts has the formulas):
 *   P = (1 − p)·Q(· | s < U ≤ t) + p·Q(· | U > t),  s = −∞ (the proof's P_t) or a finite lower cut.
 * With body mass m = F̄(s) − F̄(t), tail mass q = F̄(t) and r = P(U ≤ s) (0 when s = −∞):
 *   D(P‖Q) = (1 − p)·log((1 − p)/m) + p·log(p/q),
 *   TV(P, Q) = ½(|1 − p − m| + (p − q) + r),
 *   E_P[U] ≥ [(1 − p)μ_U + (p − q)t]/(1 − q) (s = −∞), ≥ (1 − p)s + p·t (finite s),
 *   E_P[V] − μ_V ≤ (1 − p)·B_V(−log m)·1{s > −∞} + (p − q)/(1 − q)^{1{s=−∞}}·B_V(−log q)  (Donsker–Varadhan
 *   on Q(· | body) and Q(· | tail); for V bounded above, E[V | tail] − μ_V ≤ ess sup V − μ_V directly).
 * Each quantity is evaluated at the end of the bracket of q (and m, r) that makes it conservative.
 */
import { binaryKl } from '../numerics/kl.ts';
import { log1mExp, logSubExp } from '../numerics/logspace.ts';
import { logSfBracket } from './headlineSfBracket.ts';
import type { PairLaws } from './pairWitness.ts';

export interface BandWitness {
  /** 'logLog': t = e^σ beyond the double range (pairLogLogWitness.ts; t and p are then only through logT, logP) */
  readonly kind: 'reference' | 'band' | 'logLog';
  /** threshold and lower cut (NaN and −∞ for the reference P = Q) */
  readonly t: number;
  readonly s: number;
  /** P(U > t) under P */
  readonly p: number;
  /** bracket of log F̄_U(t) under Q */
  readonly logSfLo: number;
  readonly logSfHi: number;
  readonly klUpper: number;
  readonly klLower: number;
  /** a lower bound on E_P[U] */
  readonly meanULower: number;
  /** an upper bound on E_P[V] − E_Q[V] */
  readonly deltaVUpper: number;
  /** a lower bound on B_V(D(P‖Q)) */
  readonly dvOfKlLower: number;
  /** bracket of TV(P, Q) */
  readonly tvLower: number;
  readonly tvUpper: number;
}

export interface BandChoice { readonly kind: 'reference' | 'band'; readonly t: number; readonly p: number; readonly s: number }

export function certifyBand(laws: PairLaws, c: BandChoice, target = NaN): BandWitness | undefined {
  const mu = laws.law.mean;
  if (c.kind === 'reference') {
    return { kind: 'reference', t: NaN, s: -Infinity, p: NaN, logSfLo: NaN, logSfHi: NaN, klUpper: 0, klLower: 0, meanULower: mu, deltaVUpper: 0, dvOfKlLower: 0, tvLower: 0, tvUpper: 0 };
  }
  const { t, s } = c;
  const br = logSfBracket(laws.law.structure, t);
  if (!(br.lo > -Infinity && br.hi <= 0 && br.lo <= br.hi)) return undefined;
  const a = Math.exp(br.lo);
  const b = Math.exp(br.hi);
  const base = { kind: 'band' as const, t, s, logSfLo: br.lo, logSfHi: br.hi };
  if (s === -Infinity) {
    const p = Number.isNaN(c.p) ? (target * (1 - b) - mu + b * t) / (t - mu) : c.p;
    if (!(p > b && p < 1)) return undefined;
    const deltaV = ((p - a) / (1 - a)) * laws.dv.conditionalShift(-br.lo);
    return {
      ...base, p,
      klUpper: binaryKl(p, br.lo),
      klLower: binaryKl(p, br.hi),
      // minus the rounding of the two terms (which cancel when |μ_U| ≫ M)
      meanULower: ((1 - p) * mu + (p - b) * t) / (1 - b) - 8 * Number.EPSILON * (Math.abs((1 - p) * mu) + (p - b) * t) / (1 - b),
      deltaVUpper: deltaV,
      dvOfKlLower: laws.dv.lower(binaryKl(p, br.hi), deltaV),
      tvLower: p - b,
      tvUpper: p - a,
    };
  }
  const sb = logSfBracket(laws.law.structure, s);
  const logMLo = br.hi < sb.lo ? logSubExp(sb.lo, br.hi) : -Infinity;
  const logMHi = Math.min(log1mExp(br.lo), logSubExp(sb.hi, br.lo));
  const p = Number.isNaN(c.p) ? (target - s) / (t - s) : c.p;
  if (!(p > b && p < 1 && logMLo > -Infinity)) return undefined;
  const kl = (logM: number, logQ: number) => (1 - p) * (Math.log1p(-p) - logM) + p * (Math.log(p) - logQ);
  const rLo = -Math.expm1(sb.hi);
  const rHi = -Math.expm1(sb.lo);
  // |1 − p − m| = |q + r − p| over the brackets of q and r
  const ends = [a + rLo - p, b + rHi - p];
  const absMin = ends[0] <= 0 && ends[1] >= 0 ? 0 : Math.min(...ends.map(Math.abs));
  const absMax = Math.max(...ends.map(Math.abs));
  const deltaV = (1 - p) * laws.dv.upper(-logMLo) + p * laws.dv.conditionalShift(-br.lo);
  return {
    ...base, p,
    klUpper: kl(logMLo, br.lo),
    klLower: Math.max(0, kl(logMHi, br.hi)),
    meanULower: (1 - p) * s + p * t,
    deltaVUpper: deltaV,
    dvOfKlLower: laws.dv.lower(Math.max(0, kl(logMHi, br.hi)), deltaV),
    tvLower: 0.5 * (absMin + (p - b) + rLo),
    tvUpper: 0.5 * (absMax + (p - a) + rHi),
  };
}
