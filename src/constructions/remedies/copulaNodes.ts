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
import { EXACT_INTERVALS, logIntervalProb } from './finitePair.ts';
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
  /**
   * log P(a < V ≤ b), from whichever tail is smaller: the plain difference of the two log tails, WITHOUT its error
   * (callers that pad it by 1e-12·max(1, |log|) under-count a narrow piece: use logBetweenWithError)
   */
  logBetween(a: number, b: number): number;
  /** log P(a < V ≤ b) with its relative error, as finitePair.logIntervalProb estimates it (see intervalOf) */
  logBetweenWithError(a: number, b: number): { readonly log: number; readonly relError: number };
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

/**
 * log(e^{l₁} − e^{l₂}), l₁ ≥ l₂ two log tails of V on the same side (F̄(a), F̄(b), or F(b), F(a)), with the
 * relative error of finitePair.logIntervalProb's difference: absolute errors 1e-13·(1 + |l|) of the logs, divided
 * by the gap 1 − e^{l₂ − l₁} — (1e-13·(1 + |l₁| + e^{Δ}|l₂|))/gap. That is NOT bounded by the fixed pad
 * 1e-12·max(1, |log P|): on (1, 1 + 1e-9] of N(0, 1) (gap 1.5e-9) it is 3e-4, and the difference is really off by
 * 3.4e-8 (the logs' last bits over the gap; mpmath), where the pad allows 2.2e-11 (copulaNodes.test.ts).
 */
function tailDifference(l1: number, l2: number): { log: number; relError: number } {
  if (!(l1 > -Infinity)) return { log: -Infinity, relError: 0 };
  const d = l2 - l1, gap = -Math.expm1(d);
  // a gap that rounding made ≤ 0 (l₂ ≥ l₁ in doubles) reads −∞ with a huge error: unresolved, not an exact 0
  return { log: gap > 0 ? l1 + Math.log(gap) : -Infinity, relError: (1e-13 * (1 + Math.abs(l1) + (l2 > -Infinity ? Math.exp(d) * Math.abs(l2) : 0))) / Math.max(1e-300, gap) };
}

/**
 * P(a < V ≤ b) from the memoised node tails (the smaller side), its error as above; where that exceeds
 * logIntervalProb's tolerance (1e-8) on a finite piece, logIntervalProb itself (Gauss–Legendre of the density over
 * the piece) when its error is smaller. A difference that rounding made ≤ 0 is not an exact 0: the enclosure
 * [0, B], B the difference's absolute error, as B/2 with relative error 1 (finitePair.unresolvedBound's rule).
 */
function intervalOf(V: Distribution, a: number, b: number, na: CopulaNode, nb: CopulaNode): { log: number; relError: number } {
  const upper = na.logSf < -Math.LN2;
  const [l1, l2] = upper ? [na.logSf, nb.logSf] : [nb.logCdf, na.logCdf];
  let r = tailDifference(l1, l2);
  if (r.relError >= EXACT_INTERVALS.difference && Number.isFinite(a) && Number.isFinite(b)) {
    const ip = logIntervalProb(V, a, b - a, b);
    if (ip.relError < r.relError) r = ip;
  }
  if (r.log === -Infinity && r.relError > 0) {
    const bound = l1 + Math.log(1e-13 * (1 + Math.abs(l1) + (l2 > -Infinity ? Math.abs(l2) : 0)));
    return { log: Math.min(0, bound) - Math.LN2, relError: 1 };
  }
  return r;
}

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
    logBetweenWithError(a, b) {
      return intervalOf(V, a, b, this.at(a), this.at(b));
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
