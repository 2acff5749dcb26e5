/**
 * The quantilizer cost bound (Taylor 2016; claims.md §2 "Remedies"): for every P with dP/dQ ≤ K and every
 * cost c ≥ 0, E_P[c] = E_Q[(dP/dQ)·c] ≤ K·E_Q[c]. Checked on piecewise-constant density ratios (bins of Q cut
 * at quantile levels; the quantilizer Q(· | X > u) is the two-bin ratio (0, K)) and costs
 *   c(x) = w·b(x) + m,  b(x) = (s(x − a))⁺ (hinge: a heavy-tailed cost when Q is heavy) or 1{s(x − a) > 0},
 * s = ±1, a = q_Q(level). Both sides are exact sums of closed-form tail functions: with H(t) = E[b(X)1{X > t}],
 * the bin (lo, hi] contributes H(lo) − H(hi), where for the upward hinge H(t) = pm(L) − a·F̄(L), L = max(t, a),
 * pm(t) = E[X 1{X > t}], and for the indicator H(t) = F̄(L). Downward costs are upward costs of Y = −X, whose
 * bins are [−hi, −lo): their atoms at the ends are moved across exactly (massAt).
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
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

export function costBound(q: Distribution, c: CostSpec, r: RatioSpec): CostBound {
  const a0 = q.quantile(c.level);
  const a = Number.isFinite(a0) ? a0 : q.quantile(0.5); // a level beyond the double range: the median instead
  const xs = [-Infinity, ...r.cuts.map((u) => q.quantile(u)), Infinity];
  const probs = xs.slice(1).map((hi, i) => (hi === xs[i] ? 0 : q.cdf(hi) - q.cdf(xs[i])));
  const norm = probs.reduce((s, p, i) => s + p * r.weights[i], 0);
  // weights that vanish on every bin of positive probability define no P: take P = Q (ratio 1) instead
  const ratios = norm > 0 ? r.weights.map((w) => w / norm) : r.weights.map(() => 1);
  const maxRatio = Math.max(...ratios.filter((_, i) => probs[i] > 0));
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
  const lowB = c.side === 1 ? bAt(c.kind, a, q.support.lower) : bAt(c.kind, -a, -q.support.upper);
  const infCost = c.m + c.w * (Number.isNaN(lowB) ? 0 : lowB);
  const error = c.w * (eP + maxRatio * eQ) + REL * (Math.abs(costP) + maxRatio * Math.abs(costQ) + Math.abs(c.m) * (1 + maxRatio)) + 1e-12 * Math.abs(1 - probs.reduce((s, p) => s + p, 0)) * maxRatio;
  return { costP, costQ, maxRatio, error, infCost };
}

/** E_P[c] ≤ factor·K·E_Q[c] for K = kOverMax·max dP/dQ (factor 1: the claim; 1/K: the mutant "no factor K"). */
export function costBoundVerdict(q: Distribution, c: CostSpec, r: RatioSpec, kOverMax: number, dropK = false): Verdict {
  const b = costBound(q, c, r);
  const K = kOverMax * b.maxRatio;
  const factor = dropK ? 1 : K;
  const numbers = { costP: b.costP, costQ: b.costQ, K, maxRatio: b.maxRatio, error: b.error };
  const rhs = dropK ? 'E_Q[c]' : 'K·E_Q[c]';
  if (!(K > 0 && Number.isFinite(K))) return inconclusive(`K = ${K}: not a finite positive cap`, numbers);
  if (b.costQ === Infinity && c.w > 0) return holds(`E_Q[c] = ∞ (heavy-tailed cost): ${rhs} = ∞, the bound holds vacuously`, { costQ: Infinity, K, maxRatio: b.maxRatio });
  if (!Number.isFinite(b.costP) || !Number.isFinite(b.costQ)) return inconclusive(`E_P[c] = ${b.costP}, E_Q[c] = ${b.costQ}: not finite`, numbers);
  const diff = b.costP - factor * b.costQ;
  const err = b.error * Math.max(1, K / b.maxRatio);
  const what = `E_P[c] = ${fmt(b.costP)} vs ${rhs} = ${fmt(factor * b.costQ)} (K = ${fmt(K)}, max dP/dQ = ${fmt(b.maxRatio)})`;
  if (diff <= err) return holds(`${what}: ${diff <= -err ? `margin ${fmt(-diff)}` : 'equal within the error estimate'} (error ${fmt(err)})`, { ...numbers, diff });
  return fails(`${what}: E_P[c] exceeds it by ${fmt(diff)} > error ${fmt(err)} (exact closed-form sums)`, { ...numbers, diff });
}
