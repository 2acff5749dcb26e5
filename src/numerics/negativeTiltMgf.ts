/**
 * log E[e^{λX}] for λ < 0 and X > 0 written through a standardized variable W with a unit-width density
 * on ℝ: X = e^{ℓ(W)}. In w the body has unit width whatever the scale of X, so quadrature sees it (in x a
 * narrow mass far from 1 was missed: Weibull(k = 50, λ = 1e-50) gave −∞, Fréchet(50, s = 1e-50) gave
 * −1.02 where mpmath gives −1.0e-50). λX = −e^{z}, z = log(−λ) + ℓ(w), is formed in logs, so neither λ nor
 * X overflows. First the deficit 1 − E[e^{λX}] = E[−expm1(λX)] (a positive integrand), so
 * log E = log1p(−D) keeps relative accuracy when λX is small (before: ~1e-16 absolute at λ = −1e-300);
 * where D is large (nothing left to cancel) E[e^{λX}] is integrated directly (lognormalLogMgf's approach, now
 * shared). Cost: locateLogPeak samples both half-lines of w, ~2700 evaluations against ~1400 in x.
 */
import { logIntegrate, type LogIntegral } from './quadrature/logIntegrate.ts';
import { locateLogPeak } from './quadrature/logPeak.ts';

/** X > 0 as e^{ℓ(W)}, W with log-density logDensity on (−∞, ∞), its body within a few units of 0. */
export interface StandardizedPositive {
  logDensity: (w: number) => number;
  /** ℓ(w) = log X at W = w */
  logX: (w: number) => number;
}

/** log-density of W = log Y, Y ~ Exp(1): w − e^w (−∞ where e^w overflows). */
export function logExponentialLogDensity(w: number): number {
  return w - Math.exp(w);
}

/** Standard logistic log-density −|w| − 2·log1p(e^{−|w|}). */
export function logisticLogDensity(w: number): number {
  const a = Math.abs(w);
  return -a - 2 * Math.log1p(Math.exp(-a));
}

/** log(−expm1(−e^z)) = log(1 − e^{−e^z}); z itself where e^z < 1e-300 (relative error below e^z/2). */
export function logOneMinusExpNegExp(z: number): number {
  return z < -690 ? z : Math.log(-Math.expm1(-Math.exp(z)));
}

/** log ¾ and log 0.6: the largest deficit D and the largest direct M = 1 − D trusted (see logMgfNegativeTilt). */
const LOG_DEFICIT_MAX = Math.log(0.75);
const LOG_DIRECT_MAX = Math.log(0.6);

/** log(e^{λX}·f_W(w)) = log f_W(w) − e^{log(−λ) + ℓ(w)} for λ < 0 (−∞ where f_W is 0, whatever ℓ(w) is there). */
function tiltedLogDensity(logMinusLambda: number, law: StandardizedPositive): (w: number) => number {
  return (w) => {
    const lp = law.logDensity(w);
    return lp === -Infinity ? -Infinity : lp - Math.exp(logMinusLambda + law.logX(w));
  };
}

/** A log-integral is usable when converged, or when its error in log is below 1e-13 of |log| (a log-integrand of size 1e7 carries rounding noise ~1e-9 that no relative tolerance of 1e-12 can beat). */
function usable(r: LogIntegral): boolean {
  return Number.isFinite(r.log) && (r.converged || r.relError <= 1e-13 * Math.abs(r.log));
}

/**
 * log E[e^{λX}] for λ < 0 (−∞ at λ = −∞, since X > 0 surely); NaN for λ ≥ 0 or NaN, and when quadrature
 * fails. D = E[−expm1(λX)] is trusted for D ≤ ¾ (log1p(−D)), M = E[e^{λX}] = 1 − D for M ≤ 0.6 (log M): a
 * relative error ε of either integral then costs at most 2.2ε in log M (D/((1 − D)·|log(1 − D)|) and 1/|log M|),
 * and the ranges overlap, so whichever is tried first (D where z < 0 at the body w = 0, else M) decides alone
 * unless it falls outside its range, where the other does.
 * Where the peak of log(e^{λX}f) is narrower than the doubles near it (|log M| ~ 1e49: its width in w is
 * ~1e-25), its value is log M to relative accuracy O(log|max| / |max|) (Laplace), and is returned past 1e15.
 */
export function logMgfNegativeTilt(lambda: number, law: StandardizedPositive): number {
  if (!(lambda < 0)) return NaN;
  if (lambda === -Infinity) return -Infinity;
  const logMinusLambda = Math.log(-lambda);
  const z = (w: number): number => logMinusLambda + law.logX(w);
  const deficitLog = (w: number): number => {
    const lp = law.logDensity(w);
    return lp === -Infinity ? -Infinity : lp + logOneMinusExpNegExp(z(w));
  };
  const directLog = tiltedLogDensity(logMinusLambda, law);
  let direct: LogIntegral | undefined;
  const directIntegral = (): LogIntegral => (direct ??= logIntegrate(directLog, -Infinity, Infinity));
  const fromDeficit = (): number | undefined => {
    const d = logIntegrate(deficitLog, -Infinity, Infinity);
    return d.converged && d.log <= LOG_DEFICIT_MAX ? Math.log1p(-Math.exp(d.log)) : undefined;
  };
  const fromDirect = (): number | undefined => {
    const m = directIntegral();
    return usable(m) && m.log <= LOG_DIRECT_MAX ? m.log : undefined;
  };
  const order = z(0) < 0 ? [fromDeficit, fromDirect] : [fromDirect, fromDeficit];
  for (const attempt of order) {
    const v = attempt();
    if (v !== undefined) return v;
  }
  // quadrature failed in both forms, or the peak is too narrow for quadrature
  const m = directIntegral();
  if (usable(m)) return m.log;
  const peak = locateLogPeak(directLog, -Infinity, Infinity);
  return Math.abs(peak.max) > 1e15 ? peak.max : NaN;
}

/**
 * Λ′(λ) = E[X e^{λX}]/E[e^{λX}] for λ < 0, both integrals in w (positive integrands, so each is ~1e-12
 * relative and so is the ratio): log numerator ℓ(w) − e^{z(w)} + log f_W(w), log denominator that of
 * logMgfNegativeTilt's direct form. 0 at λ = −∞ (the tilt concentrates at inf X = 0); NaN for λ ≥ 0 or NaN,
 * and when either quadrature fails (a peak narrower than quadrature resolves included: no value is guessed).
 * Each integral need only be usable (as for the log MGF): Fréchet(2, 1) at λ = −1e10 has log-integrands ~ −8.8e6
 * whose rounding noise keeps quadrature from "converging", yet the ratio is within 7.2e-10 of mpmath (was NaN).
 * So the accuracy is ~1e-12 where both converge and only ~1e-13·|log M| relative where they are merely usable;
 * callers that need a margin (constructions/tiltMeanEstimate.ts) check it against a second quadrature in x.
 */
export function tiltedMeanNegativeTilt(lambda: number, law: StandardizedPositive): number {
  if (!(lambda < 0)) return NaN;
  if (lambda === -Infinity) return 0;
  const logWeight = tiltedLogDensity(Math.log(-lambda), law);
  const den = logIntegrate(logWeight, -Infinity, Infinity);
  const num = logIntegrate((w) => {
    const lw = logWeight(w);
    return lw === -Infinity ? -Infinity : lw + law.logX(w);
  }, -Infinity, Infinity);
  return usable(den) && usable(num) ? Math.exp(num.log - den.log) : NaN;
}
