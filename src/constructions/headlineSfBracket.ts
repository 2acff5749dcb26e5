/**
 * A certified bracket lo ≤ log P(U > t) ≤ hi from the summands' closed-form tails (headlineSumLaw.ts),
 * with no quadrature. For every s (each s gives a valid bound; the best over a few s is kept):
 *   any dependence:  {A + B > t} ⊂ {A > t − s} ∪ {B > t − s} ∪ {A > s, B > s}
 *                    (if A, B ≤ t − s and A + B > t then A > t − B ≥ s and likewise B > s), so
 *                    P(U > t) ≤ F̄_A(t − s) + F̄_B(t − s) + P(A > s, B > s);
 *   independent:     P(A > s, B > s) = F̄_A(s)F̄_B(s), and {A > t+s, B > −s} ∪ {B > t+s, −s < A ≤ t+s} ⊂ {U > t}:
 *                    P(U > t) ≥ F̄_A(t+s)·P(B > −s) + F̄_B(t+s)·P(−s < A ≤ t+s);
 *   any dependence:  P(A > s, B > s) ≤ min(F̄_A(s), F̄_B(s)), and P(U > t) ≥ F̄_A(t+s) − P(B ≤ −s) (and swapped);
 *   comonotone:      the events {X > a}, {V > b} are nested (upper sets of one uniform W), so
 *                    P(U > t) ≤ max(F̄_X(t − s), F̄_V(s)) and P(U > t) ≥ min(F̄_X(t + s), P(V > −s)) (and swapped);
 *   mixtures:        Σ w_i·bounds_i.
 * The candidates s are t·10^{−e} for a ladder of e, and, for a light summand, its upper quantile at a level
 * 10⁻³ below the other summand's tail (found by bisection on its log-survival), where its contribution vanishes.
 */
import { logAddExp, logSubExp, logSumExp } from '../numerics/logspace.ts';
import type { PartLaw } from './headlinePartLaw.ts';
import type { SumStructure } from './headlineSumLaw.ts';

export interface LogBracket {
  /** log of a lower bound on P(U > t) */
  readonly lo: number;
  /** log of an upper bound on P(U > t) */
  readonly hi: number;
}

const LADDER = [0.3, 0.6, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15];

/** The least x ≥ 0 (to a relative 1e-12) with log P(Y > x) ≤ level, by doubling then bisection; Infinity if none below 1e300. */
export function upperQuantileAtLog(part: PartLaw, level: number): number {
  if (part.logSf(0) <= level) return 0;
  let hi = 1;
  while (part.logSf(hi) > level) {
    hi *= 4;
    if (hi > 1e300) return Infinity;
  }
  let lo = hi / 4;
  for (let i = 0; i < 80 && hi - lo > 1e-12 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (part.logSf(mid) > level) lo = mid;
    else hi = mid;
  }
  return hi;
}

function candidates(a: PartLaw, b: PartLaw, t: number): number[] {
  const scale = Math.abs(t) + 1;
  const out = LADDER.map((e) => scale * 10 ** -e);
  const level = Math.max(a.logSf(t), b.logSf(t)) - 3 * Math.LN10;
  for (const [light, other] of [[a, b], [b, a]] as const) {
    if (light.tail !== 'light' || other.tail === 'light') continue;
    const s = upperQuantileAtLog(light, level);
    if (Number.isFinite(s) && s > 0) out.push(s);
  }
  return out;
}

function independentBracket(a: PartLaw, b: PartLaw, t: number): LogBracket {
  let lo = -Infinity;
  let hi = 0;
  for (const s of candidates(a, b, t)) {
    const aUp = a.logSf(t + s);
    const bUp = b.logSf(t + s);
    const aMid = logSubExp(a.logSf(-s), aUp); // log P(−s < A ≤ t + s)
    const l = logAddExp(aUp + b.logSf(-s), Number.isNaN(aMid) ? -Infinity : bUp + aMid);
    const h = logSumExp([a.logSf(t - s), b.logSf(t - s), a.logSf(s) + b.logSf(s)]);
    if (l > lo) lo = l;
    if (h < hi) hi = h;
  }
  return { lo, hi };
}

function coupledBracket(x: PartLaw, v: PartLaw, t: number, comonotone: boolean): LogBracket {
  let lo = -Infinity;
  let hi = 0;
  const minus = (p: number, q: number) => (p > q ? logSubExp(p, q) : -Infinity);
  for (const s of candidates(x, v, t)) {
    const l = comonotone
      ? Math.max(Math.min(x.logSf(t + s), v.logSf(-s)), Math.min(v.logSf(t + s), x.logSf(-s)))
      : Math.max(minus(x.logSf(t + s), v.logCdf(-s)), minus(v.logSf(t + s), x.logCdf(-s)));
    const h = comonotone
      ? Math.min(Math.max(x.logSf(t - s), v.logSf(s)), Math.max(v.logSf(t - s), x.logSf(s)))
      : logSumExp([x.logSf(t - s), v.logSf(t - s), Math.min(x.logSf(s), v.logSf(s))]);
    if (l > lo) lo = l;
    if (h < hi) hi = h;
  }
  return { lo, hi };
}

/** lo ≤ log P(U > t) ≤ hi. */
export function logSfBracket(s: SumStructure, t: number): LogBracket {
  if (s.kind === 'independentSum') return independentBracket(s.a, s.b, t);
  if (s.kind === 'coupled') return coupledBracket(s.x, s.v, t, s.comonotone);
  const los: number[] = [];
  const his: number[] = [];
  s.parts.forEach((p, i) => {
    if (!(s.weights[i] > 0)) return;
    const b = logSfBracket(p, t);
    los.push(Math.log(s.weights[i]) + b.lo);
    his.push(Math.log(s.weights[i]) + b.hi);
  });
  return { lo: logSumExp(los), hi: Math.min(0, logSumExp(his)) };
}

/** A point estimate of log P(U > t) (the summands' tails added), for choosing t before certifying it. */
export function logSfEstimate(s: SumStructure, t: number): number {
  if (s.kind === 'independentSum') return Math.min(0, logAddExp(s.a.logSf(t), s.b.logSf(t)));
  if (s.kind === 'coupled') return Math.min(0, logAddExp(s.x.logSf(t), s.v.logSf(t)));
  return Math.min(0, logSumExp(s.parts.map((p, i) => (s.weights[i] > 0 ? Math.log(s.weights[i]) + logSfEstimate(p, t) : -Infinity))));
}
