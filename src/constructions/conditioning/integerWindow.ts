/**
 * An integer part Y of V (Poisson, geometric, zeta) on an increasing branch v = loc + scale·y, scale > 0, in
 * E[V | X + V > t] (X ⊥ V): the sums D = Σ_y p(y)·F̄_X(t − v(y)) and N = Σ_y y·p(y)·F̄_X(t − v(y)), with the
 * weight ω(y) = F̄_X(t − v(y)) non-decreasing in y, split in three (all bounds rigorous, p ≥ 0, y ≥ 0):
 * - far, y ≥ y_c with ω(y_c) ≥ 1 − 1e-13: ω ∈ [ω(y_c), 1], so
 *     ω(y_c)·P(Y ≥ y_c) ≤ D_far ≤ P(Y ≥ y_c),   ω(y_c)·E[Y; Y ≥ y_c] ≤ N_far ≤ E[Y; Y ≥ y_c]
 *   from the family's closed-form logSf and logPartialMean (no series: a zeta V against light X has its weight
 *   ~t/scale terms out, where the series of src/pairs/integerSeries.ts gave up past 2e5 terms);
 * - near, y_lo < y < y_c: summed exactly, term by term (the window where ω turns from negligible to 1: its width
 *   is X's spread over the scale, not t);
 * - low, y ≤ y_lo: ω ≤ ω(y_lo), so 0 ≤ D_low ≤ ω(y_lo) and 0 ≤ N_low ≤ y_lo·ω(y_lo); y_lo is taken where ω(y_lo)
 *   is e^{−40} below a lower bound of D.
 * Midpoints are returned, the half-widths as errors. Undefined when the window is wider than 2e5 terms or a
 * closed form is not finite (the caller falls back to the series).
 */
import type { Distribution } from '../../distributions/types.ts';
import { logAddExp } from '../../numerics/logspace.ts';
import type { PartMean } from './fastLeaf.ts';

const MAX_WINDOW = 200000;

