/**
 * Helpers of copulaTiltEnclosure.ts: the pieces of V's range it encloses N and E[W] over, where to split a piece
 * when refining, and the μ-free lower bound on N for comonotone pairs (Chebyshev's integral inequality in pair form).
 */
import type { Distribution } from '../../distributions/types.ts';
import { logSumExp } from '../../numerics/logspace.ts';
import type { Reward } from './boundedReward.ts';
import { hGap, type SignedGap } from './rewardGap.ts';

const EPS = Number.EPSILON;

/**
 * One piece V ∈ (a, b]: U's padded bounds, Mⱼ (signed log), log Pⱼ, the gaps h(U_lo) − c and h(U_hi) − c, log h at
 * U's bounds with their absolute errors.
 */
export type Piece = { a: number; b: number; uLo: number; uHi: number; m: SignedGap; logP: number; lpRel: number; gLo: SignedGap; gHi: SignedGap; lhLo: number; lhHi: number; lhLoErr: number; lhHiErr: number };

/**
 * log of a lower bound on N for a comonotone pair with no reference to μ: V and H are non-decreasing in w, so
 *   N = Cov(V, H) = ½∫∫ (V(w) − V(w′))(H(w) − H(w′)) dw dw′ ≥ Σ_{i<j} Pᵢ Pⱼ (a_j − b_i)(h(U_lo,j) − h(U_hi,i))⁺,
 * every integrand ≥ 0 (Chebyshev's integral inequality), pieces i < j ordered in V: V ≥ a_j on piece j, ≤ b_i on i.
 * O(n²) gaps: computed only where the one-dimensional bound did not decide.
 */
/**
 * The log-space pad of a piece's log P, side −1 (lower) or 1 (upper): its relative error (copulaNodes.logBetweenWithError,
 * finitePair.logIntervalProb's estimate), at least the log tails' 1e-12·max(1, |log P|).
 */
export function lpPad(p: { logP: number; lpRel: number }, side: -1 | 1): number {
  if (p.logP === -Infinity) return 0;
  const byRel = side < 0 ? (p.lpRel < 1 ? -Math.log1p(-p.lpRel) : Infinity) : Math.log1p(p.lpRel);
  return Math.max(1e-12 * Math.max(1, Math.abs(p.logP)), byRel);
}

export function chebyshevLowerLog(r: Reward, beta: number, pieces: readonly Piece[]): number {
  const terms: number[] = [];
  for (let j = 1; j < pieces.length; j++) {
    const pj = pieces[j];
    if (pj.logP === -Infinity || !Number.isFinite(pj.a)) continue;
    for (let i = 0; i < j; i++) {
      const pi = pieces[i];
      if (pi.logP === -Infinity || !(pj.a > pi.b) || !(pj.uLo > pi.uHi)) continue;
      const g = hGap(r, beta, pj.uLo, pi.uHi);
      if (g.s !== 1 || !(g.rel < 0.5)) continue;
      const lpErr = lpPad(pi, -1) + lpPad(pj, -1);
      terms.push(pi.logP + pj.logP - lpErr + Math.log(pj.a - pi.b) + Math.log1p(-4 * EPS) + g.l + Math.log1p(-g.rel));
    }
  }
  return logSumExp(terms);
}

/**
 * Where to split the piece (a, b]: at the quantile of V halfway between its ends' probabilities — in log F in the
 * lower half (squaring F(b) beyond an infinite or zero-probability end), arithmetic in the body — so that a
 * feature of H deep in V's lower tail (an X far below V's scale) is reached in a few splits; where that quantile
 * is not strictly inside (an upper tail beyond the resolution of 1 − p, a probability below the double range),
 * the midpoint in v (a + max(1, |a|) towards an infinite end).
 */
export function splitPoint(V: Distribution, a: number, b: number): number {
  const inV = Number.isFinite(a) && Number.isFinite(b) ? 0.5 * (a + b) : Number.isFinite(a) ? a + Math.max(1, Math.abs(a)) : b - Math.max(1, Math.abs(b));
  const lo = V.support.lower, hi = V.support.upper;
  const lca = a <= lo ? -Infinity : V.logCdf(a), lcb = b >= hi ? 0 : V.logCdf(b);
  let p: number;
  if (lca >= -Math.LN2) {
    // upper half: halve log F̄ (1 − p resolved only above ~1e-14)
    const lsa = a <= lo ? 0 : V.logSf(a), lsb = b >= hi ? -Infinity : V.logSf(b);
    const t = lsb === -Infinity ? 2 * lsa - 1 : 0.5 * (lsa + lsb);
    p = t > -32 ? -Math.expm1(t) : NaN;
  } else if (lcb <= -Math.LN2) {
    const t = lca === -Infinity ? 2 * lcb - 1 : 0.5 * (lca + lcb);
    p = t > -700 ? Math.exp(t) : NaN;
  } else {
    p = 0.5 * (Math.exp(lca) + Math.exp(lcb));
  }
  const q = p > 0 && p < 1 ? V.quantile(p) : NaN;
  return q > a && q < b ? q : inV;
}

