/**
 * Edge properties of the zeta (Zipf) law found by mutation testing (issue 2): totality of every kernel on
 * invalid s and NaN arguments, exact values below and at the first atom and at t = ±∞, the divergent
 * moments at s = 2 and s = 3, the variance on both sides of its s = 10 switch, the quantile at u = 0, 1.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  zeta,
  zetaLogCdf,
  zetaLogMgf,
  zetaLogPartialMean,
  zetaLogPmf,
  zetaLogSf,
  zetaMean,
  zetaQuantile,
  zetaTailMean,
  zetaVariance,
} from './zeta.ts';

const KERNELS = { zetaLogPmf, zetaLogSf, zetaLogCdf, zetaTailMean, zetaLogMgf, zetaQuantile };
/** log ζ(2) = log(π²/6) */
const LOG_ZETA2 = Math.log((Math.PI * Math.PI) / 6);

describe('zeta: total kernels and DomainError', () => {
  it('NaN for s ∉ (1, ∞) and for a NaN argument; DomainError from the factory', () => {
    for (const s of [1, 0.5, 0, -2, Infinity, -Infinity, NaN]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(0.5, s), `${name}(0.5; s=${s})`).toBeNaN();
      expect(zetaLogPartialMean(0.5, s), `logPartialMean(0.5; s=${s})`).toEqual({ log: NaN, sign: 0 });
      expect(zetaMean(s), `mean(s=${s})`).toBeNaN();
      expect(zetaVariance(s), `variance(s=${s})`).toBeNaN();
      expect(() => zeta({ s }), `zeta(s=${s})`).toThrow(DomainError);
      expect(() => zeta({ s }), `zeta(s=${s}) names s`).toThrow(/^zeta: parameter 's' must be .*in \(1, Infinity\)/);
    }
    for (const s of [1.5, 3]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(NaN, s), `${name}(NaN; s=${s})`).toBeNaN();
      expect(zetaLogPartialMean(NaN, s), `logPartialMean(NaN; s=${s})`).toEqual({ log: NaN, sign: 0 });
      expect(zeta({ s }).massAt(NaN), `massAt(NaN; s=${s})`).toBeNaN();
    }
  });
});

describe('zeta: support edges', () => {
  it('below and at the first atom, and at t = ±∞', () => {
    for (const t of [-Infinity, -3, -0.5, 0, 0.999]) {
      expect(zetaLogPmf(t, 2), `logPmf(${t}; s=2)`).toBe(-Infinity);
      expect(zetaLogCdf(t, 2), `logCdf(${t}; s=2)`).toBe(-Infinity);
      expect(Object.is(zetaLogSf(t, 2), 0), `logSf(${t}; s=2) = +0`).toBe(true);
      // below the support the partial mean is the mean and the tail mean is E[X] (s = 3)
      expect(relativeError(Math.exp(zetaLogPartialMean(t, 3).log), zetaMean(3)), `partialMean(${t}; s=3)`).toBeLessThan(1e-14);
      expect(relativeError(zetaTailMean(t, 3), zetaMean(3)), `tailMean(${t}; s=3)`).toBeLessThan(1e-14);
    }
    // P(X = 1) = P(X ≤ 1) = 1/ζ(2) = 6/π²
    expect(relativeError(zetaLogPmf(1, 2), -LOG_ZETA2), 'logPmf(1; s=2)').toBeLessThan(1e-15);
    expect(relativeError(zetaLogCdf(1, 2), -LOG_ZETA2), 'logCdf(1; s=2)').toBeLessThan(1e-15);
    expect(relativeError(zeta({ s: 2 }).massAt(2), 1.5 / (Math.PI * Math.PI)), 'massAt(2; s=2)').toBeLessThan(1e-15);
    expect(zetaLogSf(Infinity, 2), 'logSf(∞; s=2)').toBe(-Infinity);
    expect(zetaLogCdf(Infinity, 2) === 0, 'logCdf(∞; s=2) = ±0').toBe(true);
    for (const s of [1.5, 3]) {
      expect(zetaLogPartialMean(Infinity, s), `logPartialMean(∞; s=${s})`).toEqual(SIGNED_ZERO);
      expect(zetaTailMean(Infinity, s), `tailMean(∞; s=${s})`).toBeNaN();
    }
  });

  it('divergent moments: partial and tail means for s ≤ 2, variance for s ≤ 3', () => {
    for (const s of [2, 1.5]) {
      expect(zetaLogPartialMean(5, s), `logPartialMean(5; s=${s})`).toEqual({ log: Infinity, sign: 1 });
      expect(zetaTailMean(5, s), `tailMean(5; s=${s})`).toBe(Infinity);
      expect(zetaMean(s), `mean(s=${s})`).toBe(Infinity);
    }
    for (const s of [3, 2.5]) expect(zetaVariance(s), `variance(s=${s})`).toBe(Infinity);
  });
});

