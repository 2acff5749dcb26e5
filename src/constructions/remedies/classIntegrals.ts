/**
 * The one-dimensional integrals of the remedies over the law of V, per shift class (shiftClasses.ts), for a
 * threshold t on U (atomless U):
 *   Q(U > t) = Σ_c w_c ∫ F̄_{N_c}(t − g_c(v)) dF_c(v),
 *   E[(V − μ)·1{U > t}] = Σ_c w_c [∫ (v − μ)·Δ_c(v) dF_c(v) + (μ_c − μ)·φ_c(μ)],
 * with φ_c(v) = F̄_{N_c}(t − g_c(v)) and Δ_c(v) = φ_c(v) − φ_c(μ) = ±P(interval of N_c), formed without
 * cancellation (finitePair.logIntervalProb): for g_c monotone the integrand (v − μ)Δ_c(v) has one sign, so a
 * gain far below the rounding of φ itself (a heavy X whose threshold dwarfs V) keeps its relative accuracy.
 * Continuous V (one family per class: mixtures are split, shiftClasses.mixtureParts) is integrated against its
 * density by adaptive Gauss–Kronrod with breakpoints at its quantiles, g's kinks and the preimages of
 * t − median(N) (where φ steps when N is narrow); a piece ending at a finite end of the support is mapped by
 * v = end ± d·y⁴ (dv = 4d·y³dy), which makes an end singularity of the density up to (v − end)^{−3/4}
 * (Weibull k ≥ ¼, gamma, beta) smooth. Finite-valued classes are exact sums.
 */
import { logSumExp } from '../../numerics/logspace.ts';
import { integrate, type QuadratureResult } from '../../numerics/quadrature.ts';
import { EXACT_INTERVALS, logIntervalProb, SCREEN_INTERVALS, type IntervalTolerance } from './finitePair.ts';
import { monotoneShift, vBreakpoints, type ShiftClass } from './shiftClasses.ts';
import { twoProduct, twoSum } from '../../numerics/errorFree.ts';

export interface Value { readonly value: number; readonly error: number; readonly converged: boolean; readonly reason?: string }
export interface LogValue { readonly log: number; readonly relError: number; readonly converged: boolean; readonly reason?: string }

/** Per-class constants computed once per case: breakpoints in v and the quartiles of the noise. */
export interface ClassGeometry { readonly breaks: number[]; readonly noiseQuartiles: number[] }
export const geometryOf = (classes: readonly ShiftClass[]): ClassGeometry[] =>
  classes.map((c) => ({ breaks: c.atoms ? [] : vBreakpoints(c), noiseQuartiles: c.atoms ? [] : [0.5].map((p) => c.noise.quantile(p)).filter(Number.isFinite) }));

function breaksAt(c: ShiftClass, geo: ClassGeometry, t: number): number[] {
  const extra = geo.noiseQuartiles.flatMap((m) => c.shift.preimage(t - m));
  return [...new Set([...geo.breaks, ...extra].filter((x) => Number.isFinite(x) && x > c.v.support.lower && x < c.v.support.upper))].sort((a, b) => a - b);
}

/**
 * ∫ f(v) dv over the support of V (f includes the density; f is never called outside the open support), with
 * the end pieces mapped by y⁴ where the end is finite (see the file comment).
 */
export function integrateOverV(c: ShiftClass, f: (v: number) => number, breaks: readonly number[], relTol: number, maxEvaluations = 30_000): QuadratureResult {
  const lo = c.v.support.lower, hi = c.v.support.upper;
  const pts = breaks.length > 0 ? breaks : [Number.isFinite(lo) && Number.isFinite(hi) ? 0.5 * (lo + hi) : c.v.quantile(0.5)];
  // the ends have measure zero: an end where the density is infinite, reached by the rounding of a node
  // (lo + d·y⁴ = lo, or an affine map's loc + scale·x rounding x onto the base's end), contributes nothing (the
  // mapped integrand is bounded there)
  const g = (v: number): number => {
    if (!(v > lo && v < hi)) return 0;
    const y = f(v);
    return !Number.isFinite(y) && c.v.logPdf(v) === Infinity ? 0 : y;
  };
  const opts = { relTol, maxEvaluations };
  const parts: QuadratureResult[] = [];
  const first = pts[0], last = pts[pts.length - 1];
  if (Number.isFinite(lo)) { const d = first - lo; parts.push(integrate((y) => (y > 0 ? g(lo + d * y ** 4) * 4 * d * y ** 3 : 0), 0, 1, opts)); }
  else parts.push(integrate(g, -Infinity, first, opts));
  if (last > first) parts.push(integrate(g, first, last, { ...opts, breakpoints: pts.slice(1, -1) }));
  if (Number.isFinite(hi)) { const d = hi - last; parts.push(integrate((y) => (y > 0 ? g(hi - d * y ** 4) * 4 * d * y ** 3 : 0), 0, 1, opts)); }
  else parts.push(integrate(g, last, Infinity, opts));
  const bad = parts.find((r) => !r.converged);
  return {
    value: parts.reduce((s, r) => s + r.value, 0),
    error: parts.reduce((s, r) => s + r.error, 0),
    converged: bad === undefined,
    evaluations: parts.reduce((s, r) => s + r.evaluations, 0),
    ...(bad?.reason ? { reason: bad.reason } : {}),
  };
}

