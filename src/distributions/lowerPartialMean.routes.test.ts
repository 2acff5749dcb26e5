/**
 * The routes of logLowerPartialMean / lowerTailMean past the exact recipes (lowerPartialMean.ts steps 2–5):
 * quadrature split at 0, reflection through a centre of symmetry (and when it may be used), the −∞ and 0
 * limits, and laws made outside defineDistribution (a spread copy of a built law keeps no recipes, so the
 * generic kernel serves it). References from mpmath (mp.dps = 40, the double inputs taken exactly); the
 * expression used is given beside each value.
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { build } from './build.ts';
import { logLowerPartialMean, lowerTailMean } from './lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from './types.ts';

const valueOf = (d: Distribution, u: number): number => {
  const s = logLowerPartialMean(d, u);
  return s.sign === 0 ? 0 : s.sign * Math.exp(s.log);
};
const relErr = (got: number, want: number): number => Math.abs(got - want) / Math.abs(want);
/** A copy of a built law without its recipes (an object not made by defineDistribution). */
const bare = (spec: DistributionSpec): Distribution => ({ ...build(spec) });

describe('quadrature route (continuous laws with no closed form, mean infinite or μ − m(u) cancelling)', () => {
  // mpmath: Fréchet L(u) = m·e^{−y} + s·gammainc(1 − 1/α, y), y = ((u − m)/s)^{−α} (checked by quad);
  // Lévy L(u) = quad(x·√(c/2π)·e^{−c/(2(x−μ))}/(x−μ)^{3/2}, [μ, u])
  const CASES: [DistributionSpec, number, number][] = [
    [{ family: 'frechet', alpha: 0.5, s: 1, m: -2 }, 1, -0.62616295911165669156], // both signs: [−2, 0] and [0, 1]
    [{ family: 'frechet', alpha: 0.5, s: 1, m: -2 }, -1, -0.58726337556696259527], // negative part only
    [{ family: 'levy', c: 1, mu: 1 }, 3, 0.87878257893544479409], // positive part only, lower end > 0
    [{ family: 'levy', c: 1, mu: -1 }, -0.5, -0.10704466539027290965], // negative part only, u < 0
  ];
  for (const [spec, u, want] of CASES) {
    it(`E[X·1{X < ${u}}] for ${JSON.stringify(spec)}`, () => {
      const got = valueOf(build(spec), u);
      expect(relErr(got, want), `L(${u}) for ${JSON.stringify(spec)}: ${got} vs mpmath ${want}`).toBeLessThan(1e-11);
    });
  }
});

describe('limits: no mass below u, and a left tail without a first moment', () => {
  it('L(−∞) = 0 and E[X·1{X < u}] = −∞ for a left tail with index ≤ 1 (Cauchy, Student-t df ≤ 1)', () => {
    const specs: DistributionSpec[] = [{ family: 'cauchy', loc: 1, scale: 2 }, { family: 'studentT', df: 1, loc: -1, scale: 3 }, { family: 'studentT', df: 0.7 }];
    for (const spec of specs) {
      const d = build(spec);
      expect(valueOf(d, -Infinity), `L(−∞) for ${JSON.stringify(spec)}`).toBe(0);
      for (const u of [-1e6, 0, 5]) expect(valueOf(d, u), `L(${u}) for ${JSON.stringify(spec)}`).toBe(-Infinity);
    }
  });

});

describe('reflection through a centre of symmetry c: L(u) = 2c·F̄(v) − m(v), E[X | X < u] = 2c − E[X | X > v], v = 2c − u', () => {
  it('Student-t (df 3, loc 2): E[X | X < 1] = loc + E[Z·1{Z < z}]/F(z)', () => {
    // mpmath: 2 + (−(ν + z²)/(ν − 1)·f_ν(z))/F_ν(z), z = −1, F from betainc
    const got = lowerTailMean(build({ family: 'studentT', df: 3, loc: 2, scale: 1 }), 1);
    expect(relErr(got, -0.11506048569569842229), `E[X | X < 1] for studentT(3, 2, 1): ${got}`).toBeLessThan(1e-13);
  });

  it('Laplace(10, 1): E[X | X < u] = u − b for u ≤ μ, also far out where log P(X < u) = −1e10', () => {
    const d = build({ family: 'laplace', mu: 10, b: 1 });
    for (const u of [5, -3, -1e10]) {
      const got = lowerTailMean(d, u);
      expect(relErr(got, u - 1), `E[X | X < ${u}] for laplace(10, 1): ${got}`).toBeLessThan(1e-14);
    }
  });

  it('logistic(1, 2) at u = −1e10: E[X | X < u] = u − s·log1p(e^z)/F(z) = −1e10 − 2 to double precision', () => {
    // mpmath: u − 2·log1p(exp(z))/(1/(1 + exp(−z))), z = (u − 1)/2
    const got = lowerTailMean(build({ family: 'logistic', mu: 1, s: 2 }), -1e10);
    expect(relErr(got, -10000000002), `E[X | X < −1e10] for logistic(1, 2): ${got}`).toBeLessThan(1e-14);
  });

  it('Beta(2, 5) is not symmetric: L(0.3) and E[X | X < 0.3] from its own integral', () => {
    // mpmath: L = B(3, 5)/B(2, 5)·betainc(3, 5, 0, u, regularized), E = L/betainc(2, 5, 0, u, regularized)
    const d = build({ family: 'beta', alpha: 2, beta: 5 });
    const l = valueOf(d, 0.3);
    const e = lowerTailMean(d, 0.3);
    expect(relErr(l, 0.10083728571428570709), `L(0.3) for beta(2, 5): ${l}`).toBeLessThan(1e-12);
    expect(relErr(e, 0.17390986196574088951), `E[X | X < 0.3] for beta(2, 5): ${e}`).toBeLessThan(1e-12);
  });

  it('Beta(2, 2) at u = 1e-20, where v = 1 − u rounds to the top: not by reflection', () => {
    // mpmath: L = 2u³ − 1.5u⁴, E = L/(3u² − 2u³)
    const d = build({ family: 'beta', alpha: 2, beta: 2 });
    const l = valueOf(d, 1e-20);
    const e = lowerTailMean(d, 1e-20);
    expect(relErr(l, 1.9999999999999996709e-60), `L(1e-20) for beta(2, 2): ${l}`).toBeLessThan(1e-12);
    expect(relErr(e, 6.666666666666666301e-21), `E[X | X < 1e-20] for beta(2, 2): ${e}`).toBeLessThan(1e-12);
  });
});