describe('zeta: moments, MGF, quantile', () => {
  /** [s, Var X] = ζ(s−2)/ζ(s) − (ζ(s−1)/ζ(s))² (mpmath, 50 digits), either side of the s = 10 switch. */
  const VARIANCE: [number, number][] = [
    [10, 0.001053071509776049342756659],
    [10.5, 0.0007338917268023167934117782],
    [11, 0.0005129274286795360311580015],
    [40, 9.094950307892538614224931e-13],
  ];

  it('variance on both sides of the switch to the direct sum', () => {
    for (const [s, v] of VARIANCE) expect(relativeError(zetaVariance(s), v), `variance(s=${s}) = ${zetaVariance(s)}`).toBeLessThan(1e-12);
  });

  it('logMgf is 0 at λ = 0 and +∞ for λ > 0', () => {
    for (const s of [1.5, 3]) {
      expect(zetaLogMgf(0, s) === 0, `logMgf(0; s=${s}) = 0`).toBe(true);
      expect(zetaLogMgf(-0, s) === 0, `logMgf(−0; s=${s}) = 0`).toBe(true);
      expect(zetaLogMgf(Number.MIN_VALUE, s), `logMgf(MIN_VALUE; s=${s})`).toBe(Infinity);
    }
    expect(zeta({ s: 3 }).mgfSup, 'mgfSup(s=3)').toBe(0);
  });

  it('quantile: 1 at u = 0 and at u ≤ 1/ζ(s), ∞ at u = 1, NaN outside [0, 1]', () => {
    for (const s of [1.5, 3]) {
      expect(zetaQuantile(0, s), `quantile(0; s=${s})`).toBe(1);
      expect(zetaQuantile(1, s), `quantile(1; s=${s})`).toBe(Infinity);
      for (const u of [-1e-300, -1, 1 + 2 ** -52, 2]) expect(zetaQuantile(u, s), `quantile(${u}; s=${s})`).toBeNaN();
    }
    // P(X = 1) = 6/π² = 0.6079…; P(X ≤ 2) = 0.7599…
    expect(zetaQuantile(0.6, 2), 'quantile(0.6; s=2)').toBe(1);
    expect(zetaQuantile(0.7, 2), 'quantile(0.7; s=2)').toBe(2);
    // s → 1⁺: F̄(n) ≈ n^{1−s}, so the 0.99-quantile lies beyond every double
    expect(zetaQuantile(0.99, 1 + 1e-9), 'quantile(0.99; s=1+1e-9)').toBe(Infinity);
  });

  it('the law object: spec, support, tails', () => {
    const d = zeta({ s: 2.5 });
    expect(d.spec, 'spec(s=2.5)').toEqual({ family: 'zeta', s: 2.5 });
    expect(d.support, 'support(s=2.5)').toEqual({ lower: 1, upper: Infinity, kind: 'discrete' });
    expect(d.tails.left.bounded, 'left tail bounded').toBe(true);
    expect(d.tails.right.tailClass, 'right tail class').toBe('heavy');
  });
});
