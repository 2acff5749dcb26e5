/**
 * One continuous leaf of V's spec tree (V = loc + scale·Y on this branch, Y with density f) in the conditional mean
 * of V given X + V > t (X ⊥ V): with y* the peak of g = log f + log F̄_X(t − v(y)) (leafPeak.ts),
 *   D = ∫ f(y) F̄_X(t − v(y)) dy,   P = ∫_{y > y*} (y − y*)·(…) dy,   N = ∫_{y < y*} (y* − y)·(…) dy,
 *   E[V | U > t, this leaf] = loc + scale·(y* + (P − N)/D),
 * all three from one set of nodes. Centring at the peak keeps the cancellation P − N at the scale of the conditional
 * spread, not of |v| (V = 10⁶ − Exp(1) would otherwise need 10⁻¹² relative accuracy). The range is split at the
 * breakpoints of leafPeak.ts, infinite ends mapped onto (0, 1], an end of the support where the density is
 * infinite (Beta α < 1, Gamma shape < 1, Weibull k < 1) integrated in the log of the distance to it
 * (momentQuadrature.ts), and g − max g exponentiated.
 */
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import type { LogValue } from '../../pairs/logExpectation.ts';
import { locatePeaks } from './leafPeak.ts';
import { adaptiveMoments, type MomentIntegrand, type MomentSegment } from './momentQuadrature.ts';

/** One part of V's law: log of its D (with relative error) and E[V | U > t, this part] with its absolute error. */
export interface PartMean { readonly den: LogValue; readonly mean: number; readonly meanError: number; readonly evaluations: number }

interface LeafInfo {
  readonly dist: Distribution;
  readonly anchors: number[];
  readonly centre: number;
  readonly scale: number;
  /** log density at distance d from an end c (the reflected law at Beta's upper end keeps d below ulp(1)) */
  readonly atDistance: (c: number, sign: 1 | -1, d: number) => number;
}

const LEAF_LEVELS = [1e-12, 1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6, 1 - 1e-12];
const leaves = new WeakMap<object, LeafInfo>();

function leafInfo(spec: DistributionSpec): LeafInfo {
  let info = leaves.get(spec);
  if (info) return info;
  const dist = build(spec);
  const q = LEAF_LEVELS.map((p) => dist.quantile(p));
  const iqr = q[5] - q[3];
  const scale = iqr > 0 && Number.isFinite(iqr) ? iqr : Math.max(Math.abs(q[4]), 1) * 1e-3;
  const reflected = spec.family === 'beta' ? build({ family: 'beta', alpha: spec.beta, beta: spec.alpha }) : undefined;
  const atDistance = (c: number, sign: 1 | -1, d: number): number => (reflected && sign === -1 && c === 1 ? reflected.logPdf(d) : dist.logPdf(c + sign * d));
  info = { dist, anchors: [...q, dist.support.lower, dist.support.upper].filter(Number.isFinite), centre: q[4], scale, atDistance };
  leaves.set(spec, info);
  return info;
}

/** Does the density blow up at distance → 0 from the end c (a power d^{p−1}, p < 1)? As in src/pairs/logExpectation.ts. */
function singularAt(info: LeafInfo, c: number, sign: 1 | -1, span: number): boolean {
  const near = info.atDistance(c, sign, 1e-12 * span);
  const far = info.atDistance(c, sign, 1e-6 * span);
  return near === Infinity || (Number.isFinite(near) && Number.isFinite(far) && near - far > 1e-3);
}

const logValue = (log: number, rel: number, converged: boolean, reason?: string): LogValue => ({ log, relError: rel, converged, ...(reason ? { reason } : {}) });

/**
 * D and the conditional mean of one continuous leaf; `xAnchors` are points of X's support (quantiles, ends) whose images
 * y = (t − q − loc)/scale bound the region where F̄_X(t − v) turns from 0 to 1.
 */
