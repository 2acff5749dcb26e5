/**
 * The quantilizer cost bound (Taylor 2016; claims.md §2 "Remedies"): for every P with dP/dQ ≤ K and every
 * cost c ≥ 0, E_P[c] = E_Q[(dP/dQ)·c] ≤ K·E_Q[c]. Checked on piecewise-constant density ratios (bins of Q cut
 * at quantile levels; the quantilizer Q(· | X > u) is the two-bin ratio (0, K)) and costs
 *   c(x) = w·b(x) + m,  b(x) = (s(x − a))⁺ (hinge: a heavy-tailed cost when Q is heavy) or 1{s(x − a) > 0},
 * s = ±1, a = q_Q(level). Both sides are exact sums of closed-form tail functions: with H(t) = E[b(X)1{X > t}],
 * the bin (lo, hi] contributes H(lo) − H(hi), where for the upward hinge H(t) = pm(L) − a·F̄(L), L = max(t, a),
 * pm(t) = E[X 1{X > t}], and for the indicator H(t) = F̄(L). Downward costs are upward costs of Y = −X, whose
 * bins are [−hi, −lo): their atoms at the ends are moved across exactly (massAt).
 * The verdicts (quantilizerCertificate.ts) decide by the proof's term-by-term certificate first, and need these
 * sums only where it does not apply; `costBins` is the discretisation both use.
 */
import type { Distribution } from '../../distributions/types.ts';
import { reflect } from '../t3Verdicts.ts';

export interface CostSpec {
  readonly kind: 'hinge' | 'indicator';
  /** +1: cost of large x; −1: cost of small x */
  readonly side: 1 | -1;
  /** a = q_Q(level) */
  readonly level: number;
  readonly w: number;
  /** additive constant: c ≥ 0 needs m ≥ 0 (when b can be 0) */
  readonly m: number;
}

/** dP/dQ = ratios[i] on the i-th bin of Q cut at the quantile levels `cuts` (normalised weights). */
export interface RatioSpec { readonly cuts: readonly number[]; readonly weights: readonly number[] }

export interface CostBound {
  readonly costP: number;
  readonly costQ: number;
  /** max dP/dQ over the bins of positive Q-probability */
  readonly maxRatio: number;
  /** absolute error estimate of costP − K·costQ, per unit K */
  readonly error: number;
  /** inf c over the support of Q */
  readonly infCost: number;
}

const REL = 1e-12; // relative error allowed per closed-form tail call (numerics.md §4: ≤ 2e-14 measured)

/** H(t) = E[b(Y)·1{Y > t}] for the upward b of threshold a, with its absolute error. */
function upperPart(y: Distribution, kind: CostSpec['kind'], a: number, t: number): [number, number] {
  const L = Math.max(t, a);
  if (L === Infinity) return [0, 0];
  if (kind === 'indicator') { const v = y.sf(L); return [v, REL * v]; }
  const pm = y.partialMean(L);
  const sf = y.sf(L);
  return [pm - a * sf, REL * (Math.abs(pm) + Math.abs(a * sf))];
}

/** b at one point (for atoms moved across a bin end). */
const bAt = (kind: CostSpec['kind'], a: number, x: number): number => (kind === 'indicator' ? (x > a ? 1 : 0) : Math.max(0, x - a));

/** E_Q[b·1{X ∈ (lo, hi]}] in the orientation of the cost, with its error. */
function binPart(q: Distribution, c: CostSpec, a: number, lo: number, hi: number): [number, number] {
  if (c.side === 1) {
    const [h0, e0] = upperPart(q, c.kind, a, lo);
    const [h1, e1] = upperPart(q, c.kind, a, hi);
    return [h0 - h1, e0 + e1];
  }
  // Y = −X on [−hi, −lo): 1{A ≤ Y < B} = 1{Y > A} + 1{Y = A} − 1{Y > B} − 1{Y = B}
  const y = reflect(q);
  const A = -hi, B = -lo;
  const [h0, e0] = upperPart(y, c.kind, -a, A);
  const [h1, e1] = upperPart(y, c.kind, -a, B);
  const atA = Number.isFinite(A) ? y.massAt(A) * bAt(c.kind, -a, A) : 0;
  const atB = Number.isFinite(B) ? y.massAt(B) * bAt(c.kind, -a, B) : 0;
  return [h0 + atA - h1 - atB, e0 + e1 + REL * (atA + atB)];
}