/** The least integer y in (lo, hi] with ok(y), given ok(hi) and ok non-decreasing in y. */
function firstTrue(ok: (y: number) => boolean, lo: number, hi: number): number {
  while (hi - lo > 1) {
    const mid = Math.floor(lo + (hi - lo) / 2);
    if (!(mid > lo && mid < hi)) break; // past 2^53: any far point will do
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * @param Y the built integer law (support on the integers from Y.support.lower)
 * @param ell y ↦ log F̄_X(t − loc − scale·y), non-decreasing
 * @param probes points of y where the weight is likely large (images of X's quantiles): a lower bound of D
 */
export function integerWindow(Y: Distribution, ell: (y: number) => number, loc: number, scale: number, probes: readonly number[]): PartMean | undefined {
  const f0 = Y.support.lower;
  if (!(scale > 0) || !Number.isFinite(f0)) return undefined;
  const far = (y: number): boolean => ell(y) >= -1e-13;
  // y_c: the first integer whose weight is 1 − 1e-13 (doubling out from the support's start, then bisection)
  let bad = f0 - 1;
  let hi = f0;
  for (let step = 1; !far(hi); step *= 2) {
    if (!(hi < 1e300)) return undefined;
    bad = hi;
    hi = f0 + step;
  }
  const yc = firstTrue(far, bad, hi);
  const logP = Math.min(ell(yc), 0);
  const p = Math.exp(logP);
  const logS = Y.logSf(yc - 0.5);
  const pm = Y.logPartialMean(yc - 0.5);
  if (Number.isNaN(logS) || logS === Infinity || (logS > -Infinity && !(pm.sign > 0 && Number.isFinite(pm.log)))) return undefined;
  const logPm = logS === -Infinity ? -Infinity : pm.log;
  const term = (y: number): number => Y.logPdf(y) + ell(y);
  // a lower bound of log D: the far part, or any single term below y_c
  let lb = logS + logP;
  for (const q of [f0, f0 + 1, Math.floor(Y.quantile(0.5)), ...probes]) {
    const y = Math.floor(q);
    if (y >= f0 && y < yc) lb = Math.max(lb, term(y));
  }
  if (!(lb > -Infinity)) return undefined;
  // [f0, y_c − 1] in pieces: each either summed exactly (< 64 terms) or bracketed by ω(a)·P(a ≤ Y ≤ b) ≤ Σ ≤ ω(b)·P(…)
  // (and the same with E[Y; a ≤ Y ≤ b]); the reported errors are the sums of the half-widths
  const logSfAt = (y: number): number => Y.logSf(y - 0.5);
  const logPmAt = (y: number): number => { const r = Y.logPartialMean(y - 0.5); return r.sign > 0 ? r.log : -Infinity; };
  const budget = 1e-10 / Math.max(yc - f0, 1);
  let dSum = 0, dErr = 0, nSum = 0, nErr = 0, exactTerms = 0, pieces = 0;
  const stack: [number, number][] = yc > f0 ? [[f0, yc - 1]] : [];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (++pieces > 20000 || exactTerms > MAX_WINDOW) return undefined;
    if (b - a < 64) {
      if (b >= 2 ** 52) return undefined; // integers no longer exact in doubles
      for (let y = a; y <= b; y++) {
        const h = term(y);
        if (Number.isNaN(h) || h === Infinity) return undefined;
        const w = Math.exp(h - lb);
        dSum += w;
        nSum += w * y;
      }
      exactTerms += b - a + 1;
      continue;
    }
    const sa = logSfAt(a), sb = logSfAt(b + 1), ma = logPmAt(a), mb = logPmAt(b + 1);
    const P = Math.max(Math.exp(sa - lb) - Math.exp(sb - lb), 0);
    const E = Math.max(Math.exp(ma - lb) - Math.exp(mb - lb), 0);
    const rP = 4 * Number.EPSILON * Math.exp(sa - lb);
    const rE = 4 * Number.EPSILON * Math.exp(ma - lb);
    const wa = Math.exp(ell(a)), wb = Math.exp(ell(b));
    const half = (wb - wa) / 2;
    const hd = half * P + wb * rP;
    const hn = half * E + wb * rE;
    if (!Number.isFinite(hd) || !Number.isFinite(hn)) return undefined;
    // a piece is accepted within 1e-10 of its own content, or within its share (by width) of 1e-10·e^{lb}
    const share = budget * (b - a + 1);
    const mw = (wa + wb) / 2;
    if (hd <= 1e-10 * mw * P + share && hn <= 1e-10 * mw * E + share * Math.max(1, nSum / Math.max(dSum, 1e-300))) {
      dSum += mw * P; dErr += hd; nSum += mw * E; nErr += hn;
      continue;
    }
    const m = Math.floor(a + (b - a) / 2);
    stack.push([a, m], [m + 1, b]);
  }
  const mid = (1 + p) / 2;
  const half = (1 - p) / 2;
  // far part relative to e^{lb}
  const S = Math.exp(logS - lb);
  const PM = Math.exp(logPm - lb);
  const D = dSum + S * mid;
  const logDen = lb + Math.log(D);
  if (!Number.isFinite(logDen) || !(D > 0)) return undefined;
  const denErr = (dErr + S * (half + 1e-13)) / D + 1e-15 * (exactTerms + pieces) + 1e-14;
  const ey = (nSum + PM * mid) / D;
  const numErr = (nErr + PM * (half + 1e-13)) / D + 1e-15 * (exactTerms + pieces) * ey;
  if (!Number.isFinite(ey) || !Number.isFinite(numErr)) return undefined;
  return {
    den: { log: logDen, relError: denErr, converged: true },
    mean: loc + scale * ey,
    meanError: scale * (numErr + ey * denErr),
    evaluations: exactTerms + 4 * pieces,
  };
}
