/**
 * Expectations under a density given by its log, by quadrature: E[f(X)], log E[e^{λX}] and the tilted
 * mean E[X e^{λX}]/E[e^{λX}] = Λ'(λ) (numerics.md §4.3 lists the closed forms these cross-check).
 * The density's peak is located first (locateLogPeak) and used as a breakpoint, so that a narrow body far
 * from 0 is not missed; products f·e^{logPdf} are formed as e^{logPdf + log|f|}, so neither factor overflows alone.
 */
import { integrate, locateLogPeak, logIntegrate, type QuadratureOptions, type QuadratureResult } from './quadrature.ts';

/** A law given by its log-density on [lower, upper] (ends may be infinite). */
export interface LogDensity {
  logPdf: (x: number) => number;
  lower: number;
  upper: number;
}

/** f(x)·e^{lp} without forming either factor alone; 0 where the density is 0. */
export function weighted(fx: number, lp: number): number {
  if (lp === -Infinity || fx === 0) return 0;
  if (Number.isNaN(fx) || Number.isNaN(lp)) return NaN;
  return fx > 0 ? Math.exp(lp + Math.log(fx)) : -Math.exp(lp + Math.log(-fx));
}

/**
 * ∫ f(x)·e^{logPdf(x)} dx over [lower, upper] (E[f(X)] for a normalised density), adaptive Gauss–Kronrod.
 * @example expectationByQuadrature({ logPdf: (x) => -x, lower: 0, upper: Infinity }, (x) => x * x).value // 2
 */
export function expectationByQuadrature(d: LogDensity, f: (x: number) => number, opts?: QuadratureOptions): QuadratureResult {
  const peak = locateLogPeak(d.logPdf, d.lower, d.upper);
  const breakpoints = [...(opts?.breakpoints ?? []), ...peak.breakpoints];
  const r = integrate((x) => weighted(f(x), d.logPdf(x)), d.lower, d.upper, { ...opts, breakpoints });
  return { ...r, evaluations: r.evaluations + peak.evaluations };
}

/** The log-integrand of the MGF, logPdf(x) + λx, with −∞ kept where the density vanishes. */
function tiltedLog(logPdf: (x: number) => number, lambda: number): (x: number) => number {
  return (x) => {
    const lp = logPdf(x);
    return lp === -Infinity ? -Infinity : lp + lambda * x;
  };
}

/**
 * Whether e^{logPdf(x) + λx} fails to decay toward the end that λ pushes toward: the log-integrand is
 * compared at (1e100, 1e200) and (1e150, 1e300) (sign-adjusted); non-decrease at either pair with finite
 * values means the MGF diverges (heavy tail, or λ at or beyond an exponential rate). A heuristic: it
 * assumes the body lies below 1e100 and that logPdf is finite out to 1e300 (log-space densities are).
 */
function growsAtInfinity(g: (x: number) => number, lower: number, upper: number, lambda: number): boolean {
  const side = lambda > 0 && upper === Infinity ? 1 : lambda < 0 && lower === -Infinity ? -1 : 0;
  if (side === 0) return false;
  for (const [x1, x2] of [[1e100, 1e200], [1e150, 1e300]]) {
    const g1 = g(side * x1);
    const g2 = g(side * x2);
    if (Number.isFinite(g1) && g2 > -Infinity && g2 >= g1) return true;
  }
  return false;
}

/**
 * log E[e^{λX}] = log ∫ e^{logPdf(x) + λx} dx, in log space (logIntegrate). Infinity when the integral
 * diverges (the log-integrand does not decay toward the end λ points to); NaN when quadrature fails otherwise.
 * @example logMgfByQuadrature((x) => -0.5 * x * x - 0.9189385332046727, -Infinity, Infinity, 2) // 2 (= λ²/2)
 */
export function logMgfByQuadrature(logPdf: (x: number) => number, lower: number, upper: number, lambda: number): number {
  if (Number.isNaN(lambda) || Number.isNaN(lower) || Number.isNaN(upper)) return NaN;
  const g = tiltedLog(logPdf, lambda);
  if (growsAtInfinity(g, lower, upper, lambda)) return Infinity;
  const r = logIntegrate(g, lower, upper);
  if (r.log === Infinity) return Infinity;
  return r.converged ? r.log : NaN;
}

/**
 * Tilted mean E[X e^{λX}]/E[e^{λX}] = Λ'(λ), both integrals scaled by the same e^{−M} (M = max of
 * logPdf + λx). Infinity (or −Infinity for λ < 0) when the MGF diverges; NaN when quadrature fails.
 */
export function tiltedMeanByQuadrature(logPdf: (x: number) => number, lower: number, upper: number, lambda: number): number {
  if (Number.isNaN(lambda) || Number.isNaN(lower) || Number.isNaN(upper)) return NaN;
  const g = tiltedLog(logPdf, lambda);
  if (growsAtInfinity(g, lower, upper, lambda)) return lambda > 0 ? Infinity : -Infinity;
  const peak = locateLogPeak(g, lower, upper);
  if (!Number.isFinite(peak.max)) return NaN;
  const opts = { breakpoints: peak.breakpoints };
  const den = integrate((x) => Math.exp(g(x) - peak.max), lower, upper, opts);
  // E|X|-scaled absolute tolerance, so a mean of 0 (a sign-changing numerator) can still converge.
  const abs = integrate((x) => weighted(Math.abs(x), g(x) - peak.max), lower, upper, opts);
  const num = integrate((x) => weighted(x, g(x) - peak.max), lower, upper, { ...opts, absTol: 1e-12 * abs.value });
  if (!den.converged || !abs.converged || !num.converged || !(den.value > 0)) return NaN;
  return num.value / den.value;
}