export function leafMean(spec: DistributionSpec, X: Distribution, xAnchors: readonly number[], xScale: number, t: number, loc: number, scale: number, relTol: number): PartMean {
  const info = leafInfo(spec);
  const { dist } = info;
  const vOf = (y: number): number => loc + scale * y;
  const ell = (y: number): number => {
    const v = vOf(y);
    return Number.isFinite(v) ? X.logSf(t - v) : -Infinity;
  };
  const g = (y: number): number => {
    const lp = dist.logPdf(y);
    return lp === -Infinity ? -Infinity : lp + ell(y);
  };
  const anchors = [...info.anchors, ...xAnchors.map((q) => (t - q - loc) / scale)];
  const lo = dist.support.lower;
  const hi = dist.support.upper;
  const peak = locatePeaks(g, lo, hi, anchors, info.centre, info.scale);
  const failed = (reason: string): PartMean => ({ den: logValue(NaN, NaN, false, reason), mean: NaN, meanError: NaN, evaluations: peak.evaluations });
  if (peak.max === -Infinity) return { den: logValue(-Infinity, 0, true), mean: NaN, meanError: NaN, evaluations: peak.evaluations };
  if (!Number.isFinite(peak.max)) return failed(`log-integrand ${peak.max} at y = ${peak.argmax}`);
  const M = peak.max;
  // t − v is rounded to ulp(|t| + |v|): harmless when F̄_X varies on the scale of t (long-tailed X), not otherwise
  const vStar = vOf(peak.argmax);
  const ulp = (Math.abs(t) + Math.abs(vStar)) * Number.EPSILON;
  if (!X.tails.right.longTailed && ulp > 1e-8 * xScale) {
    return failed(`t − v not resolved in double precision: ulp(t) = ${ulp} > 1e-8 × scale of X (${xScale}) near v = ${vStar}, where F̄_X(t − v) varies on the scale of X`);
  }
  // an end where the density is infinite is integrated in log distance up to half-way to the median (g may peak
  // at the end itself: breakpoints there would only split the singular piece)
  const c = info.centre;
  const singLo = Number.isFinite(lo) && c > lo && singularAt(info, lo, 1, c - lo);
  const singHi = Number.isFinite(hi) && c < hi && singularAt(info, hi, -1, hi - c);
  const a = singLo ? lo + (c - lo) / 2 : lo;
  const b = singHi ? hi - (hi - c) / 2 : hi;
  // moments about the peak (kept inside the plain pieces), so that each piece has one sign of y − y0
  const y0 = Math.min(Math.max(peak.argmax, a), b);
  const value = (y: number): number => y - y0;
  const pts = [...new Set([...peak.breakpoints, y0, ...(singLo ? [a] : []), ...(singHi ? [b] : [])])].filter((p) => p >= a && p <= b && p > lo && p < hi && Number.isFinite(p)).sort((p, q) => p - q);
  if (pts.length === 0) pts.push(Number.isFinite(c) && c > lo && c < hi ? c : peak.argmax);
  const segs: MomentSegment[] = [];
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (lo === -Infinity) segs.push({ kind: 'tailDown', lo: 0, hi: 1, c: first, s: Math.max(info.scale, Math.abs(first)) });
  else if (singLo) segs.push({ kind: 'logUp', lo: -745, hi: Math.log(first - lo), c: lo, s: 1 });
  else segs.push({ kind: 'plain', lo, hi: first, c: 0, s: 0 });
  for (let i = 0; i + 1 < pts.length; i++) segs.push({ kind: 'plain', lo: pts[i], hi: pts[i + 1], c: 0, s: 0 });
  if (hi === Infinity) segs.push({ kind: 'tailUp', lo: 0, hi: 1, c: last, s: Math.max(info.scale, Math.abs(last)) });
  else if (singHi) segs.push({ kind: 'logDown', lo: -745, hi: Math.log(hi - last), c: hi, s: 1 });
  else segs.push({ kind: 'plain', lo: last, hi, c: 0, s: 0 });
  const fn: MomentIntegrand = {
    logWeight: (y) => g(y) - M,
    value,
    logWeightAtDistance: (c, sign, d) => {
      const lp = info.atDistance(c, sign, d);
      return lp === -Infinity ? -Infinity : lp + ell(c + sign * d) - M;
    },
  };
  const m = adaptiveMoments(fn, segs, relTol);
  const evaluations = peak.evaluations + m.evaluations;
  if (!m.converged) return { ...failed(m.reason ?? 'moments did not converge'), evaluations };
  if (!(m.den > 0)) return { den: logValue(-Infinity, 0, true), mean: NaN, meanError: NaN, evaluations };
  const shift = (m.pos - m.neg) / m.den;
  const relD = m.denErr / m.den;
  return {
    den: logValue(M + Math.log(m.den), relD, true),
    mean: loc + scale * (y0 + shift),
    meanError: Math.abs(scale) * ((m.posErr + m.negErr) / m.den + Math.abs(shift) * relD),
    evaluations,
  };
}
