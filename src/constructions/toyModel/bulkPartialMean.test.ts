import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { heavyTailed } from '../../arbitraries/heavyTailed.ts';
import { logUniform } from '../../arbitraries/logUniform.ts';
import { build } from '../../distributions/build.ts';
import { logLowerPartialMean } from '../../distributions/lowerPartialMean.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { fromSignedLog } from '../../numerics/logspace.ts';
import { logBulkPartialMean } from './bulkPartialMean.ts';
import { severityAt } from './severity.ts';

/** B(t) by the closed form and by the kernel (μ − m(t) where it keeps 3 digits, else adaptive quadrature to 1e-12). */
function both(spec: DistributionSpec, t: number): { closed: number | undefined; kernel: number } {
  const x = build(spec);
  const c = logBulkPartialMean(x, t);
  return { closed: c === undefined ? undefined : fromSignedLog(c), kernel: fromSignedLog(logLowerPartialMean(x, t)) };
}

/**
 * Relative 1e-9, or absolute 1e-12·F(t)·(|t| + |μ|) where B(t) itself is near 0 (Laplace(μ, b) at t = μ ≈ b: the
 * closed form ½(t − b) is exact, the kernel's μ − m(t) loses 6 digits there).
 */
function expectClose(spec: DistributionSpec, t: number, required = true): void {
  const { closed, kernel } = both(spec, t);
  const what = `B(${t}) of ${JSON.stringify(spec)}: closed ${closed}, kernel ${kernel}`;
  if (required) expect(closed, what).toBeDefined();
  if (closed === undefined || !Number.isFinite(kernel)) return;
  const x = build(spec);
  const floor = 1e-12 * x.cdf(t) * (Math.abs(t) + Math.abs(x.mean()));
  expect(Math.abs(closed - kernel), what).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(kernel), floor) + 1e-300);
}

const nearOne = logUniform(1e-9, 3).map((e) => 1 + e);
const decades = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((d) => 10 ** d);

describe('logBulkPartialMean against the kernel', () => {
  // t ≥ 1.001·x_m: within 1e-8 of x_m the kernel's quadrature itself is off (Pareto(1, 2) at t = 1 + 8.3e-9: 6.7e-9
  // relative, against the exact 2(t − 1)/t, which the closed form meets to 1e-16)
  test.prop([logUniform(1e-3, 1e6), nearOne, decades(-3, 20)])('Pareto(x_m, α) with α near 1', (xm, alpha, r) => expectClose({ family: 'pareto', xm, alpha }, xm * (1 + r)));
  test.prop([logUniform(1e-3, 1e6), nearOne, decades(-1, 20)])('Lomax(α, λ) with α near 1', (scale, alpha, r) => expectClose({ family: 'lomax', alpha, scale }, scale * r, r > 0.5));
  test.prop([logUniform(1e-2, 1e3), nearOne, fc.constantFrom(-10, -1, 0, 1), decades(-0.5, 20)])('Fréchet(α, s, m) with α near 1', (s, alpha, m, r) =>
    expectClose({ family: 'frechet', alpha, s, m }, m + s * r, m >= 0));
  test.prop([logUniform(0.02, 5), logUniform(1e-3, 1e3), decades(-5, 3)])('Weibull(k, λ)', (k, lambda, r) => expectClose({ family: 'weibull', k, lambda }, lambda * r));
  test.prop([fc.double({ min: -3, max: 3, noNaN: true }), logUniform(0.1, 5), fc.double({ min: -10, max: 10, noNaN: true })])('lognormal(μ, σ)', (mu, sigma, z) =>
    expectClose({ family: 'lognormal', mu, sigma }, Math.exp(mu + sigma * z)));
  test.prop([fc.double({ min: -100, max: 100, noNaN: true }), logUniform(1e-2, 1e2), fc.double({ min: -35, max: 5, noNaN: true })])('normal(μ, σ), left tail included', (mu, sigma, z) =>
    expectClose({ family: 'normal', mu, sigma }, mu + sigma * z, false));
  test.prop([fc.double({ min: -100, max: 100, noNaN: true }), logUniform(1e-2, 1e2), fc.double({ min: -600, max: 5, noNaN: true })])('logistic(μ, s), left tail included', (mu, s, z) =>
    expectClose({ family: 'logistic', mu, s }, mu + s * z, false));
  test.prop([fc.double({ min: -100, max: 100, noNaN: true }), logUniform(1e-2, 1e2), fc.double({ min: 0, max: 600, noNaN: true })])('Laplace(μ, b), left half', (mu, b, z) =>
    expectClose({ family: 'laplace', mu, b }, mu - b * z));
  test.prop([logUniform(1e-2, 1e2), nearOne, decades(-3, 40)])('log-logistic(α, β) with β near 1, both sides of the median', (alpha, beta, r) =>
    expectClose({ family: 'logLogistic', alpha, beta }, alpha * r));
  test.prop([heavyTailed({ finiteMean: true, continuous: true }), fc.double({ min: -600, max: -0.01, noNaN: true })], { numRuns: 200 })(
    'heavy laws of the toy model at their severity (mixtures and affine maps part by part)',
    (spec, logTail) => {
      const s = severityAt(build(spec), logTail);
      if (Number.isFinite(s)) expectClose(spec, s, false);
    },
  );
});

