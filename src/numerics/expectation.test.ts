import { describe, it, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { expectationByQuadrature, logMgfByQuadrature, tiltedMeanByQuadrature } from './expectation.ts';
import { relativeError } from './tolerance.ts';

/** Uniform on [lo, hi] (fc.double concentrates on tiny magnitudes; mixed with it where edge cases matter). */
const uniform = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 30 }).map((i) => lo + ((hi - lo) * i) / 2 ** 30);

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const logNormal = (mu: number, s: number) => (x: number) => -0.5 * ((x - mu) / s) ** 2 - Math.log(s) - LOG_SQRT_2PI;
const logExp = (rate: number) => (x: number) => Math.log(rate) - rate * x;
/** Student-t(3) log-density, log-space past |x| = 1e150 */
const LOG_C3 = Math.log(2 / (Math.PI * Math.sqrt(3)));
const logT3 = (x: number): number =>
  Math.abs(x) > 1e150 ? LOG_C3 - 2 * (2 * Math.log(Math.abs(x)) - Math.log(3) + Math.log1p(3 / x / x)) : LOG_C3 - 2 * Math.log1p((x * x) / 3);

describe('expectationByQuadrature', () => {
  it('E[X²] under Exp(1) = 2', () => {
    const r = expectationByQuadrature({ logPdf: logExp(1), lower: 0, upper: Infinity }, (x) => x * x);
    expect(relativeError(r.value, 2), `${r.value}`).toBeLessThanOrEqual(1e-13);
  });
  it('a narrow body far from 0: E[X] under N(1e6, 1) = 1e6 (the peak is located first)', () => {
    const r = expectationByQuadrature({ logPdf: logNormal(1e6, 1), lower: -Infinity, upper: Infinity }, (x) => x);
    expect(r.converged, r.reason).toBe(true);
    expect(relativeError(r.value, 1e6), `${r.value}`).toBeLessThanOrEqual(1e-10);
  });
  it('partial mean of Student-t(3) beyond 1e6 (mpmath: 1.653986686260414188e-12)', () => {
    const r = expectationByQuadrature({ logPdf: logT3, lower: 1e6, upper: Infinity }, (x) => x);
    expect(relativeError(r.value, 1.653986686260414188475198e-12), `${r.value}`).toBeLessThanOrEqual(1e-13);
  });
});

describe('logMgfByQuadrature', () => {
  test.prop([uniform(-30, 30), uniform(0.1, 10)])(
    'Normal(0, σ): log E e^{λX} = λ²σ²/2 (large λ: the integrand overflows without the log shift)',
    (lambda, s) => {
      const v = logMgfByQuadrature(logNormal(0, s), -Infinity, Infinity, lambda);
      const exact = 0.5 * (lambda * s) ** 2;
      expect(Math.abs(v - exact), `λ=${lambda} σ=${s}: ${v} vs ${exact}`).toBeLessThanOrEqual(1e-11 * Math.max(1, exact));
    },
  );
  it('Gamma(3, 1) at λ = ½: −3 log(1 − ½) = 3 ln 2', () => {
    const v = logMgfByQuadrature((x) => 2 * Math.log(x) - x - Math.LN2, 0, Infinity, 0.5);
    expect(relativeError(v, 3 * Math.LN2), `${v}`).toBeLessThanOrEqual(1e-12);
  });
  it('Uniform(0, 1) at λ = 1000: log((e^1000 − 1)/1000)', () => {
    const v = logMgfByQuadrature(() => 0, 0, 1, 1000);
    expect(relativeError(v, 1000 - Math.log(1000)), `${v}`).toBeLessThanOrEqual(1e-13);
  });
  it('divergent: Exp(1) at λ ≥ 1 and Student-t at any λ > 0 give Infinity', () => {
    expect(logMgfByQuadrature(logExp(1), 0, Infinity, 1)).toBe(Infinity);
    expect(logMgfByQuadrature(logExp(1), 0, Infinity, 1.5)).toBe(Infinity);
    expect(logMgfByQuadrature(logT3, -Infinity, Infinity, 1e-6)).toBe(Infinity);
    expect(logMgfByQuadrature(logT3, -Infinity, Infinity, -1e-6)).toBe(Infinity);
  });
  it('close to the edge, Exp(1) at λ = 1 − 1e-6 still converges: −log(1e-6)', () => {
    const lambda = 1 - 1e-6;
    const v = logMgfByQuadrature(logExp(1), 0, Infinity, lambda);
    expect(relativeError(v, -Math.log1p(-lambda)), `${v}`).toBeLessThanOrEqual(1e-11);
  });
  it('NaN λ gives NaN', () => {
    expect(logMgfByQuadrature(logExp(1), 0, Infinity, NaN)).toBeNaN();
  });
});

describe('tiltedMeanByQuadrature (numerics.md §4.3 closed forms)', () => {
  test.prop([uniform(-20, 20)])('Normal(μ=1, σ=2): μ + λσ²', (lambda) => {
    const v = tiltedMeanByQuadrature(logNormal(1, 2), -Infinity, Infinity, lambda);
    const exact = 1 + 4 * lambda;
    expect(Math.abs(v - exact), `λ=${lambda}: ${v}`).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(exact)));
  });
  test.prop([uniform(-5, 1.9)])('Exponential(rate 2): 1/(2 − λ)', (lambda) => {
    const v = tiltedMeanByQuadrature(logExp(2), 0, Infinity, lambda);
    expect(relativeError(v, 1 / (2 - lambda)), `λ=${lambda}: ${v}`).toBeLessThanOrEqual(1e-11);
  });
  it('Uniform(0, 1) at λ = 3: 1/(1 − e^{−3}) − 1/3', () => {
    const v = tiltedMeanByQuadrature(() => 0, 0, 1, 3);
    expect(relativeError(v, 1 / -Math.expm1(-3) - 1 / 3), `${v}`).toBeLessThanOrEqual(1e-13);
  });
  it('λ = 0 of a symmetric law is 0 (a sign-changing numerator still converges)', () => {
    expect(Math.abs(tiltedMeanByQuadrature(logNormal(0, 1), -Infinity, Infinity, 0))).toBeLessThanOrEqual(1e-14);
  });
  it('divergent tilts give ±Infinity', () => {
    expect(tiltedMeanByQuadrature(logT3, -Infinity, Infinity, 0.1)).toBe(Infinity);
    expect(tiltedMeanByQuadrature(logT3, -Infinity, Infinity, -0.1)).toBe(-Infinity);
  });
});
