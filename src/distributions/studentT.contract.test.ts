/**
 * Contracts of the Student-t kernels against the closed forms at ν = 1 (Cauchy) and ν = 2, where
 * F̄(z) = (1 − z/√(z² + 2))/2, E[Z·1{Z > z}] = (ν + z²)f(z)/(ν − 1) = 1/√(2 + z²) and F⁻¹(p) = (2p − 1)/√(2p(1 − p)):
 * NaN for invalid parameters, the divergent and undefined moments, the |z| > 1e150 branch, t = ±∞, and the
 * factory's defaults and DomainError. Reference values: mpmath at 40 digits of those closed forms
 * (loggamma for the density constant).
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  studentT,
  studentTLogCdf,
  studentTLogDensityConstant,
  studentTLogMgf,
  studentTLogPartialMean,
  studentTLogPdf,
  studentTLogSf,
  studentTMean,
  studentTQuantile,
  studentTTailMean,
  studentTVariance,
} from './studentT.ts';

const BAD: [number, number, number][] = [[0, 0, 1], [-1, 0, 1], [Infinity, 0, 1], [NaN, 0, 1], [3, Infinity, 1], [3, NaN, 1], [3, 0, 0], [3, 0, -1], [3, 0, Infinity], [3, 0, NaN]];

describe('Student-t kernels: NaN for invalid parameters and arguments', () => {
  for (const [df, loc, scale] of BAD) {
    it(`df = ${df}, loc = ${loc}, scale = ${scale}`, () => {
      const l = `(df=${df}, loc=${loc}, scale=${scale})`;
      expect(studentTLogPdf(1, df, loc, scale), `logPdf${l}`).toBeNaN();
      expect(studentTLogSf(1, df, loc, scale), `logSf${l}`).toBeNaN();
      expect(studentTLogCdf(1, df, loc, scale), `logCdf${l}`).toBeNaN();
      expect(studentTLogPartialMean(1, df, loc, scale), `pm${l}`).toEqual({ log: NaN, sign: 0 });
      expect(studentTTailMean(1, df, loc, scale), `tailMean${l}`).toBeNaN();
      expect(studentTMean(df, loc, scale), `mean${l}`).toBeNaN();
      expect(studentTVariance(df, loc, scale), `variance${l}`).toBeNaN();
      expect(studentTLogMgf(0, df, loc, scale), `logMgf${l}`).toBeNaN();
      expect(studentTQuantile(0.3, df, loc, scale), `quantile${l}`).toBeNaN();
    });
  }
  it('NaN arguments and p ∉ [0, 1]; the density constant is NaN for ν ∉ (0, ∞)', () => {
    expect(studentTLogPdf(NaN, 3)).toBeNaN();
    expect(studentTLogSf(NaN, 3)).toBeNaN();
    expect(studentTLogCdf(NaN, 3)).toBeNaN();
    expect(studentTLogPartialMean(NaN, 3).log).toBeNaN();
    expect(studentTTailMean(NaN, 3)).toBeNaN();
    expect(studentTLogMgf(NaN, 3)).toBeNaN();
    for (const p of [-0.1, 1.1, NaN]) expect(studentTQuantile(p, 3), `quantile(${p})`).toBeNaN();
    for (const df of [0, -1, Infinity, NaN]) expect(studentTLogDensityConstant(df), `df=${df}`).toBeNaN();
  });
});

describe('Student-t: closed forms at ν = 2 (loc 1, scale 3) and ν = 1', () => {
  it('density constant: −½log 8 at ν = 2, −log π at ν = 1, Stirling branch at ν = 40', () => {
    expect(relativeError(studentTLogDensityConstant(2), -1.039720770839917964126)).toBeLessThanOrEqual(4e-16);
    expect(relativeError(studentTLogDensityConstant(1), -Math.log(Math.PI))).toBeLessThanOrEqual(4e-16);
    expect(relativeError(studentTLogDensityConstant(40), -0.9251878826503641649465)).toBeLessThanOrEqual(1e-15);
  });
  it('log f with loc and scale, −∞ at ±∞, and past |z| = 1e150', () => {
    const z = 1;
    const ref = -1.039720770839917964126 - 1.5 * Math.log1p((z * z) / 2) - Math.log(3);
    expect(relativeError(studentTLogPdf(4, 2, 1, 3), ref)).toBeLessThanOrEqual(1e-15);
    expect(studentTLogPdf(Infinity, 2, 1, 3)).toBe(-Infinity);
    expect(studentTLogPdf(-Infinity, 2, 1, 3)).toBe(-Infinity);
    expect(relativeError(studentTLogPdf(1e200, 2), -1381.551055796427410411)).toBeLessThanOrEqual(1e-15);
    expect(relativeError(studentTLogPdf(-1e200, 2), -1381.551055796427410411)).toBeLessThanOrEqual(1e-15);
  });
  it('log F̄ and log F, on both sides of loc, at ±∞ and past |z| = 1e150', () => {
    const SF: [number, number][] = [[4, -1.554358683076435854719], [-2, -0.2374007861516191460937], [100, -7.687538555878043045104]];
    for (const [t, ref] of SF) {
      expect(relativeError(studentTLogSf(t, 2, 1, 3), ref), `logSf(${t}; 2, 1, 3)`).toBeLessThanOrEqual(1e-14);
      // by symmetry about loc = 1: P(X ≤ 2 − t) = P(X > t)
      expect(relativeError(studentTLogCdf(2 - t, 2, 1, 3), ref), `logCdf(${2 - t}; 2, 1, 3)`).toBeLessThanOrEqual(1e-14);
    }
    expect(studentTLogSf(Infinity, 2)).toBe(-Infinity);
    expect(studentTLogSf(-Infinity, 2) === 0).toBe(true);
    expect(studentTLogCdf(Infinity, 2) === 0).toBe(true);
    expect(relativeError(studentTLogSf(1e200, 2), -921.7271843781782189166)).toBeLessThanOrEqual(1e-14);
    expect(relativeError(studentTLogCdf(-1e200, 2), -921.7271843781782189166)).toBeLessThanOrEqual(1e-14);
    expect(relativeError(studentTLogCdf(-3, 1), -2.278708595290298655901), 'Cauchy logCdf(−3)').toBeLessThanOrEqual(1e-14);
  });
  it('partial mean loc·F̄(z) + scale/√(2 + z²), its value at ±∞, and +∞ for ν ≤ 1', () => {
    const PM: [number, number][] = [[4, 0.6644264985791154944155], [-2, 0.9245469323256561597462], [100, -2.393777215325109502182]];
    for (const [t, ref] of PM) {
      const pm = studentTLogPartialMean(t, 2, 1, 3);
      expect(pm.sign).toBe(1);
      expect(Math.abs(pm.log - ref), `logPm(${t}; 2, 1, 3) = ${pm.log}`).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(ref)));
    }
    expect(studentTLogPartialMean(Infinity, 2, 1, 3)).toEqual({ log: -Infinity, sign: 0 });
    expect(studentTLogPartialMean(-Infinity, 3, 0, 1), 'E[X] = 0').toEqual({ log: -Infinity, sign: 0 });
    const whole = studentTLogPartialMean(-Infinity, 3, 2, 1);
    expect(whole.sign, 'E[X] = loc = 2').toBe(1);
    expect(relativeError(whole.log, Math.LN2)).toBeLessThanOrEqual(1e-15);
    const neg = studentTLogPartialMean(-Infinity, 3, -2, 1);
    expect(neg.sign, 'E[X] = loc = −2').toBe(-1);
    expect(studentTLogPartialMean(5, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(studentTLogPartialMean(5, 0.5, 1, 2)).toEqual({ log: Infinity, sign: 1 });
  });
  it('tail mean: closed form at ν = 2 in the continued-fraction and log branches; +∞ / NaN for ν ≤ 1', () => {
    const TM: [number, number][] = [[4, 9.196152422706631880582], [-2, 3.196152422706631880582], [100, 199.0908673894824678863]];
    for (const [t, ref] of TM) expect(relativeError(studentTTailMean(t, 2, 1, 3), ref), `tailMean(${t}; 2, 1, 3)`).toBeLessThanOrEqual(1e-13);
    expect(studentTTailMean(Infinity, 2, 1, 3)).toBeNaN();
    expect(studentTTailMean(5, 1)).toBe(Infinity);
    expect(studentTTailMean(Infinity, 1)).toBeNaN();
  });
  it('mean loc (NaN for ν ≤ 1), variance scale²ν/(ν − 2) (+∞ for 1 < ν ≤ 2, NaN for ν ≤ 1), MGF 0 at 0 else +∞', () => {
    expect(studentTMean(3, 2, 5)).toBe(2);
    expect(studentTMean(1, 2, 5)).toBeNaN();
    expect(studentTVariance(3, 2, 5)).toBe(75);
    expect(studentTVariance(2, 2, 5)).toBe(Infinity);
    expect(studentTVariance(1.5, 2, 5)).toBe(Infinity);
    expect(studentTVariance(1, 2, 5)).toBeNaN();
    expect(studentTLogMgf(0, 3)).toBe(0);
    expect(studentTLogMgf(-1e-300, 3)).toBe(Infinity);
    expect(studentTLogMgf(2, 3)).toBe(Infinity);
  });
  it('quantile: loc at ½, ∓∞ at 0 and 1, (2p − 1)/√(2p(1 − p)) at ν = 2, tan(π(p − ½)) at ν = 1', () => {
    expect(studentTQuantile(0.5, 2, 1, 3)).toBe(1);
    expect(studentTQuantile(0, 2, 1, 3)).toBe(-Infinity);
    expect(studentTQuantile(1, 2, 1, 3)).toBe(Infinity);
    expect(relativeError(studentTQuantile(0.1, 2, 1, 3), 1 + 3 * -1.88561808316412662997)).toBeLessThanOrEqual(1e-13);
    expect(relativeError(studentTQuantile(0.9, 2, 1, 3), 1 - 3 * -1.88561808316412662997)).toBeLessThanOrEqual(1e-13);
    expect(relativeError(studentTQuantile(0.9, 1), 3.077683537175254133079)).toBeLessThanOrEqual(1e-13);
    expect(relativeError(studentTQuantile(1e-300, 2), -Math.SQRT1_2 * 1e150), 'F⁻¹(p) ≈ −1/√(2p)').toBeLessThanOrEqual(1e-12);
  });
});

describe('studentT factory', () => {
  it('defaults loc = 0, scale = 1; throws DomainError naming df, loc or scale', () => {
    expect(studentT({ df: 3 }).spec).toEqual({ family: 'studentT', df: 3, loc: 0, scale: 1 });
    for (const [params, parameter] of [
      [{ df: 0 }, 'df'],
      [{ df: 3, loc: NaN }, 'loc'],
      [{ df: 3, scale: 0 }, 'scale'],
      [{ df: 3, scale: -1 }, 'scale'],
    ] as const) {
      let caught: unknown;
      try {
        studentT(params);
      } catch (e) {
        caught = e;
      }
      expect(caught, JSON.stringify(params)).toBeInstanceOf(DomainError);
      expect((caught as DomainError).parameter).toBe(parameter);
      expect((caught as DomainError).family).toBe('studentT');
    }
  });
  it('wires the kernels with loc and scale', () => {
    const d = studentT({ df: 2, loc: 1, scale: 3 });
    expect(d.spec).toEqual({ family: 'studentT', df: 2, loc: 1, scale: 3 });
    expect(d.support).toEqual({ lower: -Infinity, upper: Infinity, kind: 'continuous' });
    expect(d.logPdf(4)).toBe(studentTLogPdf(4, 2, 1, 3));
    expect(d.logSf(4)).toBe(studentTLogSf(4, 2, 1, 3));
    expect(d.logCdf(4)).toBe(studentTLogCdf(4, 2, 1, 3));
    expect(d.quantile(0.1)).toBe(studentTQuantile(0.1, 2, 1, 3));
    expect(d.mean()).toBe(1);
    expect(d.variance()).toBe(Infinity);
    expect(d.logPartialMean(4)).toEqual(studentTLogPartialMean(4, 2, 1, 3));
    expect(d.tailMean(4)).toBe(studentTTailMean(4, 2, 1, 3));
    expect(d.logMgf(0)).toBe(0);
  });
});
