/**
 * The exponential tilt Q_θ of a law Q with no same-family closed form (Laplace, uniform, logistic, Gumbel,
 * Weibull, beta, heavy laws tilted by θ < 0, …), dQ_θ/dQ = e^{θx − Λ(θ)}, Λ(θ) = log E_Q[e^{θX}] < ∞:
 *   log density (or pmf) = log f(x) + θx − Λ(θ);   log M_θ(λ) = Λ(θ + λ) − Λ(θ);   mean Λ′(θ) (tiltMean.ts);
 *   log P_θ(X > t) = log E_Q[e^{θX}·1{X > t}] − Λ(θ), and the partial mean likewise, as log-space
 *   expectations over Q (pairs/logExpectation.ts: atoms summed exactly, integer series, log-space quadrature);
 *   quantiles by bisection on doubles (mixture.ts `quantileByBisection`).
 * Its spec is `{ family: 'tilt', base, theta }` (TiltSpec), which `build` does not know: rebuilding it
 * throws instead of silently returning the base.
 */
import { defineDistribution } from '../distributions/base.ts';
import { quantileByBisection } from '../distributions/mixture.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { logAddExp, scaleSignedLog, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { prepareLaw, type LogExpectationOptions, type LogIntegrand } from '../pairs/logExpectation.ts';
import { signedExpectation } from '../pairs/signedExpectation.ts';
import { tiltedMean } from './tiltMean.ts';
import { tiltedTails } from './tiltTails.ts';

/** The plain-data description of a tilt (not part of the DistributionSpec union; see the file comment). */
export interface TiltSpec { readonly family: 'tilt'; readonly base: DistributionSpec; readonly theta: number }

type LogExpectation = (ell: LogIntegrand, o?: LogExpectationOptions) => number;

/**
 * log E_Q[e^{ℓ(X)}·1{lower < X < upper}]: for laws with a density, log-space quadrature of log f + ℓ over the
 * open support (an infinite density at an end point, e.g. beta α < 1, has measure zero); otherwise the spec's own
 * sums (pairs/logExpectation.ts: atoms summed exactly, integer series, mixtures and affine maps taken apart).
 */
function logExpectationOf(q: Distribution): LogExpectation {
  if (q.support.kind === 'continuous') {
    const { lower, upper } = q.support;
    return (ell, o = {}) => {
      const lo = Math.max(o.lower ?? -Infinity, lower);
      const hi = Math.min(o.upper ?? Infinity, upper);
      if (!(lo < hi)) return -Infinity;
      const f = (x: number): number => {
        if (!(x > lower && x < upper)) return -Infinity;
        const lp = q.logPdf(x);
        return lp === -Infinity ? -Infinity : lp + ell(x);
      };
      const r = logIntegrate(f, lo, hi, { relTol: 1e-10 });
      return Number.isFinite(r.relError) ? r.log : NaN;
    };
  }
  try {
    const law = prepareLaw(q.spec);
    return (ell, o = {}) => law.logExpectation(ell, o).log;
  } catch {
    return () => NaN;
  }
}

/** Q_θ for Q with Λ(θ) = logLambda finite (the caller checks it). */
export function genericTilt(q: Distribution, theta: number, logLambda: number): Distribution {
  const logExp = logExpectationOf(q);
  const lam = logLambda;
  const tilted = (x: number): number => theta * x;
  const atomLog = (t: number): number => {
    const m = q.massAt(t);
    return m > 0 ? Math.log(m) + theta * t - lam : -Infinity;
  };
  const logSf = (t: number): number => (t < q.support.lower ? 0 : logExp(tilted, { lower: t }) - lam);
  const logCdf = (t: number): number => (t >= q.support.upper ? 0 : logAddExp(logExp(tilted, { upper: t }) - lam, atomLog(t)));
  const support = q.support;
  let meanCache: number | undefined;
  const mean = (): number => (meanCache ??= tiltedMean(q, theta));
  let law: ReturnType<typeof prepareLaw> | undefined;
  const prepared = () => (law ??= prepareLaw(q.spec));
  return defineDistribution({
    spec: { family: 'tilt', base: q.spec, theta } as unknown as DistributionSpec,
    support,
    tails: tiltedTails(q.tails, theta),
    logPdf: (x) => {
      const lp = q.logPdf(x);
      return lp === -Infinity ? -Infinity : lp + theta * x - lam;
    },
    massAt: (x) => Math.exp(atomLog(x)),
    logCdf,
    logSf,
    quantile: (p) => quantileByBisection(p, logCdf, logSf, support),
    mean,
    variance: () => {
      // E_θ[(X − m)²] as log E_Q[e^{θX + 2 log|X − m|}] − Λ(θ): (x − m)² itself may overflow.
      const m = mean();
      if (!Number.isFinite(m)) return NaN;
      const ell = (x: number): number => theta * x + 2 * Math.log(Math.abs(x - m));
      return Math.exp(logAddExp(logExp(ell, { upper: m }), logExp(ell, { lower: m })) - lam);
    },
    logPartialMean: (t): SignedLog => {
      try {
        const r = signedExpectation(prepared(), tilted, (x) => x, [0], { lower: t, smooth: true });
        return r.sign === 0 ? SIGNED_ZERO : scaleSignedLog(r, -lam);
      } catch {
        return { log: NaN, sign: 0 };
      }
    },
    logMgf: (lambda) => {
      if (lambda === 0) return 0;
      const m = q.logMgf(theta + lambda);
      return m === Infinity ? Infinity : m - lam;
    },
  });
}
