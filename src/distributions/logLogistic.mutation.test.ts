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

describe('logLogistic: accuracy edges found by mutation testing (issue 2)', () => {
  it('the law object forwards variance and logMgf (mpmath: α²(2c/sin 2c − c²/sin²c), c = π/β; log ∫f(x)e^{λx}dx)', () => {
    expect(relativeError(logLogistic({ alpha: 2, beta: 5 }).variance(), 0.7145293838425218), 'variance(alpha=2, beta=5)').toBeLessThanOrEqual(1e-12);
    expect(relativeError(logLogistic({ alpha: 1, beta: 3 }).logMgf(-2), -1.7574978263253649), 'logMgf(-2; alpha=1, beta=3)').toBeLessThanOrEqual(1e-10);
  });

  it('quantile: NaN for p ∉ [0, 1] also where odds^{1/β} is real (β = ½: (p/(1 − p))² > 0)', () => {
    for (const p of [-1, -0.25, 2, 5]) expect(logLogisticQuantile(p, 1, 0.5), `quantile(${p}; alpha=1, beta=0.5)`).toBeNaN();
  });

  it('quantile: the odds form is exact to an ulp far in the left tail (mpmath: p/(1 − p), β = 1)', () => {
    // exp(log p − log1p(−p)) would be off by |log p|·ulp ≈ 2e-14 here
    expect(relativeError(logLogisticQuantile(1e-300, 1, 1), 1.000000000000000025059092e-300), 'quantile(1e-300; alpha=1, beta=1)').toBeLessThanOrEqual(1e-15);
    expect(relativeError(logLogisticQuantile(1e-200, 1, 1), 1e-200), 'quantile(1e-200; alpha=1, beta=1)').toBeLessThanOrEqual(1e-15);
  });

  it('t/α formed first: exact near t = α (α = 2^600, t = α(1 + 2^-52), β = 1e13; mpmath u = β·log(t/α))', () => {
    // log t − log α would be off by an ulp of 416 (5.7e-14), i.e. u off by 0.57
    const alpha = 2 ** 600;
    const t = alpha * (1 + 2 ** -52);
    expect(relativeError(logLogisticLogSf(t, alpha, 1e13), -0.6942580198820260622214038), `logSf(${t}; alpha=2^600, beta=1e13)`).toBeLessThanOrEqual(1e-14);
    expect(relativeError(logLogisticLogCdf(t, alpha, 1e13), -0.6920375738327757493870756), `logCdf(${t}; alpha=2^600, beta=1e13)`).toBeLessThanOrEqual(1e-14);
  });

  it('logSf = 0 and logCdf = −∞ below the support (t < 0)', () => {
    for (const t of [-1, -1e-300, -Infinity]) {
      expect(logLogisticLogSf(t, 2, 3), `logSf(${t}; alpha=2, beta=3)`).toBe(0);
      expect(logLogisticLogCdf(t, 2, 3), `logCdf(${t}; alpha=2, beta=3)`).toBe(-Infinity);
    }
  });

  it('β < 1: mean, partial mean and tail mean are +∞ also far in the tail (direct branch, a = 1 − 1/β < 0)', () => {
    for (const beta of [0.5, 0.9]) {
      expect(logLogisticMean(1, beta), `mean(alpha=1, beta=${beta})`).toBe(Infinity);
      for (const t of [0.5, 1e6]) {
        expect(logLogisticLogPartialMean(t, 1, beta), `logPartialMean(${t}; alpha=1, beta=${beta})`).toEqual({ log: Infinity, sign: 1 });
        expect(logLogisticTailMean(t, 1, beta), `tailMean(${t}; alpha=1, beta=${beta})`).toBe(Infinity);
      }
    }
  });

  it('variance for large β, where sin c − c·cos c ≈ c³/3 (mpmath: 2c/sin 2c − c²/sin²c, c = π/β)', () => {
    expect(relativeError(logLogisticVariance(1, 1000), 3.289891944923572123067513e-6), 'variance(alpha=1, beta=1000)').toBeLessThanOrEqual(1e-14);
    expect(relativeError(logLogisticVariance(1, 100), 3.292250405077925136413739e-4), 'variance(alpha=1, beta=100)').toBeLessThanOrEqual(1e-14);
  });

  it('tail mean far out with a tiny scale: no difference of large logs (mpmath, α = 1e-100, β = 5, t = 1e200)', () => {
    // log m(t) − log F̄(t) = −2993.1 + 3453.9 would lose ~2.8e-13
    expect(relativeError(logLogisticTailMean(1e200, 1e-100, 5), 1.2499999999999999e200), 'tailMean(1e200; alpha=1e-100, beta=5)').toBeLessThanOrEqual(1e-13);
  });
});
