import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { normal, normalLogSf, normalTailExcess } from './normal.ts';

/**
 * [μ, σ, t, log F̄(t), log|E[X·1{X>t}]|, sign, E[X | X > t]] from mpmath at 60 digits, z = (t−μ)/σ:
 * F̄ = erfc(z/√2)/2, m = μ·F̄ + σ·exp(−z²/2)/√(2π), tail mean m/F̄.
 */
const REFERENCE: [number, number, number, number, number, 1 | -1, number][] = [
  [0, 1, 0, -0.69314718055994530942, -0.91893853320467274178, 1, 0.79788456080286535588],
  [0, 1, 10, -53.231285150512470578, -50.918938533204672742, 1, 10.098093233962511963],
  [0, 1, 37, -689.0305855768905936, -685.41893853320467274, 1, 37.026987686126990096],
  [0, 1, 1e3, -500007.82669481218431, -500000.91893853320467, 1, 1000.00099999800001],
  [0, 1, 1e6, -500000000014.73444909, -500000000000.91893853, 1, 1000000.000001],
  [3, 2, 3 + 2e6, -500000000014.73444909, -500000000000.22578985, 1, 2000003.000002],
  [0, 1, -5, -2.8665161296376359338e-7, -13.418938533204672742, 1, 1.4867199409049057124e-6],
  [-1, 0.5, -3, -0.00003167174337748926386, -0.000098591214669650044533, -1, -0.99993308276776571243],
  [-1, 0.5, -1, -0.69314718055994530942, -1.2022114903528467569, -1, -0.60105771959856732206],
  [-1, 0.5, -0.4, -2.1622175060437393286, -4.0186819898372209584, -1, -0.15622398756740720827],
  [-1, 0.5, 5, -75.410673001568795939, -73.793047283363817053, 1, 5.0411070876271421649],
  [1e3, 1, 2e3, -500007.82669481218431, -500000.22579185264335, 1, 2000.00099999800001],
  [-1e6, 3, 0, -55555555569.191392358, -55555555580.809678339, 1, 8.999999999838e-6],
];

describe('normal', () => {
  it('logSf, logPartialMean and tailMean match mpmath, out to 1e6 σ and far left', () => {
    for (const [mu, sigma, t, logSf, logPm, sign, tailMean] of REFERENCE) {
      const d = normal({ mu, sigma });
      const tag = `(${t}; μ=${mu}, σ=${sigma})`;
      expect(logScaledError(d.logSf(t), logSf), `logSf${tag} = ${d.logSf(t)}`).toBeLessThan(1e-13);
      const pm = d.logPartialMean(t);
      expect(pm.sign, `sign of partialMean${tag}`).toBe(sign);
      expect(logScaledError(pm.log, logPm), `logPartialMean${tag} = ${pm.log}`).toBeLessThan(1e-13);
      expect(relativeError(d.tailMean(t), tailMean), `tailMean${tag} = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  it('far-left values: log F̄(−40) rounds to −0, log F(−1e3) is −500007.83 (mpmath)', () => {
    const d = normal({ mu: 0, sigma: 1 });
    expect(d.logSf(-40)).toBeCloseTo(0, 300);
    expect(logScaledError(d.logCdf(-1e3), -500007.82669481218431)).toBeLessThan(1e-15);
    expect(d.partialMean(-40)).toBeCloseTo(0, 15);
  });

  it('quantile inverts the cdf (mpmath Φ⁻¹ values)', () => {
    const d = normal({ mu: 0, sigma: 1 });
    // mpmath: sqrt(2)*erfinv(2p−1), or findroot(ncdf(x) − p) for the tiny p
    const refs: [number, number][] = [
      [1e-20, -9.2623400897984075796],
      [0.01, -2.3263478740408410931],
      [0.999999, 4.7534243088170877657],
    ];
    for (const [p, z] of refs) expect(relativeError(d.quantile(p), z), `quantile(${p})`).toBeLessThan(1e-14);
    expect(d.quantile(0.5)).toBe(0);
    expect(normal({ mu: 2, sigma: 3 }).quantile(1)).toBe(Infinity);
  });

  test.prop([fc.double({ min: 0, max: 1e8, noNaN: true })])(
    'tail excess D(z) = E[Z | Z > z] − z lies within the Sampford and Birnbaum Mills-ratio bounds',
    (z) => {
      const dz = normalTailExcess(z);
      // R(z) > (√(z²+4) − z)/2 (Birnbaum 1942) and R(z) < 4/(3z + √(z²+8)) (Sampford 1953) give
      // 2/(√(z²+8) + z) < D(z) < 2/(√(z²+4) + z), written without cancellation.
      const lower = 2 / (Math.sqrt(z * z + 8) + z);
      const upper = 2 / (Math.sqrt(z * z + 4) + z);
      expect(dz > lower * (1 - 1e-15) && dz < upper * (1 + 1e-15), `D(${z}) = ${dz} not in (${lower}, ${upper})`).toBe(true);
    },
  );

  it('tail excess matches mpmath on both sides of z = 3, where its two formulas meet', () => {
    // mpmath: exp(−z²/2)/√(2π) / (erfc(z/√2)/2) − z
    const refs: [number, number][] = [
      [2.9999999999, 0.28309865493749242619],
      [3, 0.28309865493043650693],
      [5, 0.18650396712584211562],
      [30, 0.033259667433677037071],
      [1e4, 0.0000999999980000001],
    ];
    for (const [z, ref] of refs) expect(relativeError(normalTailExcess(z), ref), `D(${z})`).toBeLessThan(2e-15);
  });

  test.prop([fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true })])(
    'cdf + sf = 1, quantile(cdf(t)) ≈ t, tailMean > t',
    (mu, sigma, z) => {
      const d = normal({ mu, sigma });
      const t = mu + sigma * z;
      expect(Math.abs(d.cdf(t) + d.sf(t) - 1), `μ=${mu}, σ=${sigma}, t=${t}`).toBeLessThan(1e-15);
      expect(d.tailMean(t), `tailMean(${t}; μ=${mu}, σ=${sigma})`).toBeGreaterThan(t);
      const p = d.cdf(t);
      if (p > 1e-300 && p < 1 - 1e-12) {
        expect(Math.abs(d.quantile(p) - t), `quantile(cdf(${t})); μ=${mu}, σ=${sigma}`).toBeLessThan(1e-9 * sigma * (1 + Math.abs(z)));
      }
    },
  );

  it('mean, variance, logMgf, validation', () => {
    const d = normal({ mu: 2, sigma: 3 });
    expect(d.mean()).toBe(2);
    expect(d.variance()).toBe(9);
    expect(d.logMgf(0.5)).toBeCloseTo(1 + 9 / 8, 15);
    expect(d.tails.right.mgfSup).toBe(Infinity);
    expect(() => normal({ mu: 0, sigma: 0 })).toThrow(DomainError);
    expect(() => normal({ mu: NaN, sigma: 1 })).toThrow(/'mu'/);
    expect(normalLogSf(1, 0, -1)).toBeNaN();
  });
});