describe('symmetric Beta near its lower end: its own integral, not the reflection through ½', () => {
  it('L(1e-3) for Beta(40, 40) and Beta(0.5, 0.5), and L(1e-5) for Beta(3, 3), to 1e-12 of mpmath', () => {
    // mpmath (dps 40): L(u) = betainc(α + 1, α, 0, u)/beta(α, α). Reflecting through ½ was 1.2e-11 off for
    // Beta(40, 40) (L ∝ u^{α+1} multiplies the rounding of v = 1 − u by α + 1) and 1.4e-12 for Beta(½, ½).
    const cases: Array<[number, number, number]> = [
      [40, 1e-3, 5.048258819067484392827419865077347883747e-101],
      [0.5, 1e-3, 0.00000671257586159841853595579177799154093204],
      [3, 1e-5, 7.499880000500002454042535834000330452489e-20],
    ];
    for (const [alpha, u, reference] of cases) {
      const l = valueOf(build({ family: 'beta', alpha, beta: alpha }), u);
      expect(relErr(l, reference), `L(${u}) for beta(${alpha}, ${alpha}): ${l}, mpmath ${reference}`).toBeLessThan(1e-12);
    }
  });
});

describe('a uniform law without recipes (spread copy): the generic kernel, reflecting through (a + b)/2', () => {
  const law = fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.5, max: 10, noNaN: true }), fc.double({ min: 0.05, max: 1.5, noNaN: true }));
  test.prop([law])('E[X | X < u] = (a + min(u, b))/2 and L(u) = (min(u, b)² − a²)/(2(b − a))', ([a, w, frac]) => {
    const b = a + w;
    const u = a + frac * w;
    const d = bare({ family: 'uniform', a, b });
    const top = Math.min(u, b);
    const e = lowerTailMean(d, u);
    const wantE = (a + top) / 2;
    expect(Math.abs(e - wantE), `E[X | X < ${u}] for bare uniform(${a}, ${b}): ${e} vs ${wantE}`).toBeLessThan(1e-12 * (Math.abs(a) + Math.abs(b)));
    const l = valueOf(d, u);
    const wantL = ((top - a) * (top + a)) / (2 * w);
    expect(Math.abs(l - wantL), `L(${u}) for bare uniform(${a}, ${b}): ${l} vs ${wantL}`).toBeLessThan(1e-11 * (a * a + b * b) / w);
  });

  it('uniform(0, 1) at u = 1e-20: v = fl(1 − u) = 1 is the top, where F̄ = 0, so not by reflection: L = u²/2', () => {
    const d = bare({ family: 'uniform', a: 0, b: 1 });
    const l = valueOf(d, 1e-20);
    const e = lowerTailMean(d, 1e-20);
    expect(relErr(l, 5e-41), `L(1e-20) for bare uniform(0, 1): ${l} vs 5e-41`).toBeLessThan(1e-12);
    expect(relErr(e, 5e-21), `E[X | X < 1e-20] for bare uniform(0, 1): ${e} vs 5e-21`).toBeLessThan(1e-12);
  });

  it('uniform(1, 1e6) at u = 1.001: v = 2c − u carries u − a to only ~1e-7 (ulp of 1e6 / 1e-3), so not by reflection', () => {
    // exact: L = (u² − a²)/(2(b − a)) = (u − 1)(u + 1)/(2·999999), evaluated from the double u
    const d = bare({ family: 'uniform', a: 1, b: 1e6 });
    const u = 1.001;
    const want = ((u - 1) * (u + 1)) / (2 * 999999);
    const l = valueOf(d, u);
    expect(relErr(l, want), `L(${u}) for bare uniform(1, 1e6): ${l} vs ${want}`).toBeLessThan(1e-12);
  });
});
