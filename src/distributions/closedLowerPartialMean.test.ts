/**
 * closedLowerPartialMean (the exported closed forms of L(t) = E[X·1{X < t}]) called directly: the kernel
 * logLowerPartialMean falls back to μ − m(t), reflection or quadrature when a closed form returns undefined, which
 * hides a closed form that refuses (or is NaN) where it should answer. References from mpmath (mp.dps = 40, the
 * double inputs taken exactly), with the expressions of lowerPartialMean.test.ts:
 *   normal: μ·ncdf(z) − σ·npdf(z);  Laplace, t ≤ μ: e^{(t−μ)/b}(t − b)/2;  logistic: t/(1 + e^{−z}) − s·log1p(e^z);
 *   Pareto: α·x_m^α·(t^{1−α} − x_m^{1−α})/(1 − α);  Weibull: λ·gammainc(1 + 1/k, 0, (t/λ)^k).
 */
import { describe, expect, it } from 'vitest';
import { closedLowerPartialMean } from './closedLowerPartialMean.ts';
import { logLowerPartialMean } from './lowerPartialMean.ts';
import { build } from './build.ts';
import type { DistributionSpec } from './types.ts';

/** [spec, t, sign of L, mpmath log|L|, tolerance on |Δ log| (= relative error of L)]. */
type Reference = [DistributionSpec, number, -1 | 1, number, number];

function expectClose([spec, t, sign, log, tol]: Reference): void {
  const got = closedLowerPartialMean(spec, t);
  const name = `closedLowerPartialMean(${JSON.stringify(spec)}, t=${t}) = ${JSON.stringify(got)} vs mpmath sign ${sign}, log ${log}`;
  expect(got?.sign, name).toBe(sign);
  expect(Math.abs((got?.log ?? NaN) - log), name).toBeLessThan(tol);
}

function expectZero(spec: DistributionSpec, t: number): void {
  const got = closedLowerPartialMean(spec, t);
  expect(got, `closedLowerPartialMean(${JSON.stringify(spec)}, t=${t}) = ${JSON.stringify(got)}, expected exact zero`).toEqual({ log: -Infinity, sign: 0 });
}

describe('closedLowerPartialMean against mpmath', () => {
  const references: Record<string, Reference[]> = {
    // z ≥ −3: μ·Φ(z) − σ·φ(z) (the continued fraction C(w) is for w = −z ≥ 3 only)
    'normal in the body and right of the mean': [
      [{ family: 'normal', mu: 0, sigma: 2 }, 1, -1, -0.3507913526447274323630976, 1e-13],
      [{ family: 'normal', mu: 2, sigma: 1 }, 2.5, 1, 0.03039301320413042249725508, 1e-13],
      [{ family: 'normal', mu: -1.5, sigma: 0.5 }, -1, -1, 0.3242568468692878856880979, 1e-13],
      [{ family: 'normal', mu: 1, sigma: 1 }, 3.5, 1, -0.0240242509586038489097701, 1e-13],
      [{ family: 'normal', mu: 3, sigma: 1 }, 0.5, 1, -6.811813041005153445520337, 1e-12],
    ],
    // left of μ, L = ½e^{−(μ−t)/b}(t − b): negative for t < b even where t > −b
    'Laplace left of the centre, between −b and b': [
      [{ family: 'laplace', mu: 0, b: 1 }, -0.5, -1, -0.787682072451780927439219, 1e-13],
      [{ family: 'laplace', mu: 5, b: 2 }, 0.5, -1, -2.537682072451780927439219, 1e-13],
    ],
    // z < −30: log(1 + e^z) = e^z(1 − e^z/2 + …), whose second term is e^z ≈ 6e-14 of it at z = −30.5; at t = 0
    // L is −s·log(1 + e^z) alone. At t = −800 (z < −745) e^z is not a double, yet L ≈ −801·e^{−800} is in log space.
    'logistic far in the left tail': [
      [{ family: 'logistic', mu: 30.5, s: 1 }, 0, -1, -30.50000000000002837842616, 1e-14],
      [{ family: 'logistic', mu: 31, s: 1 }, 0, -1, -31.00000000000001721238554, 1e-14],
      [{ family: 'logistic', mu: 0, s: 1 }, -800, -1, -793.3141390529316407788917, 1e-13],
    ],
    // t = x_m(1 + 1e-9) with x_m ≠ 1 (t/x_m rounds: 1e-7 of log(t/x_m)); t/x_m beyond the double range (α < 1)
    'Pareto just above x_m and where t/x_m overflows': [
      [{ family: 'pareto', xm: 3, alpha: 2 }, 3.000000003, 1, -18.93150643400772383850797, 1e-12],
      [{ family: 'pareto', xm: 7, alpha: 1.5 }, 7.00000001, 1, -18.01521564299310064377136, 1e-12],
      [{ family: 'pareto', xm: 1e-10, alpha: 0.5 }, 1e308, 1, 343.0851788561128069423864, 1e-13],
    ],
    // (t/λ)^k with t/λ far from 1 and k small, so γ(1 + 1/k, ·) is not saturated: λ/t overflows; t/λ = 1e10
    'Weibull far from λ with a small shape': [
      [{ family: 'weibull', k: 0.1, lambda: 1e300 }, 1e-10, 1, -96.8038840855542474659036, 1e-12],
      [{ family: 'weibull', k: 0.1, lambda: 1 }, 1e10, 1, 14.22964818714473609168857, 1e-12],
      [{ family: 'weibull', k: 0.2, lambda: 3 }, 3e6, 1, 5.88456253009624221497095, 1e-12],
    ],
  };
  for (const [title, cases] of Object.entries(references)) {
    it(title, () => cases.forEach(expectClose));
  }
});

