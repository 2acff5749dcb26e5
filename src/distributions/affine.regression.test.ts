/**
 * Regression tests for defects found in affine images (session 3):
 * 1. the tail mean of a reflection far out in a light (doubly-exponential, Gaussian, exponential) tail;
 * 2. cdf/massAt of affine lattice laws at atoms whose inverse image (y − loc)/scale is not the integer;
 * 3. log-probabilities above 0;
 * 4. (session 5) the tail mean of a reflected bounded symmetric law (uniform, Beta(α, α)) within ulps of the top.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { build } from './build.ts';
import type { DistributionSpec } from './types.ts';
import { logIntegrate } from '../numerics/quadrature.ts';

describe('affine: reflected Gumbel tail mean far out (was 0 for s ≳ 56, NaN for s ≳ 1000)', () => {
  // Y = −2 − G, G ~ Gumbel(μ = 1, β = 1): E[Y | Y > s] = −2 − (g − e^{w}E₁(w)), g = −2 − s, w = e^{−(g − 1)}.
  // Values from mpmath (mp.dps = 40): -2 - (g - exp(w)*e1(w)).
  const y = build({ family: 'affine', base: { family: 'gumbel', mu: 1, beta: 1 }, loc: -2, scale: -1 });
  it.each([
    [-3.5, -2.67750303328276855565704529957],
    [0, 0.0475241931310142057664782151689],
    [5, 5.00033535016815460026182012053],
    [30, 30.0000000000000046588861451034],
    [56, 56.0000000000000000000000000238],
    [1000, 1000],
    [1e300, 1e300],
  ])('tailMean(%s) = %s', (s, expected) => {
    const got = y.tailMean(s);
    expect(Math.abs(got - expected), `tailMean(${s}) = ${got}, expected ${expected}`).toBeLessThanOrEqual(
      4e-15 * Math.max(1, Math.abs(expected)),
    );
  });
});

/** Reflections Y = loc + scale·X (scale < 0) of light-tailed bases: Y's right tail is X's left tail. */
const lightBase: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc.record({ family: fc.constant('gumbel' as const), mu: fc.double({ min: -10, max: 10, noNaN: true }), beta: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('normal' as const), mu: fc.double({ min: -10, max: 10, noNaN: true }), sigma: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('logistic' as const), mu: fc.double({ min: -10, max: 10, noNaN: true }), s: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('laplace' as const), mu: fc.double({ min: -10, max: 10, noNaN: true }), b: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('exponential' as const), rate: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('gamma' as const), shape: fc.double({ min: 0.3, max: 20, noNaN: true }), rate: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('beta' as const), alpha: fc.double({ min: 0.5, max: 10, noNaN: true }), beta: fc.double({ min: 0.5, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('uniform' as const), a: fc.constant(-1), b: fc.double({ min: 0, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('weibull' as const), k: fc.double({ min: 1.05, max: 5, noNaN: true }), lambda: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
);

/** A light law or a two-component mixture of light laws (reflected through their components' lower tail means). */
const lightOrMixture: fc.Arbitrary<DistributionSpec> = fc.oneof(
  { arbitrary: lightBase, weight: 3 },
  {
    arbitrary: fc
      .tuple(lightBase, lightBase, fc.double({ min: 0.05, max: 0.95, noNaN: true }))
      .map(([a, b, w]): DistributionSpec => ({ family: 'mixture', components: [a, b], weights: [w, 1 - w] })),
    weight: 1,
  },
);

describe('affine: reflections of light laws far out', () => {
  test.prop(
    [
      lightOrMixture,
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.double({ min: 1, max: 300, noNaN: true }),
    ],
    {
      numRuns: 300,
      // seed −1813158007: s two ulps below the top of −0.001·X, X = 5% Uniform(−1, 4.000000000003979) + Weibull;
      // the uniform's lower tail mean went through 2c − u, which rounded onto b (tailMean NaN)
      examples: [[{ family: 'mixture', components: [{ family: 'uniform', a: -1, b: 4.000000000003979 }, { family: 'weibull', k: 1.05, lambda: 0.1 }], weights: [0.05, 0.95] }, 0, 0.001, 15.265919722494797]],
    },
  )('s ≤ tailMean(s) ≤ sup Y and finite, from moderate s to 1e300', (base, loc, a, e) => {
    const y = build({ family: 'affine', base, loc, scale: -a });
    const up = y.support.upper;
    // unbounded above: s = 10^e; bounded above: s = up − a·10^{−e}·max(1, |up|), as far as doubles resolve
    const s = up === Infinity ? 10 ** e : up - a * 10 ** -e * Math.max(1, Math.abs(up));
    if (!(s < up)) return;
    const tm = y.tailMean(s);
    const where = `tailMean(${s}) = ${tm}; Y = ${loc} − ${a}·X, X ~ ${JSON.stringify(base)}`;
    expect(Number.isFinite(tm), where).toBe(true);
    expect(tm >= s, where).toBe(true);
    expect(tm <= up, where).toBe(true);
  });
});

describe('affine: reflections of bounded symmetric laws within ulps of the top (the reflection 2c − u rounded onto the far end)', () => {
  // Values from mpmath (mp.dps = 40). Uniform: E[Y | Y > s] = scale·(a + s/scale)/2 with s, scale the doubles;
  // Beta(2, 2): E[X | X < u] = u(2 − 1.5u)/(3 − 2u), and Y = −X.
  it.each<[string, DistributionSpec, number, number, number]>([
    ['seed −1813158007', { family: 'mixture', components: [{ family: 'uniform', a: -1, b: 4.000000000003979 }, { family: 'weibull', k: 1.05, lambda: 0.1 }], weights: [0.05, 0.95] }, -0.001, 0.0009999999999999996, 0.0009999999999999998039762472146207983314525],
    ['uniform alone', { family: 'uniform', a: -1, b: 4.000000000003979 }, -0.001, 0.0009999999999999996, 0.0009999999999999998039762472146207983314525],
    ['Beta(2, 2) at 1e-20', { family: 'beta', alpha: 2, beta: 2 }, -1, -1e-20, -6.666666666666666666661111111111111111111e-21],
    ['Beta(2, 2) at 1e-10', { family: 'beta', alpha: 2, beta: 2 }, -1, -1e-10, -6.666666666611111111107407407407160493827e-11],
  ])('%s: tailMean(%j·%d at %d) = %d', (_, base, scale, s, expected) => {
    const y = build({ family: 'affine', base, loc: 0, scale });
    const got = y.tailMean(s);
    expect(Math.abs(got - expected), `tailMean(${s}) = ${got}, expected ${expected}; Y = ${scale}·X, X ~ ${JSON.stringify(base)}`).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  });
});

describe('affine: atoms of lattice laws under inexact maps (cdf and massAt missed the top atom)', () => {
  // Y = −1 − 0.1·X, X ~ Geometric(¼) on {1, 2, …}: the top atom fl(−1 − 0.1·1) = −1.1, and
  // (−1.1 − (−1))/(−0.1) = 1.0000000000000009 in doubles. P(X = 1) = ¼, P(X = 2) = 3/16.
  const y = build({ family: 'affine', base: { family: 'geometric', p: 0.25 }, loc: -1, scale: -0.1 });
  it('the top atom −1.1 is the support edge and carries P(X = 1) = ¼', () => {
    expect(y.support.upper).toBe(-1.1);
    expect(y.quantile(1 - 1e-12)).toBe(-1.1);
    expect(y.cdf(-1.1), 'cdf(-1.1)').toBe(1);
    expect(y.sf(-1.1), 'sf(-1.1)').toBe(0);
    expect(y.logSf(-1.1), 'logSf(-1.1)').toBe(-Infinity);
    expect(y.massAt(-1.1), 'massAt(-1.1)').toBe(0.25);
    expect(y.pdf(-1.1), 'pdf(-1.1)').toBe(0.25);
    expect(y.cdf(-1.1000000000000003), 'cdf just below −1.1').toBe(0.75);
  });
  it('the next atom fl(−1 − 0.2) = −1.2 carries 3/16, and E[Y | Y > −1.2] is the top atom', () => {
    expect(y.massAt(-1.2), 'massAt(-1.2)').toBe(0.1875);
    expect(y.cdf(-1.2), 'cdf(-1.2)').toBe(0.75);
    expect(y.tailMean(-1.2), 'tailMean(-1.2)').toBe(-1.1);
  });
});

/** Discrete bases and affine maps with inexact (non-dyadic) loc and scale of either sign. */
const discreteBase: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc.record({ family: fc.constant('geometric' as const), p: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }),
  fc.record({ family: fc.constant('poisson' as const), lambda: fc.double({ min: 0.1, max: 50, noNaN: true }) }),
  fc.record({ family: fc.constant('zeta' as const), s: fc.double({ min: 1.5, max: 6, noNaN: true }) }),
  fc
    // atoms at least 1/37 apart (non-dyadic), so that distinct atoms keep distinct images
    .uniqueArray(fc.integer({ min: -370, max: 370 }), { minLength: 1, maxLength: 6 })
    .map((ks) => ks.map((k) => k / 37))
    .chain((values) =>
      fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: values.length, maxLength: values.length }).map((w) => {
        const total = w.reduce((a, b) => a + b, 0);
        return { family: 'categorical' as const, values, probs: w.map((x) => x / total) };
      }),
    ),
);

const nextDown = (x: number): number => {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] += x > 0 ? -1n : x < 0 ? 1n : 0n;
  return x === 0 ? -Number.MIN_VALUE : f[0];
};

describe('affine: discrete laws, every atom carries its mass', () => {
  test.prop(
    [
      discreteBase,
      fc.double({ min: -100, max: 100, noNaN: true }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )('cdf(a) − cdf(a⁻) = pmf(a) = massAt(a) at atoms a = quantile(q) and the edges; cdf(sup) = 1', (base, loc, a, flip) => {
    const scale = flip ? -a : a;
    const y = build({ family: 'affine', base, loc, scale });
    const { lower, upper } = y.support;
    const atoms = [1e-6, 0.1, 0.5, 0.9, 0.99].map((q) => y.quantile(q));
    for (const edge of [lower, upper]) if (Number.isFinite(edge)) atoms.push(edge);
    for (const at of atoms) {
      const where = `atom ${at}; Y = ${loc} + ${scale}·X, X ~ ${JSON.stringify(base)}`;
      const mass = y.massAt(at);
      expect(mass > 0, `massAt: ${where}`).toBe(true);
      expect(y.pdf(at), `pmf: ${where}`).toBeCloseTo(mass, 14);
      const jump = y.cdf(at) - y.cdf(nextDown(at));
      expect(Math.abs(jump - mass), `cdf jump ${jump} vs mass ${mass}: ${where}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(y.cdf(at) + y.sf(at) - 1), `cdf + sf: ${where}`).toBeLessThanOrEqual(1e-12);
    }
    if (Number.isFinite(upper)) {
      expect(y.cdf(upper), `cdf(sup = ${upper}): Y = ${loc} + ${scale}·X, X ~ ${JSON.stringify(base)}`).toBe(1);
      expect(y.logSf(upper), `logSf(sup = ${upper})`).toBe(-Infinity);
    }
  });
});

describe('affine laws beyond the overflow of (y − loc)/scale', () => {
  const heavy = build({ family: 'affine', base: { family: 'studentT', df: 1.02 }, loc: 0, scale: 1e-4 });
  const light = build({ family: 'affine', base: { family: 'normal', mu: 0, sigma: 1 }, loc: 0, scale: 1e-4 });
  it('a heavy side is unknown (NaN) there, not 0; a light side keeps its limit', () => {
    for (const y of [1e305, -1e306]) {
      expect(heavy.logSf(y), `heavy logSf(${y})`).toBeNaN();
      expect(heavy.logPdf(y), `heavy logPdf(${y})`).toBeNaN();
    }
    expect(heavy.logSf(1e300), 'heavy logSf(1e300) is still computed').toBeLessThan(0);
    expect(light.logSf(1e305), 'light logSf(1e305)').toBe(-Infinity);
    expect(light.logCdf(-1e305), 'light logCdf(−1e305)').toBe(-Infinity);
  });
  it('so a quadrature that needs that mass reports failure instead of a converged wrong value', () => {
    // E[Y·1{Y > 1}] for df = 1.02 keeps (1e308/1e4)^{−0.02} ≈ 1e-6 of itself beyond y = 1.8e304
    const r = logIntegrate((y) => Math.log(y) + heavy.logPdf(y), 1, Infinity);
    expect(r.converged || r.relError <= 1e-8, `no accuracy may be claimed: ${JSON.stringify(r)}`).toBe(false);
  });
});
