/**
 * Λ′(θ) = E[X e^{θX}]/E[e^{θX}], the mean of the exponential tilt dQ_θ/dQ = e^{θx − Λ(θ)} (Λ = log MGF).
 * Closed forms where they exist (numerics.md §4.3: normal μ + θσ², exponential 1/(r − θ), gamma k/(r − θ),
 * Laplace, uniform; also logistic, Gumbel, Poisson λe^θ, geometric, point mass, categorical atoms), through
 * affine maps (loc + s·Λ_B′(sθ)) and mixtures (components re-weighted by w_i M_i(θ)/M(θ)); otherwise
 * quadrature (expectation.ts `tiltedMeanByQuadrature`; for θ < 0 and the positive families of
 * standardizedPositive.ts in their standard variable, where quadrature in x missed a narrow body: Weibull
 * k = 0.034 at θ = −1 gave NaN) or the atom sums of pairs/logExpectation.ts.
 * Total: NaN for invalid input, ±Infinity where the tilt is not normalisable (Λ(θ) = ∞).
 */
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { normalTiltMean } from '../distributions/normal.ts';
import { exponentialTiltMean } from '../distributions/exponential.ts';
import { gammaTiltMean } from '../distributions/gamma.ts';
import { laplaceTiltMean } from '../distributions/laplace.ts';
import { uniformTiltMean } from '../distributions/uniform.ts';
import { logisticTiltMean } from '../distributions/logistic.ts';
import { gumbelTiltMean } from '../distributions/gumbel.ts';
import { betaTiltMean } from './betaTiltMean.ts';
import { build } from '../distributions/build.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { tiltedMeanByQuadrature } from '../numerics/expectation.ts';
import { tiltedMeanNegativeTilt } from '../numerics/negativeTiltMgf.ts';
import { standardizedPositive } from '../distributions/standardizedPositive.ts';
import { prepareLaw } from '../pairs/logExpectation.ts';
import { signedExpectation } from '../pairs/signedExpectation.ts';
import { failed, ratio } from '../pairs/estimate.ts';
import type { Estimate } from '../pairs/types.ts';

/** Σ v_i·softmax(lw)_i, the mean of atoms with log weights lw. */
function atomMean(values: readonly number[], logWeights: readonly number[]): number {
  const total = logSumExp(logWeights);
  let m = 0;
  for (let i = 0; i < values.length; i++) if (logWeights[i] > -Infinity) m += values[i] * Math.exp(logWeights[i] - total);
  return m;
}

/**
 * log f restricted to the open support: an endpoint where the density is infinite (Weibull k < 1 at 0, beta
 * α < 1) has measure zero and must not stop a quadrature that samples it.
 */
function openSupportLogPdf(d: Distribution): (x: number) => number {
  const { lower, upper } = d.support;
  return (x) => (x > lower && x < upper ? d.logPdf(x) : -Infinity);
}

/** Families (recursively) whose Λ′ is a closed form: their value carries rounding error only. */
export function hasClosedTiltMean(spec: DistributionSpec): boolean {
  switch (spec.family) {
    case 'normal': case 'exponential': case 'gamma': case 'laplace': case 'uniform': case 'logistic':
    case 'gumbel': case 'pointMass': case 'poisson': case 'geometric': case 'categorical':
      return true;
    case 'affine':
      return hasClosedTiltMean(spec.base);
    case 'mixture':
      return spec.components.every(hasClosedTiltMean);
    default:
      return false;
  }
}

/** Λ′(θ) of d at θ (see the file comment). */
export function tiltedMean(d: Distribution, theta: number): number {
  if (Number.isNaN(theta)) return NaN;
  if (theta === 0) return d.mean();
  const s = d.spec;
  const divergent = theta > 0 ? Infinity : -Infinity;
  switch (s.family) {
    case 'normal': return normalTiltMean(theta, s.mu, s.sigma);
    case 'exponential': return exponentialTiltMean(theta, s.rate);
    case 'gamma': return gammaTiltMean(theta, s.shape, s.rate);
    case 'laplace': return laplaceTiltMean(theta, s.mu, s.b);
    case 'uniform': return uniformTiltMean(theta, s.a, s.b);
    case 'logistic': return logisticTiltMean(theta, s.mu, s.s);
    case 'gumbel': return gumbelTiltMean(theta, s.mu, s.beta);
    case 'pointMass': return s.x;
    case 'beta': {
      const v = betaTiltMean(theta, s.alpha, s.beta);
      if (!Number.isNaN(v)) return v;
      return tiltedMeanByQuadrature(openSupportLogPdf(d), 0, 1, theta);
    }
    case 'poisson': return s.lambda * Math.exp(theta);
    case 'geometric': {
      // P(k) ∝ ((1 − p)e^θ)^k on k ≥ 1: geometric with 1 − p′ = (1 − p)e^θ, mean 1/p′.
      const l = Math.log1p(-s.p) + theta;
      return l >= 0 ? Infinity : 1 / -Math.expm1(l);
    }
    case 'categorical':
      return atomMean(s.values, s.values.map((v, i) => Math.log(s.probs[i]) + theta * v));
    case 'affine': {
      const base = build(s.base);
      return s.loc + s.scale * tiltedMean(base, s.scale * theta);
    }
    case 'mixture': {
      const parts = s.components.map((c) => build(c));
      const logW = parts.map((p, i) => (s.weights[i] === 0 ? -Infinity : Math.log(s.weights[i]) + p.logMgf(theta)));
      if (logW.some((l) => l === Infinity)) return divergent;
      const total = logSumExp(logW);
      let m = 0;
      for (let i = 0; i < parts.length; i++) if (logW[i] > -Infinity) m += Math.exp(logW[i] - total) * tiltedMean(parts[i], theta);
      return m;
    }
    default: {
      // Inside the abscissae the MGF is finite; only near or beyond them is it computed (quadrature for some laws).
      const inside = theta > 0 ? theta < d.tails.right.mgfSup : -theta < d.tails.left.mgfSup;
      if (!inside && d.logMgf(theta) === Infinity) return divergent;
      const positive = theta < 0 ? standardizedPositive(s) : undefined;
      if (positive) return positive.shift + tiltedMeanNegativeTilt(theta, positive.law);
      if (d.support.kind === 'continuous') return tiltedMeanByQuadrature(openSupportLogPdf(d), d.support.lower, d.support.upper, theta);
      return tiltedMeanBySums(d, theta).value;
    }
  }
}

/** Λ′(θ) as E[X e^{θX}]/E[e^{θX}] from pairs/logExpectation.ts (atom sums, integer series, log-space quadrature). */
export function tiltedMeanBySums(d: Distribution, theta: number): Estimate {
  let law;
  try {
    law = prepareLaw(d.spec);
  } catch (e) {
    return failed(`Λ′(θ) by sums: spec cannot be prepared (${(e as Error).message})`);
  }
  const num = signedExpectation(law, (x) => theta * x, (x) => x, [0], { smooth: true });
  const den = law.logExpectation((x) => theta * x, { smooth: true });
  return ratio(num, den, `Λ′(${theta})`);
}