describe('closedLowerPartialMean: exact zeros', () => {
  it('is exactly zero at and below the lower end of the support (L = 0 there is the closed form, not a refusal)', () => {
    expectZero({ family: 'pareto', xm: 3, alpha: 2 }, 2);
    expectZero({ family: 'pareto', xm: 3, alpha: 0.5 }, -1);
    expectZero({ family: 'lomax', alpha: 2, scale: 1 }, -0.5);
    expectZero({ family: 'lomax', alpha: 2, scale: 1 }, -3);
    expectZero({ family: 'frechet', alpha: 2, s: 1, m: 1 }, 0.5);
    expectZero({ family: 'frechet', alpha: 0.5, s: 1, m: 1 }, 1); // at m, even where the mean is infinite
    expectZero({ family: 'frechet', alpha: 0.5, s: 1, m: 1 }, -2);
    expectZero({ family: 'weibull', k: 2, lambda: 1 }, -1);
    expectZero({ family: 'lognormal', mu: 0, sigma: 1 }, -1);
    expectZero({ family: 'logLogistic', alpha: 2, beta: 1.5 }, 0);
    expectZero({ family: 'logLogistic', alpha: 2, beta: 1.5 }, -1);
  });

  it('Laplace: zero where t = b ≤ μ, and the canonical zero where L is below the double range even in log space', () => {
    expectZero({ family: 'laplace', mu: 2, b: 1 }, 1); // ½e^{−1}(1 − 1) = 0
    expectZero({ family: 'laplace', mu: 0, b: 1e-10 }, -1e300); // log L = −1e310 − log 2 + log(1e300): −∞
  });

  it('the kernel at t = +∞ is the mean (the logistic closed form, ∞ − ∞ there, must not read as 0)', () => {
    const got = logLowerPartialMean(build({ family: 'logistic', mu: 3, s: 1 }), Infinity);
    expect(got.sign, `L(∞) for logistic(3, 1): ${JSON.stringify(got)}`).toBe(1);
    expect(Math.abs(got.log - Math.log(3)), `L(∞) for logistic(3, 1): ${JSON.stringify(got)}`).toBeLessThan(1e-15);
  });
});

/**
 * Parameters near the ends of the double range (a defect found in session 8: log(α·x_m), log(λα) and log|μ ± b|
 * were taken of a product or sum that overflows or underflows, so L came out ±∞ or 0 where it is a double).
 * mpmath (mp.dps = 50) with the expressions of the file comment; Laplace right of μ: μ − e^{−z}(t + b)/2. Tolerance
 * 1e-12 on log L: one ulp of a log near 700 is 1.1e-13.
 */
describe('closedLowerPartialMean where a parameter product or sum leaves the double range', () => {
  it('Pareto and Lomax with α·x_m (λα) above 1.8e308 or below the normal range', () => {
    [
      [{ family: 'pareto', xm: 1e308, alpha: 2 }, 1.7e308, 1, 709.00205262772511316, 1e-12],
      [{ family: 'pareto', xm: 1e300, alpha: 1e10 }, 1.1e300, 1, 690.77552789831370526, 1e-12],
      [{ family: 'pareto', xm: 1e-200, alpha: 1e-200 }, 2e-200, 1, -921.034037197618273643, 1e-12],
      [{ family: 'lomax', alpha: 2, scale: 1e308 }, 1e308, 1, 707.80991428104618007, 1e-12],
    ].forEach((r) => expectClose(r as Reference));
  });

  it('Laplace with |μ| + b or |t| + b above 1.8e308', () => {
    [
      [{ family: 'laplace', mu: 1.7e308, b: 1e308 }, 1.79e308, 1, 708.34069780604481508, 1e-12],
      [{ family: 'laplace', mu: -1.7e308, b: 1e308 }, -1.6e308, -1, 709.55286772819151546, 1e-12],
      [{ family: 'laplace', mu: 0, b: 1e308 }, -1.7e308, -1, 707.7963132346164088195, 1e-12],
    ].forEach((r) => expectClose(r as Reference));
  });

  it('the kernel: L(t) of Pareto(1e308, 2) at 1.7e308 is finite (it was +∞)', () => {
    const got = logLowerPartialMean(build({ family: 'pareto', xm: 1e308, alpha: 2 }), 1.7e308);
    expect(got.sign, `L(1.7e308) for Pareto(1e308, 2): ${JSON.stringify(got)}`).toBe(1);
    expect(Math.abs(got.log - 709.00205262772511316), `L(1.7e308) for Pareto(1e308, 2): ${JSON.stringify(got)}`).toBeLessThan(1e-12);
  });
});
