/**
 * The positive families written as X = shift + e^{ℓ(W)} with W of a fixed unit-width law on ℝ
 * (numerics/negativeTiltMgf.ts): the form in which their MGF and tilted mean for λ < 0 are integrated
 * (in x a narrow body far from 1 is missed). W ~ log Exp(1) for Weibull (X = λ·e^{w/k}), Lomax
 * (X = scale·expm1(e^w/α)) and Fréchet (X − m = s·e^{−w/α}); W standard logistic for log-logistic
 * (X = α·e^{w/β}); W ~ N(0, 1) for lognormal (X = e^{μ + σw}).
 */
import { logPhiDensity } from '../numerics/special/normalTail.ts';
import { logExponentialLogDensity, logisticLogDensity, type StandardizedPositive } from '../numerics/negativeTiltMgf.ts';
import type { DistributionSpec } from './types.ts';

/** log expm1(v) for v = e^{lv} > 0: lv + v/2 (error < v²/24) for lv < −20, else v + log(−expm1(−v)). */
function logExpm1OfExp(lv: number): number {
  if (lv < -20) return lv + 0.5 * Math.exp(lv);
  const v = Math.exp(lv);
  return v + Math.log(-Math.expm1(-v));
}

export const weibullStandardized = (k: number, lambda: number): StandardizedPositive => {
  const logLambda = Math.log(lambda);
  return { logDensity: logExponentialLogDensity, logX: (w) => logLambda + w / k };
};

export const lomaxStandardized = (alpha: number, scale: number): StandardizedPositive => {
  const logScale = Math.log(scale);
  const logAlpha = Math.log(alpha);
  return { logDensity: logExponentialLogDensity, logX: (w) => logScale + logExpm1OfExp(w - logAlpha) };
};

/** Fréchet's X − m (the shift m is added by the caller). */
export const frechetStandardized = (alpha: number, s: number): StandardizedPositive => {
  const logS = Math.log(s);
  return { logDensity: logExponentialLogDensity, logX: (w) => logS - w / alpha };
};

export const logLogisticStandardized = (alpha: number, beta: number): StandardizedPositive => {
  const logAlpha = Math.log(alpha);
  return { logDensity: logisticLogDensity, logX: (w) => logAlpha + w / beta };
};

export const lognormalStandardized = (mu: number, sigma: number): StandardizedPositive => ({
  logDensity: logPhiDensity,
  logX: (w) => mu + sigma * w,
});

/** The standardized form of a built spec of these five families, with its shift (m for Fréchet, else 0). */
export function standardizedPositive(spec: DistributionSpec): { law: StandardizedPositive; shift: number } | undefined {
  switch (spec.family) {
    case 'weibull': return { law: weibullStandardized(spec.k, spec.lambda), shift: 0 };
    case 'lomax': return { law: lomaxStandardized(spec.alpha, spec.scale), shift: 0 };
    case 'frechet': return { law: frechetStandardized(spec.alpha, spec.s ?? 1), shift: spec.m ?? 0 };
    case 'logLogistic': return { law: logLogisticStandardized(spec.alpha, spec.beta), shift: 0 };
    case 'lognormal': return { law: lognormalStandardized(spec.mu, spec.sigma), shift: 0 };
    default: return undefined;
  }
}
