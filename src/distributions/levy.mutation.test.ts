/**
 * Lévy: the edges that mutation testing (issue 2) found unpinned by levy.test.ts — totality of every kernel on
 * invalid parameters and exact values at the branch points.
 */
import { describe, expect, it } from 'vitest';
import { expectNaNForInvalidParameters, INVALID_LOCATION_SCALE } from '../testing/kernelTotality.ts';
import {
  erfcInverse,
  levy,
  levyLogCdf,
  levyLogMgf,
  levyLogPartialMean,
  levyLogPdf,
  levyLogSf,
  levyMean,
  levyQuantile,
  levyVariance,
} from './levy.ts';

/** Each kernel as f(argument, μ, c) → a number (the log of the partial mean for the SignedLog one). */
const KERNELS: Record<string, (x: number, mu: number, c: number) => number> = {
  levyLogSf,
  levyLogCdf,
  levyLogPdf,
  levyQuantile,
  levyLogMgf,
  levyLogPartialMean: (t, mu, c) => levyLogPartialMean(t, mu, c).log,
  levyMean: (_x, mu, c) => levyMean(mu, c),
  levyVariance: (_x, mu, c) => levyVariance(mu, c),
};


describe('levy kernels are total', () => {
  it('NaN for every invalid (μ, c), at arguments below, at and above μ', () => {
    expectNaNForInvalidParameters(KERNELS, INVALID_LOCATION_SCALE, [0.5, 0, -1, 1e300, 0.9, -0.5], ['mu', 'c']);
    for (const [name, k] of Object.entries(KERNELS)) {
      if (name !== 'levyMean' && name !== 'levyVariance') expect(k(NaN, 0, 1), `${name}(NaN; mu=0, c=1)`).toBeNaN();
    }
    expect(levyLogPartialMean(NaN, 0, 1).sign, 'sign of logPartialMean(NaN; mu=0, c=1)').toBe(0);
    for (const p of [NaN, -0.1, 2.1, Infinity]) expect(erfcInverse(p), `erfcInverse(${p})`).toBeNaN();
  });
  it('quantile is NaN for p outside [0, 1] and erfc⁻¹ for p outside [0, 2], with valid parameters', () => {
    for (const p of [-0.5, -1e-300, 1 + 2 ** -52, 1.5, Infinity, -Infinity]) {
      expect(levyQuantile(p, 3, 2), `quantile(${p}; mu=3, c=2)`).toBeNaN();
    }
    for (const p of [-1e-300, -1, 2 + 2 ** -51, 3, -Infinity]) expect(erfcInverse(p), `erfcInverse(${p})`).toBeNaN();
  });
});

describe('levy: values at the edges', () => {
  it('partial mean is the signed zero at t = ∞; erfc⁻¹(2) = −∞; the DomainError names the family', () => {
    expect(levyLogPartialMean(Infinity, 0, 1), 'logPartialMean(∞; mu=0, c=1)').toEqual({ log: -Infinity, sign: 0 });
    expect(erfcInverse(2), 'erfcInverse(2)').toBe(-Infinity);
    expect(() => levy({ mu: NaN, c: 1 }), 'levy(mu=NaN, c=1)').toThrow(/^levy: parameter 'mu'/);
    expect(() => levy({ c: 0 }), 'levy(c=0)').toThrow(/^levy: parameter 'c'/);
  });
  it('below μ: cdf 0, sf 1, density 0 (no log of a negative)', () => {
    for (const t of [-1, 2.999, -1e300]) {
      expect(levyLogCdf(t, 3, 1), `logCdf(${t}; mu=3, c=1)`).toBe(-Infinity);
      expect(levyLogSf(t, 3, 1), `logSf(${t}; mu=3, c=1)`).toBe(0);
      expect(levyLogPdf(t, 3, 1), `logPdf(${t}; mu=3, c=1)`).toBe(-Infinity);
    }
  });
  it('the built law forwards every kernel', () => {
    const d = levy({ mu: 3, c: 2 });
    for (const x of [-1, 3, 3.5, 1e300]) {
      expect(d.logPdf(x), `logPdf(${x}; mu=3, c=2)`).toBe(levyLogPdf(x, 3, 2));
      expect(d.logCdf(x), `logCdf(${x}; mu=3, c=2)`).toBe(levyLogCdf(x, 3, 2));
    }
    expect(d.variance(), 'variance(mu=3, c=2)').toBe(Infinity);
    expect(d.logMgf(-2), 'logMgf(-2; mu=3, c=2)').toBe(levyLogMgf(-2, 3, 2));
    expect(d.logMgf(1), 'logMgf(1; mu=3, c=2)').toBe(Infinity);
  });
});
