import { describe, it, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { tanhSinh } from './tanhSinh.ts';

/** Uniform on [lo, hi] (fc.double concentrates on tiny magnitudes; mixed with it where edge cases matter). */
const uniform = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 30 }).map((i) => lo + ((hi - lo) * i) / 2 ** 30);

const LOG_C3 = Math.log(2 / (Math.PI * Math.sqrt(3)));
const logT3 = (x: number): number => LOG_C3 - 2 * Math.log1p((x * x) / 3);

/** [name, f, a, b, exact, breakpoints, relative tolerance] */
const KNOWN: [string, (x: number) => number, number, number, number, number[] | undefined, number][] = [
  ['∫ e^{−x²} over ℝ (sinh-sinh)', (x) => Math.exp(-x * x), -Infinity, Infinity, Math.sqrt(Math.PI), undefined, 1e-14],
  ['∫_0^1 log x = −1 (end-point singularity)', Math.log, 0, 1, -1, undefined, 1e-15],
  ['∫_0^∞ x^{−½}e^{−x} = √π (exp-sinh)', (x) => Math.exp(-x) / Math.sqrt(x), 0, Infinity, Math.sqrt(Math.PI), undefined, 1e-14],
  ['∫_0^1 x^{−0.9} = 10', (x) => x ** -0.9, 0, 1, 10, undefined, 1e-12],
  // mpmath (50 digits): f(t)(ν + t²)/(ν − 1), Student-t ν = 3, t = 1e6
  ['∫_{1e6}^∞ x·f_{t3}(x)', (x) => x * Math.exp(logT3(x)), 1e6, Infinity, 1.653986686260414188475198e-12, undefined, 1e-14],
  ['∫_{−∞}^{−1} x^{−2} = 1 (left exp-sinh)', (x) => 1 / (x * x), -Infinity, -1, 1, undefined, 1e-14],
  ['jump at 1 with a breakpoint = 4', (x) => (x < 1 ? 1 : 3), 0, 2, 4, [1], 1e-15],
];

describe('tanhSinh', () => {
  for (const [name, f, a, b, exact, bp, rel] of KNOWN) {
    it(name, () => {
      const r = tanhSinh(f, a, b, { breakpoints: bp });
      expect(r.converged, `${name}: ${r.reason}`).toBe(true);
      const err = Math.abs(r.value - exact);
      expect(err, `${name}: ${r.value} vs ${exact}`).toBeLessThanOrEqual(rel * Math.abs(exact));
      // the estimate bounds the quadrature error; the integrand's own rounding (e^{logf} with |logf| ≈ 55
      // for the t3 tail: ~55ε relative) is outside what any rule can see
      const rounding = name.includes('t3') ? 1e-14 : 4e-16;
      expect(err, `${name}: actual ${err} vs estimate ${r.error}`).toBeLessThanOrEqual(r.error + rounding * Math.abs(exact));
    });
  }

  it('a jump without a breakpoint is not reported as converged', () => {
    const r = tanhSinh((x) => (x < 1.1 ? 1 : 3), 0, 2, { maxEvaluations: 20_000 });
    expect(r.converged, `value ${r.value}`).toBe(false);
    expect(r.reason).toMatch(/budget|finest/);
  });

  it('divergent integrals are not converged', () => {
    expect(tanhSinh((x) => 1 / x, 0, 1).converged).toBe(false);
    expect(tanhSinh((x) => 1 / x, 1, Infinity, { maxEvaluations: 50_000 }).converged).toBe(false);
  });

  it('NaN integrand → NaN with a reason; reversed limits flip the sign', () => {
    const r = tanhSinh(() => NaN, 0, 1);
    expect(r.value).toBeNaN();
    expect(r.converged).toBe(false);
    expect(r.reason).toBeTypeOf('string');
    expect(tanhSinh(Math.exp, 1, 0).value).toBeCloseTo(-(Math.E - 1), 14);
  });

  it('the error estimate is the level difference: larger for a looser tolerance', () => {
    const f = (x: number): number => 1 / (1 + x * x);
    const tight = tanhSinh(f, 0, 10);
    const loose = tanhSinh(f, 0, 10, { relTol: 1e-3 });
    expect(loose.error).toBeGreaterThan(tight.error);
    expect(Math.abs(loose.value - Math.atan(10))).toBeLessThanOrEqual(loose.error);
  });

  test.prop([uniform(0.05, 20), uniform(0.1, 3)])(
    '∫_0^∞ x^{k−1}e^{−x/θ} = Γ(k)θ^k (checked against Γ(k + 1)/k by recurrence-free ratio)',
    (k, theta) => {
      const I = tanhSinh((x) => Math.exp((k - 1) * Math.log(x) - x / theta), 0, Infinity).value;
      const J = tanhSinh((x) => Math.exp(k * Math.log(x) - x / theta), 0, Infinity).value;
      // Γ(k + 1)θ^{k+1} = kθ · Γ(k)θ^k
      expect(Math.abs(J - k * theta * I), `k=${k} θ=${theta}: ${J} vs ${k * theta * I}`).toBeLessThanOrEqual(1e-11 * J);
    },
  );
});
