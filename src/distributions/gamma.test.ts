import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { gamma, gammaLogSf, gammaTiltMean } from './gamma.ts';

/**
 * [shape k, rate r, t, log F̄(t), log E[X·1{X>t}], E[X | X > t]] from mpmath at 50 digits, x = r·t:
 * log gammainc(k, x, inf, regularized=True), log(k/r) + log gammainc(k+1, x, inf, regularized=True), ratio.
 */
const REFERENCE: [number, number, number, number, number, number][] = [
  [1e-3, 1, 1e-5, -4.5211089200801784619, -6.9077651603307226977, 0.091936584341070859935],
  [1e-3, 1, 1, -8.4236647908310706327, -7.9065824498623681243, 1.6771272189052696701],
  [1e-3, 0.01, 1e5, -1013.8090239153952402, -1002.295099945114309, 100099.90039830924024],
  [0.5, 1, 1e-300, 0, -0.69314718055994530942, 0.5],
  [0.5, 1, 30, -32.288987032704741763, -28.855497569464943626, 30.984573860825551211],
  [2, 1, 10, -7.6021047272016294559, -5.1959789552667434418, 11.090909090909090909],
  [2, 1e3, 1e3, -999986.18448844203623, -999979.27673216305359, 1000.001000000999999],
  [7.3, 0.01, 500, -0.22562364570914089655, 6.4764380262000450038, 814.08246718514547102],
  [100, 1, 100, -0.72010489302547398253, 3.9637843674619396747, 108.19003459786185354],
  [100, 1, 250, -62.009634850282598999, -56.481628138572411601, 251.64181609453671175],
  [1e5, 1, 1e5, -0.69398857865679716536, 10.821458957486414159, 100252.52542699201922],
  [1e5, 1e3, 101, -7.1204269610551103777, -2.504446947554639691, 101.08684647936339917],
  [1e5, 1, 2e5, -30691.957366103692243, -30679.751283458512041, 200001.99994000499939],
  [3, 2, 1e15, -1999999999999930.2293, -1999999999999895.6905, 1000000000000000.5],
];

describe('gamma', () => {
  it('logSf, logPartialMean and tailMean match mpmath for shape 1e-3 … 1e5', () => {
    for (const [shape, rate, t, logSf, logPm, tailMean] of REFERENCE) {
      const d = gamma({ shape, rate });
      const tag = `(${t}; shape=${shape}, rate=${rate})`;
      expect(logScaledError(d.logSf(t), logSf), `logSf${tag} = ${d.logSf(t)}`).toBeLessThan(1e-13);
      expect(logScaledError(d.logPartialMean(t).log, logPm), `logPartialMean${tag}`).toBeLessThan(1e-13);
      expect(relativeError(d.tailMean(t), tailMean), `tailMean${tag} = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  const shapeArb = fc.double({ min: 1e-3, max: 1e5, noNaN: true });
  const rateArb = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

  test.prop([shapeArb, rateArb, fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true })])(
    'quantile inverts the cdf (on the side of the smaller probability)',
    (shape, rate, p) => {
      const d = gamma({ shape, rate });
      const t = d.quantile(p);
      const back = p <= 0.5 ? d.logCdf(t) - Math.log(p) : d.logSf(t) - Math.log1p(-p);
      // |Δ log F| ≤ ε·(x f(x)/F)·(log-scale resolution of t): allow 1e-10 (shape 1e5 has x f/F ≈ 250);
      // subnormal quantiles (t < 1e-300, e.g. shape 0.006 at p = 0.01) cannot be resolved and are skipped
      if (t > 1e-300) expect(Math.abs(back), `quantile(${p}; shape=${shape}, rate=${rate}) = ${t}`).toBeLessThan(1e-10);
    },
  );

  test.prop([shapeArb, rateArb, fc.double({ min: 0, max: 50, noNaN: true })])(
    'the tail mean is continuous where the continued fraction takes over (x = k + 1) and exceeds t',
    (shape, rate, dx) => {
      const d = gamma({ shape, rate });
      const t = (shape + 1) / rate;
      const below = d.tailMean(t * (1 - 1e-13));
      expect(relativeError(below, d.tailMean(t)), `tailMean at x = k+1; shape=${shape}, rate=${rate}`).toBeLessThan(1e-11);
      const far = (shape + 1 + dx * (1 + Math.sqrt(shape))) / rate;
      expect(d.tailMean(far), `tailMean(${far}; shape=${shape}, rate=${rate})`).toBeGreaterThan(far);
    },
  );

  it('moments, MGF, tilt mean and validation', () => {
    const d = gamma({ shape: 3, rate: 2 });
    expect(d.mean()).toBe(1.5);
    expect(d.variance()).toBe(0.75);
    expect(d.logMgf(1)).toBeCloseTo(3 * Math.log(2), 15);
    expect(d.logMgf(2)).toBe(Infinity);
    expect(d.mgfSup).toBe(2);
    expect(gammaTiltMean(1, 3, 2)).toBe(3);
    expect(d.logSf(-1)).toBe(0);
    expect(d.logPdf(-1)).toBe(-Infinity);
    expect(() => gamma({ shape: 0, rate: 1 })).toThrow(/'shape'/);
    expect(() => gamma({ shape: 1, rate: -1 })).toThrow(DomainError);
    expect(gammaLogSf(1, -1, 1)).toBeNaN();
  });
});
