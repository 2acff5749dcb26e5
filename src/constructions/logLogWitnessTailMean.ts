/**
 * A certified bracket of E_Q[X | X > t] that survives |log F̄(t)| ~ 1e15 and beyond (claims.md §3: "compute
 * the ratio directly"; §4: tail quantities far out). The default tailMean of a mixture or an affine map is
 * e^{log m(t) − log F̄(t)}; when both logs are of size 1e15…1e299 each carries an absolute rounding of
 * |log|·2^{−52} ≥ 0.1, the difference is noise, and a mixture's log-weights (|log w| ≤ 40) vanish in the
 * rounding altogether (seen: 7.8e20 for a Weibull(0.99) mixture at t = 1.3e17, where the truth is ≈ t).
 * Instead, structurally:
 * - leaf families: their own tailMean (direct formulas, e.g. Weibull's asymptotic series t·Σₙ; accurate to
 *   the fixture tolerance 1e-12, FIXTURE_TOLERANCE in distributions/fixtures.ts);
 * - affine, scale a > 0: E[loc + aX | X > u] = loc + a·E[X | X > u], u = (t − loc)/a;
 * - mixture Σ w_k P_k: E[X | X > t] = Σ π_k·E_k[X | X > t], π_k ∝ w_k F̄_k(t), a convex combination. With
 *   δ_k a bound on the absolute error of log(w_k F̄_k(t)), the true weights are π_k·e^{e_k}/Σ_j π_j e^{e_j},
 *   |e_k| ≤ δ_k; the minimum of Σ a_k L_k / Σ a_k over boxes a_k ∈ [π_k e^{−δ_k}, π_k e^{δ_k}] is attained with
 *   a_k at its top for the smallest L_k and at its bottom for the rest (a threshold rule, as in Dinkelbach's
 *   method), so scanning the n + 1 splits of the sorted L_k gives the exact extreme. The result always lies
 *   within [min_k L_k, max_k U_k], whatever the rounding: the 1e15-size logs can only blend components.
 * - anything else: the log ratio, with relative error expm1(4ε(|log m| + |log F̄|)).
 * Every lower end is at least t itself, since X > t on the event.
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';

export interface TailMeanBracket {
  /** best estimate of E[X | X > t] */
  readonly value: number;
  /** certified lower and upper ends */
  readonly lower: number;
  readonly upper: number;
}

const EPS = Number.EPSILON;
/** relative accuracy of a family's own tailMean (the fixture tolerance) */
const FAMILY_REL = 1e-12;
/** relative accuracy of a family's logSf in the metric |Δlog|/max(1, |log|) (numerics.md, fixtures) */
const LOGSF_REL = 1e-13;
const COMBINATORS = new Set(['mixture', 'affine', 'tailReweight']);

const clampBelow = (b: TailMeanBracket, t: number): TailMeanBracket =>
  b.lower >= t || Number.isNaN(b.lower) ? b : { value: Math.max(b.value, t), lower: t, upper: Math.max(b.upper, t) };

function fromLogs(q: Distribution, t: number): TailMeanBracket {
  const v = q.tailMean(t);
  const pm = q.logPartialMean(t);
  const rel = Math.expm1(4 * EPS * (Math.abs(pm.log) + Math.abs(q.logSf(t)))) + FAMILY_REL;
  if (!Number.isFinite(v) || !(rel < 1)) return { value: v, lower: Number.isFinite(v) ? -Infinity : v, upper: Number.isFinite(v) ? Infinity : v };
  const e = rel * Math.abs(v);
  return { value: v, lower: v - e, upper: v + e };
}

/** min (or, with sign −1, −max) of Σ a_k L_k / Σ a_k over a_k = e^{l_k + e_k}, |e_k| ≤ δ_k (threshold rule). */
function extremeMean(l: number[], d: number[], L: number[]): number {
  const order = L.map((_, k) => k).sort((i, j) => L[i] - L[j]);
  let best = Infinity;
  for (let split = 0; split <= order.length; split++) {
    const logs = order.map((k, r) => l[k] + (r < split ? d[k] : -d[k]));
    const top = Math.max(...logs);
    let num = 0;
    let den = 0;
    order.forEach((k, r) => {
      const a = Math.exp(logs[r] - top);
      if (a > 0) {
        num += a * L[k];
        den += a;
      }
    });
    best = Math.min(best, num / den);
  }
  return best;
}

function mixtureBracket(spec: Extract<DistributionSpec, { family: 'mixture' }>, t: number): TailMeanBracket {
  const total = spec.weights.reduce((a, b) => a + b, 0);
  const l: number[] = [];
  const d: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const mid: number[] = [];
  spec.components.forEach((cs, k) => {
    const w = spec.weights[k] / total;
    if (!(w > 0)) return;
    const c = buildCached(cs);
    const ls = c.logSf(t);
    if (ls === -Infinity) return;
    const b = tailMeanBracket(c, t);
    l.push(Math.log(w) + ls);
    d.push(LOGSF_REL * Math.max(1, Math.abs(ls)) + 4 * EPS * (Math.abs(Math.log(w)) + Math.abs(ls)));
    lo.push(b.lower);
    hi.push(b.upper);
    mid.push(b.value);
  });
  if (l.length === 0) return { value: NaN, lower: NaN, upper: NaN };
  if ([...lo, ...hi, ...mid].some(Number.isNaN)) return { value: NaN, lower: NaN, upper: NaN };
  const top = Math.max(...l);
  let num = 0;
  let den = 0;
  l.forEach((lk, k) => {
    const a = Math.exp(lk - top);
    num += a * mid[k];
    den += a;
  });
  const lower = extremeMean(l, d, lo);
  const upper = -extremeMean(l, d, hi.map((x) => -x));
  return { value: num / den, lower: lower - 4 * EPS * Math.abs(lower), upper: upper + 4 * EPS * Math.abs(upper) };
}

/** lower ≤ E_Q[X | X > t] ≤ upper, with a best estimate; NaN when P(X > t) = 0 or t is NaN. */
export function tailMeanBracket(q: Distribution, t: number): TailMeanBracket {
  if (Number.isNaN(t) || !(q.logSf(t) > -Infinity)) return { value: NaN, lower: NaN, upper: NaN };
  const spec = q.spec;
  if (spec.family === 'mixture') return clampBelow(mixtureBracket(spec, t), t);
  if (spec.family === 'affine' && spec.scale > 0) {
    const u = (t - spec.loc) / spec.scale;
    const b = tailMeanBracket(buildCached(spec.base), u);
    // u carries a relative rounding of 2ε: the tail mean moves by at most that much of |u| (E[X | X > u] ≥ u grows with u)
    const slack = (x: number) => 4 * EPS * (Math.abs(spec.loc) + spec.scale * (Math.abs(x) + Math.abs(u)));
    const map = (x: number) => spec.loc + spec.scale * x;
    return clampBelow({ value: map(b.value), lower: map(b.lower) - slack(b.lower), upper: map(b.upper) + slack(b.upper) }, t);
  }
  if (!COMBINATORS.has(spec.family)) {
    const v = q.tailMean(t);
    if (!Number.isFinite(v)) return { value: v, lower: v, upper: v };
    const e = FAMILY_REL * Math.abs(v);
    return clampBelow({ value: v, lower: v - e, upper: v + e }, t);
  }
  return clampBelow(fromLogs(q, t), t);
}
