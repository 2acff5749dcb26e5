/**
 * Node values for the quantile-coupling enclosure (copulaTiltEnclosure.ts): at a value v of V, the coupling's
 * W-coordinate w = F_V(v) (comonotone) or F̄_V(v) (countermonotone), held as log w and log(1 − w) from V's log
 * tails, and the quantile A = F_X⁻¹ just below and just above it (both logs padded by 1e-12·max(1, |log|): the
 * tails are rounded, A may jump there), V's log tails and
 * G(v) = E[(V − μ)·1{V > v}] formed without cancellation in either tail (vFactors.logGain; a NaN gain where
 * log F̄ or log F is −∞, below e^{−1.8e308}, is read as that small). Ends of the support: w = 0 gives
 * inf supp X, w = 1 gives sup supp X.
 * Memoised per (X, V, coupling): the refinement levels and the claim's hypotheses, conclusion and mutants read
 * the same nodes.
 */
import { logSubExpClamped } from '../../numerics/logspace.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { quantileByBisection } from '../../distributions/mixture.ts';
import { logGain } from './vFactors.ts';
import type { SignedGap } from './rewardGap.ts';

export interface CopulaSpec { readonly kind: 'comonotone' | 'countermonotone'; readonly x: DistributionSpec; readonly v: DistributionSpec }

export interface CopulaNode {
  readonly aDown: number;
  readonly aUp: number;
  /** log G(v), G(v) = E[(V − μ)·1{V > v}] ≥ 0 (vFactors.logGain), with its relative error */
  readonly gain: { readonly log: number; readonly rel: number };
  readonly logSf: number;
  readonly logCdf: number;
}

export interface CopulaNodes {
  at(v: number): CopulaNode;
  /** log P(a < V ≤ b), from whichever tail is smaller */
  logBetween(a: number, b: number): number;
  /** Mⱼ = E[(V − μ)·1{a < V ≤ b}] = G(a) − G(b) (pieceMean), its sign that of the piece's side of μ */
  meanBetween(a: number, b: number): SignedGap;
}

/** Relative padding of log w and log(1 − w) (V's log tails are accurate to 1e-12·max(1, |log|), numerics.md). */
const padOf = (l: number): number => 1e-12 * Math.max(1, Math.abs(l));

/**
 * A = F_X⁻¹(w) = inf{x : F_X(x) ≥ w} from log w and log(1 − w): the closed-form quantile where p is resolved
 * (w ≥ e^{−700}; 1 − w ≥ e^{−7}, where forming 1 − e^{ℓ} costs under 1e-12 of 1 − w), else bisection on the
 * doubles against log F_X ≥ log w (lower tail) or log F̄_X ≤ log(1 − w) (upper tail: w within 1e-16 of 1 is
 * still resolved, e.g. V bounded above at its top), through mixture.quantileByBisection with the tail shifted
 * onto its p = ¼ or ¾ branch. w = 0 gives inf supp X, w = 1 gives sup supp X.
 */
export function quantileLog(X: Distribution, lw: number, l1mw: number): number {
  if (lw === -Infinity) return X.support.lower;
  if (l1mw === -Infinity) return X.support.upper;
  if (lw <= -Math.LN2) {
    if (lw > -700) return X.quantile(Math.exp(lw));
    return quantileByBisection(0.25, (x) => X.logCdf(x) - lw + Math.log(0.25), (x) => X.logSf(x), X.support);
  }
  if (l1mw > -7) return X.quantile(-Math.expm1(l1mw));
  return quantileByBisection(0.75, (x) => X.logCdf(x), (x) => X.logSf(x) - l1mw + Math.log(0.25), X.support);
}

/** log(e^a − e^b), a ≥ b (−∞ when equal or below). */

function makeNodes(X: Distribution, V: Distribution, counter: boolean): CopulaNodes {
  const memo = new Map<number, CopulaNode>();
  const mu = V.mean();
  const lo = V.support.lower, hi = V.support.upper;
  const logSf = (s: number): number => (s <= lo ? 0 : s >= hi ? -Infinity : V.logSf(s));
  const logCdf = (s: number): number => (s <= lo ? -Infinity : s >= hi ? 0 : V.logCdf(s));
  return {
    at(v) {
      let n = memo.get(v);
      if (n) return n;
      const ls = logSf(v), lc = logCdf(v);
      // log w and log(1 − w): (log F, log F̄) comonotone, (log F̄, log F) countermonotone
      const [lw, l1mw] = counter ? [ls, lc] : [lc, ls];
      const g = logGain(V, mu, v);
      const gain = Number.isNaN(g.log) && (ls === -Infinity || lc === -Infinity) ? { log: -Number.MAX_VALUE, rel: 0 } : g;
      const down = quantileLog(X, lw - padOf(lw), Math.min(0, l1mw + padOf(l1mw)));
      const up = quantileLog(X, Math.min(0, lw + padOf(lw)), l1mw - padOf(l1mw));
      n = { aDown: down, aUp: up, gain, logSf: ls, logCdf: lc };
      memo.set(v, n);
      return n;
    },
    logBetween(a, b) {
      const na = this.at(a);
      return na.logSf < -Math.LN2 ? logSubExpClamped(na.logSf, this.at(b).logSf) : logSubExpClamped(this.at(b).logCdf, na.logCdf);
    },
    meanBetween(a, b) {
      return pieceMean(this.at(a).gain, this.at(b).gain, a >= mu ? 1 : b <= mu ? -1 : undefined);
    },
  };
}

const cache = new WeakMap<Distribution, WeakMap<Distribution, [CopulaNodes?, CopulaNodes?]>>();

export function copulaNodes(X: Distribution, V: Distribution, counter: boolean): CopulaNodes {
  let byV = cache.get(X);
  if (!byV) cache.set(X, (byV = new WeakMap()));
  let pair = byV.get(V);
  if (!pair) byV.set(V, (pair = [undefined, undefined]));
  const i = counter ? 1 : 0;
  return (pair[i] ??= makeNodes(X, V, counter));
}

/**
 * Mⱼ = G(a) − G(b) for a piece V ∈ (a, b], G(s) = E[(V − μ)·1{V > s}] ≥ 0 at the two nodes (no cancellation in
 * either tail), as a signed log with the two errors relative to their difference (a narrow piece: G(a) ≈ G(b)).
 */
export function pieceMean(ga: { log: number; rel: number }, gb: { log: number; rel: number }, side?: 1 | -1): SignedGap {
  const [hi, lo, s] = ga.log >= gb.log ? [ga, gb, 1 as const] : [gb, ga, -1 as const];
  if (hi.log === -Infinity) return { s: 0, l: -Infinity, rel: 0 };
  const l = lo.log === -Infinity ? hi.log : hi.log + Math.log(-Math.expm1(lo.log - hi.log));
  if (side !== undefined && (l === -Infinity || s !== side)) {
    // G(a), G(b) equal in doubles, or ordered against the piece's side of μ (V − μ has one sign on the piece):
    // the true Mⱼ has the sign `side` and lies within the two nodes' errors of 0 — exactly 0 only if they are exact
    const lb = hi.log + Math.log(hi.rel + Math.exp(lo.log - hi.log) * lo.rel);
    return lb === -Infinity ? { s: 0, l: -Infinity, rel: 0 } : { s: side, l: lb, rel: 1 };
  }
  const rel = (hi.rel + Math.exp(lo.log - hi.log) * lo.rel) / Math.exp(l - hi.log);
  return l === -Infinity ? { s: 0, l, rel: 0 } : { s, l, rel };
}