describe('logBulkPartialMean against mpmath (30 digits, mp.quad of x·f(x) or the closed form, as noted)', () => {
  const cases: [DistributionSpec, number, number][] = [
    // α·x_m^α·quad(x^{−α}, [x_m, t])
    [{ family: 'pareto', xm: 100, alpha: 1.0000001344557359 }, 9.33e18, 3907.449911160513882739887],
    // α·quad(x(1 + x)^{−α−1}, [0, t]) (the kernel's quadrature is 1.8e-11 off at α − 1 = 4.7e-6, t = 6e131)
    [{ family: 'lomax', alpha: 1.0000000481967755, scale: 1 }, 6202.841164323993, 7.733083695279611257992872],
    // m·e^{−z^{−α}} + gammainc(1 − 1/α, z^{−α}, ∞), equal to quad((m + y)·f(y)) to 25 digits
    [{ family: 'frechet', alpha: 1.00000001, s: 1, m: -1 }, 0.894, -0.06259535712750658035089187],
    // gammainc(1 + 1/k, 0, t^k), equal to quad
    [{ family: 'weibull', k: 0.25, lambda: 1 }, 0.389, 0.03202261411871507681337769],
    // e^{μ+σ²/2}·ncdf((log t − μ − σ²)/σ)
    [{ family: 'lognormal', mu: 2, sigma: 3 }, 0.158, 0.006167664776576992716369785],
    // quad(x·npdf(x, 5, 1), [−∞, −3]): the kernel's μ − m cancels here
    [{ family: 'normal', mu: 5, sigma: 1 }, -3, -1.941790796401000226192187e-15],
    // quad(x·f(x), [−∞, −20, 0]), f the logistic(50, 2) density
    [{ family: 'logistic', mu: 50, s: 2 }, 0, -2.777588772973516620452892e-11],
    // quad(x·e^{−|x−10|/2}/4, [−∞, −5])
    [{ family: 'laplace', mu: 10, b: 2 }, -5, -0.001935795295517417540857],
    // quad(x·f(x), [0, decades…, t]), f the log-logistic density: β just above 1 (μ far out), and F(t) = 1/9 < ½
    [{ family: 'logLogistic', alpha: 1, beta: 1.000000001 }, 2131644.6206652126, 13.57240521041270325874203254596851480539],
    [{ family: 'logLogistic', alpha: 2, beta: 3 }, 1, 0.08191499541188695844088561],
    [{ family: 'logLogistic', alpha: 0.5, beta: 1.0000000051704205 }, 1.2956025860157379e48, 55.23808800360521043750475],
  ];
  for (const [spec, t, ref] of cases) {
    it(`${spec.family} at t=${t}`, () => {
      const c = logBulkPartialMean(build(spec), t);
      expect(c, `${JSON.stringify(spec)} at ${t}`).toBeDefined();
      const v = fromSignedLog(c!);
      expect(Math.abs(v - ref), `${JSON.stringify(spec)} at ${t}: ${v} vs mpmath ${ref}`).toBeLessThanOrEqual(1e-12 * Math.abs(ref));
    });
  }
  it('mixture of Pareto and a reflected law: the reflected part goes to the kernel, the sum is exact', () => {
    const spec: DistributionSpec = { family: 'mixture', components: [{ family: 'pareto', xm: 1, alpha: 1.000001 }, { family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: -1 }], weights: [0.3, 0.7] };
    expectClose(spec, 5);
  });
  it('undefined for a family without a closed form and for a cancelling sum', () => {
    expect(logBulkPartialMean(build({ family: 'studentT', df: 1.5 }), 3), 'studentT').toBeUndefined();
    // Fréchet with m = −1 at E[X | X ≤ t] ≈ 0: m·F and s·Γ cancel
    const spec: DistributionSpec = { family: 'frechet', alpha: 3, s: 1, m: -1 };
    const x = build(spec);
    let t = 0.5;
    for (let i = 0; i < 200; i++) { const b = fromSignedLog(logLowerPartialMean(x, t)); if (Math.abs(b) < 1e-6 * x.cdf(t)) break; t += b > 0 ? -1e-3 : 1e-3; }
    expect(logBulkPartialMean(x, t), `Fréchet(3, 1, −1) near E[X | X ≤ t] = 0, t=${t}`).toBeUndefined();
  });
});
