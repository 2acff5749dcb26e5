/**
 * Edge properties of the Poisson law found by mutation testing (issue 2): totality of every kernel on
 * invalid λ and NaN arguments, exact values below and at the ends of the support, the quantile at u = 0, 1
 * and outside [0, 1], the exact mean for t < 0 in the tail mean.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  poisson,
  poissonLogCdf,
  poissonLogMgf,
  poissonLogPartialMean,
  poissonLogPmf,
  poissonLogSf,
  poissonQuantile,
  poissonTailMean,
} from './poisson.ts';

const KERNELS = { poissonLogPmf, poissonLogSf, poissonLogCdf, poissonTailMean, poissonLogMgf, poissonQuantile };

describe('poisson: total kernels', () => {
  it('NaN for λ ∉ (0, ∞) and for a NaN argument; DomainError from the factory', () => {
    for (const lambda of [0, -0, -1, Infinity, -Infinity, NaN]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(0.5, lambda), `${name}(0.5; λ=${lambda})`).toBeNaN();
      expect(poissonLogPartialMean(0.5, lambda).log, `logPartialMean(0.5; λ=${lambda})`).toBeNaN();
      expect(() => poisson({ lambda }), `poisson(λ=${lambda})`).toThrow(DomainError);
      expect(() => poisson({ lambda }), `poisson(λ=${lambda}) names λ`).toThrow(/^poisson: parameter 'lambda' must be a finite number > 0/);
    }
    for (const [name, k] of Object.entries(KERNELS)) {
      expect(k(NaN, 2), `${name}(NaN; λ=2)`).toBeNaN();
      expect(Number.isNaN(k(0.5, Number.MIN_VALUE)), `${name}(0.5; λ=MIN_VALUE) is a number`).toBe(false);
      expect(Number.isNaN(k(0.5, 1e300)), `${name}(0.5; λ=1e300) is a number`).toBe(false);
    }
    expect(poissonLogPartialMean(NaN, 2).log, 'logPartialMean(NaN; λ=2)').toBeNaN();
  });
});

describe('poisson: support edges', () => {
  it('below the support, at t = ±∞', () => {
    for (const t of [-0.5, -1, -1e300, -Infinity]) {
      expect(Object.is(poissonLogSf(t, 3), 0), `logSf(${t}; λ=3) = +0`).toBe(true);
      expect(poissonLogCdf(t, 3), `logCdf(${t}; λ=3)`).toBe(-Infinity);
      expect(poissonLogPartialMean(t, 3), `logPartialMean(${t}; λ=3)`).toEqual({ log: Math.log(3), sign: 1 });
    }
    expect(poissonLogSf(Infinity, 3), 'logSf(∞; λ=3)').toBe(-Infinity);
    expect(poissonLogCdf(Infinity, 3), 'logCdf(∞; λ=3)').toBe(0);
    expect(poissonLogPartialMean(Infinity, 3), 'logPartialMean(∞; λ=3)').toEqual(SIGNED_ZERO);
    expect(poissonTailMean(Infinity, 3), 'tailMean(∞; λ=3)').toBeNaN();
    // t ∈ [0, 1): X > t means X ≥ 1, and E[X·1{X ≥ 1}] = E[X] = λ
    expect(poissonLogPartialMean(0, 3), 'logPartialMean(0; λ=3)').toEqual({ log: Math.log(3), sign: 1 });
    expect(poissonLogPartialMean(0.999, 3), 'logPartialMean(0.999; λ=3)').toEqual({ log: Math.log(3), sign: 1 });
    // t ∈ [1, 2): λ·P(X ≥ 1) = λ(1 − e^{−λ})
    expect(relativeError(Math.exp(poissonLogPartialMean(1, 3).log), 3 * -Math.expm1(-3)), 'partialMean(1; λ=3)').toBeLessThan(1e-14);
  });

  it('the tail mean below the support is λ exactly (e^{log λ} is 7.499999999999999 for λ = 7.5)', () => {
    for (const lambda of [7.5, 100, 0.3]) {
      for (const t of [-0.5, -1e300, -Infinity]) expect(poissonTailMean(t, lambda), `tailMean(${t}; λ=${lambda})`).toBe(lambda);
      expect(poisson({ lambda }).tailMean(-2), `d.tailMean(-2; λ=${lambda})`).toBe(lambda);
    }
  });

  it('pmf: −λ exactly at 0 (also for λ = 1e-300), −∞ off the integers', () => {
    for (const lambda of [1e-300, 0.3, 7.5, 1e6]) expect(poissonLogPmf(0, lambda), `logPmf(0; λ=${lambda})`).toBe(-lambda);
    for (const x of [-1, 0.5, 2.25, Infinity, -Infinity]) expect(poissonLogPmf(x, 2), `logPmf(${x}; λ=2)`).toBe(-Infinity);
    // log P(X = 1) = log λ − λ; P(X = 3; λ = 2) = 8e^{−2}/6
    expect(relativeError(poissonLogPmf(1, 2), Math.log(2) - 2), 'logPmf(1; λ=2)').toBeLessThan(1e-15);
    expect(relativeError(poisson({ lambda: 2 }).massAt(3), (8 * Math.exp(-2)) / 6), 'massAt(3; λ=2)').toBeLessThan(1e-14);
  });
});

describe('poisson: quantile and the law object', () => {
  it('u = 0, u = 1, outside [0, 1]', () => {
    for (const lambda of [0.01, 3, 1e4]) {
      expect(poissonQuantile(0, lambda), `quantile(0; λ=${lambda})`).toBe(0);
      expect(poissonQuantile(1, lambda), `quantile(1; λ=${lambda})`).toBe(Infinity);
      for (const u of [-1e-300, 1 + 2 ** -52, -Infinity, Infinity]) expect(poissonQuantile(u, lambda), `quantile(${u}; λ=${lambda})`).toBeNaN();
    }
    // P(X ≤ 0) = e^{−3} = 0.0498: u just above it needs X = 1; far in the tail (λ = 3, u = 1 − 1e-15)
    expect(poissonQuantile(0.05, 3), 'quantile(0.05; λ=3)').toBe(1);
    expect(poissonQuantile(0.0497, 3), 'quantile(0.0497; λ=3)').toBe(0);
    expect(poissonQuantile(0.5, 1e4), 'quantile(0.5; λ=1e4) (median λ + 1/3 − …)').toBe(1e4);
  });

  it('spec, support, tails, moments, MGF', () => {
    const d = poisson({ lambda: 2.5 });
    expect(d.spec, 'spec').toEqual({ family: 'poisson', lambda: 2.5 });
    expect(d.support, 'support').toEqual({ lower: 0, upper: Infinity, kind: 'discrete' });
    expect(d.tails.left.bounded, 'left tail bounded').toBe(true);
    expect(d.tails.right.bounded, 'right tail unbounded').toBe(false);
    expect(d.logMgf(-Infinity), 'logMgf(−∞; λ=2.5) = −λ').toBe(-2.5);
    expect(d.logMgf(Infinity), 'logMgf(∞; λ=2.5)').toBe(Infinity);
    expect(d.logMgf(NaN), 'logMgf(NaN)').toBeNaN();
    expect(d.massAt(0), 'massAt(0; λ=2.5)').toBe(Math.exp(-2.5));
    expect(d.massAt(0.5), 'massAt(0.5)').toBe(0);
    expect(d.quantile(0), 'd.quantile(0)').toBe(0);
  });

  it('cdf keeps relative accuracy on both sides (mpmath: P(X ≤ 50; λ = 100) = 2.401592235616815616e-8)', () => {
    const d = poisson({ lambda: 100 });
    expect(relativeError(d.cdf(50), 2.401592235616815616350106e-8), `cdf(50; λ=100) = ${d.cdf(50)}`).toBeLessThan(1e-13);
    // 1 − P(X > 150) with log P(X > 150; λ = 100) from the same mpmath sum: cdf is 1 to the double
    expect(d.cdf(150), 'cdf(150; λ=100)').toBeGreaterThan(1 - 1e-5);
    expect(d.cdf(-1), 'cdf(-1)').toBe(0);
    expect(d.cdf(Infinity), 'cdf(∞)').toBe(1);
    expect(d.cdf(NaN), 'cdf(NaN)').toBeNaN();
  });
});