/**
 * The discretisation of a case: cut points x_j = q_Q(u_j) (doubles, part of the case's definition), each bin's
 * computed Q-probability, and the weights defining P (dP/dQ = w_i/Σ_j w_j·Q_j on bin i).
 */
export interface CostBins {
  /** −∞, x_1, …, x_n, ∞ */
  readonly xs: readonly number[];
  /** computed Q((x_i, x_{i+1}]) (0 for a massless bin) */
  readonly probs: readonly number[];
  /** Q((x_i, x_{i+1}]) = 0 exactly: the interval is empty or lies outside the support (x_i ≥ sup, x_{i+1} < inf) */
  readonly massless: readonly boolean[];
  /** the case's weights, or all 1 where they vanish on every bin of positive computed probability (then P = Q) */
  readonly weights: readonly number[];
  /** max weight over the bins of positive computed probability */
  readonly wMax: number;
  /** computed Σ w_i·Q_i */
  readonly norm: number;
  /** max dP/dQ = wMax/norm over the bins of positive computed probability */
  readonly maxRatio: number;
}

/** The cost's threshold a = q_Q(level); a level whose quantile is beyond the double range takes the median instead. */
export function threshold(q: Distribution, c: CostSpec): number {
  const a = q.quantile(c.level);
  return Number.isFinite(a) ? a : q.quantile(0.5);
}

export function costBins(q: Distribution, r: RatioSpec): CostBins {
  const xs = [-Infinity, ...r.cuts.map((u) => q.quantile(u)), Infinity];
  const { lower, upper } = q.support;
  const massless = xs.slice(1).map((hi, i) => !(xs[i] < hi) || xs[i] >= upper || hi < lower);
  // a massless bin gets probability 0 even where the cdf says otherwise (an affine map's cdf at its top atom can be off)
  const probs = xs.slice(1).map((hi, i) => (massless[i] ? 0 : q.cdf(hi) - q.cdf(xs[i])));
  const caseNorm = probs.reduce((s, p, i) => s + p * r.weights[i], 0);
  // weights that vanish on every bin of positive probability define no P: take P = Q (ratio 1) instead
  const weights = caseNorm > 0 ? r.weights : r.weights.map(() => 1);
  const norm = caseNorm > 0 ? caseNorm : 1; // P = Q: ratio exactly 1 (the true probabilities sum to 1)
  const wMax = Math.max(...weights.filter((_, i) => probs[i] > 0));
  return { xs, probs, massless, weights, wMax, norm, maxRatio: wMax / norm };
}

/** inf c over the support of Q: b is least at the end of the support where it vanishes (b = 0 there when that end is infinite). */
export function costInf(q: Distribution, c: CostSpec): number {
  const end = c.side === 1 ? q.support.lower : -q.support.upper;
  const lowB = end === -Infinity ? 0 : bAt(c.kind, c.side * threshold(q, c), end);
  return c.m + c.w * (Number.isNaN(lowB) ? 0 : lowB);
}

/** Both sides of the bound as exact sums of closed-form tails (the certificate in quantilizerCertificate.ts avoids them). */
export function costBound(q: Distribution, c: CostSpec, r: RatioSpec, bins: CostBins = costBins(q, r)): CostBound {
  const { xs, probs, maxRatio } = bins;
  const infCost = costInf(q, c);
  const a = threshold(q, c);
  const ratios = bins.weights.map((w) => w / bins.norm);
  const [bQ, eQ] = binPart(q, c, a, -Infinity, Infinity);
  let bP = 0, eP = 0;
  for (let i = 0; i < ratios.length; i++) {
    if (!(probs[i] > 0) || ratios[i] === 0) continue;
    const [v, e] = binPart(q, c, a, xs[i], xs[i + 1]);
    bP += ratios[i] * v;
    eP += ratios[i] * e;
  }
  const costQ = c.w * bQ + c.m;
  const costP = c.w * bP + c.m; // P is a probability: E_P[m] = m
  const error = c.w * (eP + maxRatio * eQ) + REL * (Math.abs(costP) + maxRatio * Math.abs(costQ) + Math.abs(c.m) * (1 + maxRatio)) + 1e-12 * Math.abs(1 - probs.reduce((s, p) => s + p, 0)) * maxRatio;
  return { costP, costQ, maxRatio, error, infCost };
}
