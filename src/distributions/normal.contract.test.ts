/**
 * Contracts of the Normal(μ, σ) kernels (numerics.md §4.2 Normal row, §4.3 tilt mean): NaN for invalid
 * parameters, exact edge values, both branches of the partial mean and tail mean, the quantile's Newton
 * iteration, and the factory's DomainError. Reference values: mpmath at 40 digits (ncdf, npdf) of
 * E[X·1{X>t}] = μΦ̄(z) + σφ(z), E[X | X>t] = μ + σφ(z)/Φ̄(z), D(z) = φ(z)/Φ̄(z) − z.
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { LOG_SQRT_2PI } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  normal,
  normalLogCdf,
  normalLogMgf,
  normalLogPartialMean,
  normalLogPdf,
  normalLogSf,
  normalQuantile,
  normalTailExcess,
  normalTailMean,
  normalTiltMean,
  standardNormalUpperQuantile,
} from './normal.ts';

const BAD: [number, number][] = [[Infinity, 1], [-Infinity, 1], [NaN, 1], [0, 0], [0, -1], [0, Infinity], [0, NaN]];

describe('normal kernels: NaN for invalid parameters and arguments', () => {
  for (const [mu, sigma] of BAD) {
    it(`mu = ${mu}, sigma = ${sigma}`, () => {
      const l = `(mu=${mu}, sigma=${sigma})`;
      expect(normalLogPdf(0, mu, sigma), `logPdf${l}`).toBeNaN();
      expect(normalLogSf(0, mu, sigma), `logSf${l}`).toBeNaN();
      expect(normalLogCdf(0, mu, sigma), `logCdf${l}`).toBeNaN();
      expect(normalQuantile(0.3, mu, sigma), `quantile${l}`).toBeNaN();
      expect(normalTailMean(0, mu, sigma), `tailMean${l}`).toBeNaN();
      expect(normalLogPartialMean(0, mu, sigma), `pm${l}`).toEqual({ log: NaN, sign: 0 });
      expect(normalLogMgf(1, mu, sigma), `logMgf${l}`).toBeNaN();
      expect(normalTiltMean(1, mu, sigma), `tiltMean${l}`).toBeNaN();
    });
  }
  it('NaN arguments, p ∉ [0, 1], t = ∞ for the tail mean, z < 0 for the tail excess, log q > −ln 2', () => {
    expect(normalLogPdf(NaN, 0, 1)).toBeNaN();
    expect(normalLogSf(NaN, 0, 1)).toBeNaN();
    expect(normalLogCdf(NaN, 0, 1)).toBeNaN();
    expect(normalTailMean(NaN, 0, 1)).toBeNaN();
    expect(normalTailMean(Infinity, 0, 1)).toBeNaN();
    expect(normalLogPartialMean(NaN, 0, 1).log).toBeNaN();
    expect(normalLogMgf(NaN, 0, 1)).toBeNaN();
    expect(normalTiltMean(NaN, 0, 1)).toBeNaN();
    for (const p of [-0.1, 1.1, NaN]) expect(normalQuantile(p, 0, 1), `quantile(${p})`).toBeNaN();
    expect(normalTailExcess(-1e-300)).toBeNaN();
    expect(normalTailExcess(NaN)).toBeNaN();
    expect(standardNormalUpperQuantile(NaN)).toBeNaN();
    expect(standardNormalUpperQuantile(-0.5)).toBeNaN();
    expect(standardNormalUpperQuantile(0)).toBeNaN();
  });
});

describe('normal kernels: values (μ = 1, σ = 2 unless stated)', () => {
  it('log f, log F̄, log F standardise by (t − μ)/σ and subtract log σ', () => {
    expect(relativeError(normalLogPdf(3, 1, 2), -0.5 - LOG_SQRT_2PI - Math.log(2))).toBeLessThanOrEqual(2e-16);
    // mpmath: log Φ̄(1) = −1.841021645009263505771, log Φ(1) = −0.1727537790234498895265
    expect(relativeError(normalLogSf(3, 1, 2), -1.841021645009263505771)).toBeLessThanOrEqual(4e-16);
    expect(relativeError(normalLogCdf(3, 1, 2), -0.1727537790234498895265)).toBeLessThanOrEqual(4e-16);
  });
  it('upper quantile: 0 at log q = −ln 2, ∞ at −∞, z(0.025) and z(1e-300) from mpmath', () => {
    expect(standardNormalUpperQuantile(-Math.LN2)).toBe(0);
    expect(standardNormalUpperQuantile(-Infinity)).toBe(Infinity);
    expect(relativeError(standardNormalUpperQuantile(Math.log(0.025)), 1.95996398454005421178)).toBeLessThanOrEqual(4e-15);
    expect(relativeError(standardNormalUpperQuantile(Math.log(1e-300)), 37.04709629936119923655)).toBeLessThanOrEqual(4e-15);
  });
  it('quantile μ + σΦ⁻¹(p): μ at ½, ∓∞ at 0 and 1, symmetric about μ', () => {
    expect(normalQuantile(0.5, 1, 2)).toBe(1);
    expect(normalQuantile(0, 1, 2)).toBe(-Infinity);
    expect(normalQuantile(1, 1, 2)).toBe(Infinity);
    expect(relativeError(normalQuantile(0.025, 1, 2), 1 - 2 * 1.95996398454005421178)).toBeLessThanOrEqual(4e-15);
    expect(relativeError(normalQuantile(0.975, 1, 2), 1 + 2 * 1.95996398454005421178)).toBeLessThanOrEqual(4e-15);
  });
  it('tail excess D(z) = φ/Φ̄ − z on both sides of the switch at 3, and 0 at ∞', () => {
    const D: [number, number][] = [[0, 0.7978845608028653558799], [2.9, 0.2903151395429819997243], [3, 0.2830986549304365069281], [10, 0.09809323396251196284364], [1e3, 0.0009999980000099999260007]];
    for (const [z, ref] of D) expect(relativeError(normalTailExcess(z), ref), `D(${z}) = ${normalTailExcess(z)}`).toBeLessThanOrEqual(1e-14);
    expect(normalTailExcess(Infinity)).toBe(0);
  });
  it('tail mean in each branch: |t| ≤ |μ|, |t| > |μ|, z < 0', () => {
    const TM: [number, number, number, number][] = [[0, -1e6, 1, 9.999999999979999999969e-7], [3, 1, 2, 4.050270552321962418178], [-1, 0, 1, 0.2875999709391783612287], [-9, -10, 1, -8.474864723839018790911]];
    for (const [t, mu, s, ref] of TM) expect(relativeError(normalTailMean(t, mu, s), ref), `tailMean(${t}; ${mu}, ${s})`).toBeLessThanOrEqual(1e-13);
  });
  it('partial mean μΦ̄(z) + σφ(z) as a signed log in each branch and sign; zero at t = ∞', () => {
    const PM: [number, number, number, number, 1 | -1][] = [
      [-1, 0, 1, -1.41893853320467274178, 1],
      [-1, 2, 1.5, 0.7107347023367490716932, 1],
      [-1, -0.5, 2, -0.7465836736121455610318, 1],
      [-11, -10, 1, 2.100649643599151641566, -1],
      [-9, -10, 1, 0.2960830463409534058624, -1],
      [3, 1, 2, -0.4422379630795797504225, 1],
    ];
    for (const [t, mu, s, ref, sign] of PM) {
      const pm = normalLogPartialMean(t, mu, s);
      expect(pm.sign, `pm(${t}; ${mu}, ${s}) sign`).toBe(sign);
      expect(Math.abs(pm.log - ref), `pm(${t}; ${mu}, ${s}).log = ${pm.log}`).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(ref)));
    }
    expect(normalLogPartialMean(Infinity, 1, 2)).toEqual({ log: -Infinity, sign: 0 });
  });
  it('log MGF μλ + σ²λ²/2 (0 at λ = 0) and tilt mean μ + λσ²', () => {
    expect(normalLogMgf(2, 1, 3)).toBe(20);
    expect(normalLogMgf(-2, 1, 3)).toBe(16);
    expect(normalLogMgf(0, 1, 3) === 0).toBe(true);
    expect(normalTiltMean(2, 1, 3)).toBe(19);
    expect(normalTiltMean(-2, 1, 3)).toBe(-17);
  });
});

describe('normal factory', () => {
  it('throws DomainError naming mu or sigma', () => {
    for (const [mu, sigma, parameter] of [[NaN, 1, 'mu'], [Infinity, 1, 'mu'], [0, 0, 'sigma'], [0, -2, 'sigma'], [0, Infinity, 'sigma']] as const) {
      let caught: unknown;
      try {
        normal({ mu, sigma });
      } catch (e) {
        caught = e;
      }
      expect(caught, `mu=${mu}, sigma=${sigma}`).toBeInstanceOf(DomainError);
      expect((caught as DomainError).parameter, `mu=${mu}, sigma=${sigma}`).toBe(parameter);
      expect((caught as DomainError).family).toBe('normal');
    }
  });
  it('wires spec, support, moments and kernels', () => {
    const d = normal({ mu: 1, sigma: 2 });
    expect(d.spec).toEqual({ family: 'normal', mu: 1, sigma: 2 });
    expect(d.support).toEqual({ lower: -Infinity, upper: Infinity, kind: 'continuous' });
    expect(d.mean()).toBe(1);
    expect(d.variance()).toBe(4);
    expect(d.logPdf(3)).toBe(normalLogPdf(3, 1, 2));
    expect(d.logSf(3)).toBe(normalLogSf(3, 1, 2));
    expect(d.logCdf(3)).toBe(normalLogCdf(3, 1, 2));
    expect(d.quantile(0.2)).toBe(normalQuantile(0.2, 1, 2));
    expect(d.tailMean(3)).toBe(normalTailMean(3, 1, 2));
    expect(d.logPartialMean(-1)).toEqual(normalLogPartialMean(-1, 1, 2));
    expect(d.logMgf(0.5)).toBe(normalLogMgf(0.5, 1, 2));
  });
  it('both tails are declared ratio-light, as they are: F̄(t + 1)/F̄(t) → 0 (log ratio ≈ −t − ½ for σ = 1)', () => {
    const d = normal({ mu: 0, sigma: 1 });
    expect(d.tails.right.ratioLight, 'right tail ratioLight').toBe(true);
    expect(d.tails.left.ratioLight, 'left tail ratioLight').toBe(true);
    for (const t of [10, 100, 1000]) {
      expect(d.logSf(t + 1) - d.logSf(t), `log F̄(${t} + 1) − log F̄(${t})`).toBeLessThan(-t);
      expect(d.logCdf(-t - 1) - d.logCdf(-t), `log F(−${t} − 1) − log F(−${t})`).toBeLessThan(-t);
    }
  });
});
