/**
 * Edge properties of the log-logistic law found by mutation testing (issue 2): totality of every kernel on
 * invalid (α, β) and NaN arguments, the density at 0 by β, values at t = ∞ and β = 1, the ratio t/α leaving
 * [1e-300, 1e300], and the quantile's log-form fallback where α·odds^{1/β} over- or underflows (mpmath).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  logLogistic,
  logLogisticLogCdf,
  logLogisticLogMgf,
  logLogisticLogPartialMean,
  logLogisticLogPdf,
  logLogisticLogSf,
  logLogisticMean,
  logLogisticQuantile,
  logLogisticTailMean,
  logLogisticVariance,
} from './logLogistic.ts';

const KERNELS = {
  logLogisticLogPdf, logLogisticLogSf, logLogisticLogCdf, logLogisticTailMean, logLogisticLogMgf, logLogisticQuantile,
};

describe('logLogistic: total kernels and DomainError', () => {
  const INVALID: [number, number][] = [
    [0, 2], [-1, 2], [Infinity, 2], [NaN, 2], [1, 0], [1, -1], [1, Infinity], [1, NaN],
  ];
  it('NaN for α or β ∉ (0, ∞) and for a NaN argument; DomainError naming the parameter', () => {
    for (const [alpha, beta] of INVALID) {
      for (const [name, f] of Object.entries(KERNELS)) expect(f(0.5, alpha, beta), `${name}(0.5; alpha=${alpha}, beta=${beta})`).toBeNaN();
      expect(logLogisticLogPartialMean(0.5, alpha, beta), `logPartialMean(0.5; alpha=${alpha}, beta=${beta})`).toEqual({ log: NaN, sign: 0 });
      expect(logLogisticMean(alpha, beta), `mean(alpha=${alpha}, beta=${beta})`).toBeNaN();
      expect(logLogisticVariance(alpha, beta), `variance(alpha=${alpha}, beta=${beta})`).toBeNaN();
      const bad = alpha > 0 && alpha < Infinity ? 'beta' : 'alpha';
      expect(() => logLogistic({ alpha, beta }), `logLogistic(alpha=${alpha}, beta=${beta})`).toThrow(DomainError);
      expect(() => logLogistic({ alpha, beta }), `logLogistic(alpha=${alpha}, beta=${beta}) names ${bad}`).toThrow(new RegExp(`^logLogistic: parameter '${bad}'`));
    }
    for (const beta of [0.5, 3]) {
      for (const [name, f] of Object.entries(KERNELS)) expect(f(NaN, 1, beta), `${name}(NaN; alpha=1, beta=${beta})`).toBeNaN();
      expect(logLogisticLogPartialMean(NaN, 1, beta), `logPartialMean(NaN; alpha=1, beta=${beta})`).toEqual({ log: NaN, sign: 0 });
    }
    for (const p of [-1e-300, 1 + 2 ** -52]) expect(logLogisticQuantile(p, 1, 3), `quantile(${p}; alpha=1, beta=3)`).toBeNaN();
  });
});

describe('logLogistic: edges', () => {
  it('density at 0 by β, support edge and t = ∞', () => {
    expect(logLogisticLogPdf(0, 4, 2), 'logPdf(0; alpha=4, beta=2)').toBe(-Infinity);
    expect(logLogisticLogPdf(0, 4, 1), 'logPdf(0; alpha=4, beta=1)').toBe(-Math.log(4));
    expect(logLogisticLogPdf(0, 4, 0.5), 'logPdf(0; alpha=4, beta=0.5)').toBe(Infinity);
    expect(logLogisticLogPdf(-1, 4, 0.5), 'logPdf(−1; alpha=4, beta=0.5)').toBe(-Infinity);
    // at t = α: f = (β/α)·¼
    expect(relativeError(logLogisticLogPdf(4, 4, 2), Math.log(0.125)), 'logPdf(4; alpha=4, beta=2)').toBeLessThan(1e-15);
    expect(Object.is(logLogisticLogSf(0, 4, 2), 0), 'logSf(0; alpha=4, beta=2) = +0').toBe(true);
    expect(logLogisticLogCdf(0, 4, 2), 'logCdf(0; alpha=4, beta=2)').toBe(-Infinity);
    for (const beta of [0.5, 3]) {
      expect(logLogisticLogPartialMean(Infinity, 1, beta), `logPartialMean(∞; alpha=1, beta=${beta})`).toEqual(SIGNED_ZERO);
      expect(logLogisticTailMean(Infinity, 1, beta), `tailMean(∞; alpha=1, beta=${beta})`).toBeNaN();
      expect(logLogisticLogMgf(0, 1, beta), `logMgf(0; alpha=1, beta=${beta})`).toBe(0);
      expect(logLogisticLogMgf(-0, 1, beta), `logMgf(−0; alpha=1, beta=${beta})`).toBe(0);
      expect(logLogisticLogMgf(Number.MIN_VALUE, 1, beta), `logMgf(MIN_VALUE; alpha=1, beta=${beta})`).toBe(Infinity);
      expect(logLogisticQuantile(0, 2, beta), `quantile(0; alpha=2, beta=${beta})`).toBe(0);
      expect(logLogisticQuantile(1, 2, beta), `quantile(1; alpha=2, beta=${beta})`).toBe(Infinity);
    }
    // below the support: the whole mean (β = 3: α(π/3)/sin(π/3))
    const mean = logLogisticMean(1, 3);
    expect(relativeError(mean, Math.PI / 3 / Math.sin(Math.PI / 3)), 'mean(alpha=1, beta=3)').toBeLessThan(1e-15);
    for (const t of [0, -1]) {
      expect(relativeError(Math.exp(logLogisticLogPartialMean(t, 1, 3).log), mean), `partialMean(${t}; alpha=1, beta=3)`).toBeLessThan(1e-15);
      expect(logLogisticTailMean(t, 1, 3), `tailMean(${t}; alpha=1, beta=3)`).toBe(mean);
    }
  });

  it('β = 1: mean, partial and tail means are +∞; β = 2: variance +∞', () => {
    expect(logLogisticMean(1, 1), 'mean(alpha=1, beta=1)').toBe(Infinity);
    expect(logLogisticLogPartialMean(5, 1, 1), 'logPartialMean(5; alpha=1, beta=1)').toEqual({ log: Infinity, sign: 1 });
    expect(logLogisticTailMean(5, 1, 1), 'tailMean(5; alpha=1, beta=1)').toBe(Infinity);
    expect(logLogisticVariance(1, 2), 'variance(alpha=1, beta=2)').toBe(Infinity);
  });

  it('t/α outside [1e-300, 1e300]: logSf and logCdf from log t − log α (mpmath)', () => {
    // u = 0.01·log(1e600): −softplus(u); u = 0.01·log(1e-400): −softplus(−u)
    expect(logScaledError(logLogisticLogSf(1e300, 1e-300, 0.01), -13.81551155796377439230854), 'logSf(1e300; alpha=1e-300, beta=0.01)').toBeLessThan(1e-15);
    expect(logScaledError(logLogisticLogCdf(1e-300, 1e100, 0.01), -9.210440366976516236025299), 'logCdf(1e-300; alpha=1e100, beta=0.01)').toBeLessThan(1e-15);
  });

  it('quantile by the log form where odds^{1/β} leaves the double range (mpmath: α(p/(1 − p))^{1/β})', () => {
    const p = 10 / 11;
    const q1 = logLogisticQuantile(p, 1e-300, 0.002);
    expect(relativeError(q1, 9.999999999998168382600287e199), `quantile(${p}; alpha=1e-300, beta=0.002) = ${q1}`).toBeLessThan(1e-11);
    const q2 = logLogisticQuantile(0.1, 1e300, 0.002);
    expect(relativeError(q2, 7.563891323104333468739491e-178), `quantile(0.1; alpha=1e300, beta=0.002) = ${q2}`).toBeLessThan(1e-11);
  });

  it('the law object: spec, support, tails', () => {
    const d = logLogistic({ alpha: 2, beta: 3 });
    expect(d.spec, 'spec').toEqual({ family: 'logLogistic', alpha: 2, beta: 3 });
    expect(d.support, 'support').toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tails.left.bounded, 'left tail bounded').toBe(true);
    expect(d.tails.right.powerIndex, 'power index').toBe(3);
  });
});