/**
 * log Q(U > t) (or, `lower`, log Q(U ≤ t)) with its relative error; `relTol` of the quadratures (looser while
 * searching for u).
 */
export function logSfU(classes: readonly ShiftClass[], geo: readonly ClassGeometry[], t: number, relTol = 1e-10, lower = false): LogValue {
  const tail = (c: ShiftClass, x: number): number => (lower ? c.noise.logCdf(x) : c.noise.logSf(x));
  const logs: number[] = [];
  let err = 0;
  for (const [i, c] of classes.entries()) {
    if (c.atoms) {
      const l = Math.log(c.w) + logSumExp(c.atoms.map((a) => Math.log(a.p) + tail(c, t - c.shift.g(a.v))));
      logs.push(l);
      err += 1e-14 * Math.exp(l);
      continue;
    }
    const r = integrateOverV(c, (v) => Math.exp(c.v.logPdf(v) + tail(c, t - c.shift.g(v))), breaksAt(c, geo[i], t), relTol);
    // a quadrature stopped by its budget still carries its error estimate, which the callers weigh
    if (!(Number.isFinite(r.value) && Number.isFinite(r.error)) || !(r.converged || r.error <= 1e-4 * Math.abs(r.value))) return { log: NaN, relError: NaN, converged: false, reason: `P(U > ${t}) not resolved: ${r.reason ?? 'quadrature'}` };
    logs.push(Math.log(c.w) + Math.log(r.value));
    err += c.w * r.error;
  }
  const log = logSumExp(logs);
  const total = Math.exp(log);
  return { log, relError: total > 0 ? err / total + 1e-14 : 0, converged: !Number.isNaN(log) };
}

/** Σ wᵢxᵢ − m to about 1e-32 relative (compensated dot product, Ogita–Rump–Oishi Dot2). */
export function meanResidual(w: readonly number[], x: readonly number[], m: number): number {
  let s = -m, c = 0;
  for (let i = 0; i < w.length; i++) {
    const [p, pe] = twoProduct(w[i], x[i]);
    const [t, te] = twoSum(s, p);
    s = t;
    c += pe + te;
  }
  return s + c;
}

const meanOf = (c: ShiftClass): number => (c.atoms ? c.atoms.reduce((s, a) => s + a.p * a.v, 0) : c.v.mean());

/** Δ(v) = φ(v) − φ(ref) as sign·e^{log}, with its relative error. */
function logDelta(c: ShiftClass, t: number, v: number, gRef: number, tol: IntervalTolerance): { sign: number; log: number; rel: number } {
  const gv = c.shift.g(v);
  if (gv === gRef) return { sign: 0, log: -Infinity, rel: 0 };
  // φ(v) − φ(ref) = P(t − gv < N ≤ t − gRef) for gv > gRef, minus the mirrored interval otherwise
  const ip = gv > gRef ? logIntervalProb(c.noise, t - gv, gv - gRef, t - gRef, tol) : logIntervalProb(c.noise, t - gRef, gRef - gv, t - gv, tol);
  return { sign: gv > gRef ? 1 : -1, log: ip.log, rel: ip.relError };
}

/**
 * How hard centredPartialV works: the relative tolerance of its quadratures, the errors accepted from the
 * interval probabilities, and whether a large interval error is refined by one more quadrature. The result's
 * error is the estimate at that precision either way; SCREEN resolves a few digits at a fraction of the cost,
 * enough to certify a sign whose margin is many times its error (callers fall back to FULL otherwise).
 */
export interface PartialVPrecision { readonly relTol: number; readonly intervals: IntervalTolerance; readonly refine: boolean }
export const FULL_PRECISION: PartialVPrecision = { relTol: 1e-9, intervals: EXACT_INTERVALS, refine: true };
export const SCREEN_PRECISION: PartialVPrecision = { relTol: 1e-5, intervals: SCREEN_INTERVALS, refine: false };

