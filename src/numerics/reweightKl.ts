/**
 * KL(P ‖ Q) and E_P[X] for a reweighting dP = (r/Z) dQ given by log r = logRatio(x), by quadrature: the
 * "second way" that claims use to recompute a closed-form KL and mean (claims.md §4: two methods).
 *
 * With Q normalised, Z = E_Q[r] and D = Z − 1 = E_Q[r − 1], write φ(r) = r log r − r + 1 ≥ 0 and
 *   KL = E_Q[r log r]/Z − log Z = (Φ + D)/Z − log1p(D),   Φ = E_Q[φ(r)],
 *   E_P[X] = E_Q[X r]/Z.
 * Φ has a non-negative integrand (no cancellation at r ≈ 1) and ∂KL/∂D = −KL/Z to first order, so the
 * error of Z barely reaches KL: klError ≈ Φerr/Z + KL·Derr. The tail reweighting of T1 jumps at t: pass t in
 * `breakpoints`. By default each integral runs Gauss–Kronrod and tanh-sinh (integrateBoth).
 */
import { integrate, integrateBoth, locateLogPeak, type QuadratureOptions } from './quadrature.ts';
import { weighted, type LogDensity } from './expectation.ts';

export interface ReweightKlOptions extends QuadratureOptions {
  /** 'both' (default): Gauss–Kronrod and tanh-sinh must agree; 'gk': Gauss–Kronrod only */
  method?: 'both' | 'gk';
  /** compute E_P[X] (default true) */
  mean?: boolean;
}

export interface ReweightKlResult {
  kl: number;
  klError: number;
  /** Z = E_Q[r] (1 for a normalised reweighting) */
  mass: number;
  massError: number;
  /** E_P[X], present when its quadrature converged */
  mean?: number;
  meanError?: number;
  /** converged refers to kl and mass; the mean reports through meanReason */
  converged: boolean;
  reason?: string;
  meanReason?: string;
}

/** φ(e^s) = s·e^s − e^s + 1 = Σ_{k≥2} (k − 1)s^k/k!, by series for |s| < 1. */
function phiOfExp(s: number): number {
  let term = s; // s^k/k! at k = 1
  let sum = 0;
  for (let k = 2; k < 40; k++) {
    term *= s / k;
    const t = (k - 1) * term;
    sum += t;
    if (Math.abs(t) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/** f·(r − 1) with f = e^{lf}, r = e^{s}. */
function massTerm(lf: number, s: number): number {
  if (lf === -Infinity) return 0;
  if (Math.abs(s) < 1) return Math.exp(lf) * Math.expm1(s);
  return Math.exp(lf + s) - Math.exp(lf);
}

/** f·φ(r) with f = e^{lf}, r = e^{s}; φ(0) = 1. */
function phiTerm(lf: number, s: number): number {
  if (lf === -Infinity) return 0;
  if (s === -Infinity) return Math.exp(lf);
  if (Math.abs(s) < 1) return Math.exp(lf) * phiOfExp(s);
  return weighted(s - 1, lf + s) + Math.exp(lf);
}

/**
 * @example reweightKl({ logPdf: (x) => -x, lower: 0, upper: Infinity }, (x) => Math.log(2) - x).kl
 *   // 0.1931471805599453 (= ln 2 − ½: KL(Exp(2) ‖ Exp(1)))
 */
export function reweightKl(q: LogDensity, logRatio: (x: number) => number, opts?: ReweightKlOptions): ReweightKlResult {
  const relTol = opts?.relTol ?? 1e-12;
  const logP = (x: number): number => {
    const lf = q.logPdf(x);
    return lf === -Infinity ? -Infinity : lf + logRatio(x);
  };
  const peaks = [locateLogPeak(q.logPdf, q.lower, q.upper), locateLogPeak(logP, q.lower, q.upper)];
  const breakpoints = [...(opts?.breakpoints ?? []), ...peaks.flatMap((p) => p.breakpoints)];
  const run = (f: (x: number) => number, absTol: number): { value: number; error: number; converged: boolean; reason?: string } => {
    const o = { ...opts, relTol, absTol, breakpoints };
    if (opts?.method === 'gk') return integrate(f, q.lower, q.upper, o);
    const r = integrateBoth(f, q.lower, q.upper, o);
    const reason = r.converged ? undefined : r.agree ? (r.gk.reason ?? r.ts.reason) : `Gauss–Kronrod ${r.gk.value} and tanh-sinh ${r.ts.value} disagree`;
    return { value: r.value, error: r.error, converged: r.converged, reason };
  };
  const d = run((x) => massTerm(q.logPdf(x), logRatio(x)), relTol);
  const phi = run((x) => phiTerm(q.logPdf(x), logRatio(x)), 0);
  const mass = 1 + d.value;
  const kl = (phi.value + d.value) / mass - Math.log1p(d.value);
  const klError = phi.error / mass + Math.abs(kl) * d.error + 4 * Number.EPSILON * Math.abs(kl);
  const converged = d.converged && phi.converged && Number.isFinite(kl);
  const out: ReweightKlResult = { kl, klError, mass, massError: d.error, converged };
  if (!converged) out.reason = d.reason ?? phi.reason ?? `KL is ${kl}`;
  if (opts?.mean === false) return out;
  const abs = run((x) => weighted(Math.abs(x), logP(x)), 0);
  const num = run((x) => weighted(x, logP(x)), relTol * Math.abs(abs.value));
  const mean = num.value / mass;
  if (num.converged && abs.converged && Number.isFinite(mean)) {
    out.mean = mean;
    out.meanError = num.error / mass + Math.abs(mean) * d.error;
  } else out.meanReason = num.reason ?? abs.reason ?? `E_P[X] is ${mean}`;
  return out;
}