/**
 * E[(V − μ)·1{U > t}]·e^{−logScale} (scaled so that the quadrature sees values of order one), with its
 * absolute error. logScale must be log Q(U > t) (both callers: the quantilizer and the saturating limit), so the
 * result is E[V | U > t] − E[V].
 */
export function centredPartialV(classes: readonly ShiftClass[], geo: readonly ClassGeometry[], t: number, mu: number, logScale: number, precision: PartialVPrecision = FULL_PRECISION): Value {
  let value = 0, error = 0;
  // the centring constant μ = fl(Σ w_c μ̂_c) is not the mean Σ w_c μ̂_c / Σ w_c of the class means: the terms
  // below then add (Σ w_c μ̂_c / S − μ)·Q, S = Σ w_c, to E[(V − mean)·1{U > t}] — unattenuated, about one ulp of μ.
  // R = Σ w_c μ̂_c − μ·S is formed without rounding (error-free products and sums) and R/S taken off. One
  // class: μ = μ̂, w = 1, R = 0.
  if (classes.length > 1) {
    const w = classes.map((c) => c.w), S = w.reduce((a, b) => a + b, 0);
    const R = meanResidual([...w, ...w], [...classes.map(meanOf), ...w.map(() => -mu)], 0);
    value -= R / S; // (·Q, in units of e^{logScale} = Q)
    error += 1e-30 * classes.reduce((s, c) => s + c.w * Math.abs(meanOf(c)), 0) + 1e-16 * Math.abs(R);
  }
  for (const [i, c] of classes.entries()) {
    const gRef = c.shift.g(mu);
    const muC = meanOf(c);
    // (μ_c − μ)·φ_c(μ): zero for a single class; its rounding is one ulp of the difference
    const phiRef = Math.exp(c.noise.logSf(t - gRef) - logScale);
    value += c.w * (muC - mu) * phiRef;
    error += 4e-16 * c.w * Math.abs(muC - mu) * phiRef;
    // the error δ_c of the closed-form mean μ̂_c (taken as 8 ulps) moves the result by w_c·δ_c·(1 − φ_c(μ)/Q):
    // E_c[(V − μ)Δ_c(V)] subtracts φ_c(μ)·(μ*_c − μ), so only the variation of φ against its level counts
    error += 8e-16 * c.w * Math.abs(muC) * Math.abs(Math.expm1(c.noise.logSf(t - gRef) - logScale));
    if (c.atoms) {
      for (const a of c.atoms) {
        const d = logDelta(c, t, a.v, gRef, precision.intervals);
        const term = c.w * a.p * (a.v - mu) * d.sign * Math.exp(d.log - logScale);
        value += term;
        error += Math.abs(term) * (d.rel + 4e-16);
      }
      continue;
    }
    let worst = 0;
    const terms = (v: number): [number, number] => {
      const d = logDelta(c, t, v, gRef, precision.intervals);
      if (d.sign === 0) return [0, 0];
      const y = (v - mu) * d.sign * Math.exp(d.log + c.v.logPdf(v) - logScale);
      return [y, Math.abs(y) * d.rel];
    };
    const f = (v: number): number => {
      const [y, e] = terms(v);
      if (e > worst * Math.abs(y)) worst = e / Math.abs(y);
      return y;
    };
    const breaks = breaksAt(c, geo[i], t).concat(mu > c.v.support.lower && mu < c.v.support.upper ? [mu] : []).sort((a, b) => a - b);
    const r = integrateOverV(c, f, breaks, precision.relTol);
    if (!(Number.isFinite(r.value) && Number.isFinite(r.error))) return { value: NaN, error: NaN, converged: false, reason: `E[(V − μ)1{U > t}] not resolved: ${r.reason ?? 'quadrature'}` };
    // the interval probabilities' own relative errors: bounded by the largest one times ∫|f| (= |∫f| when g is
    // monotone: one sign), or — where that bound is not small against the value — integrated: ∫|f|·rel
    const absInt = monotoneShift(c) ? Math.abs(r.value) : integrateOverV(c, (v) => Math.abs(f(v)), breaks, Math.max(1e-6, precision.relTol)).value;
    let intervalError = absInt * (worst + 1e-15);
    if (precision.refine && intervalError > 1e-3 * Math.abs(r.value)) {
      const e = integrateOverV(c, (v) => terms(v)[1], breaks, 1e-3);
      intervalError = Math.min(intervalError, 2 * (e.value + e.error) + absInt * 1e-15);
    }
    value += c.w * r.value;
    error += c.w * (r.error + intervalError);
  }
  return { value, error, converged: true };
}
