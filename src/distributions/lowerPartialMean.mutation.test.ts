/**
 * Mutation-survivor tests for lowerPartialMean.ts, lines ≤ 170 (constants, nextDown, hasAtom, nearestAtom,
 * logStrictCdf, byDifference, sumAtoms, atomsBelow): documented behaviour, exact values, and mpmath references.
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { build } from './build.ts';
import { hasAtom, logLowerPartialMean, nearestAtom, nextDown, registerNearestAtom } from './lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from './types.ts';
import type { SignedLog } from '../numerics/logspace.ts';

const show = (s: SignedLog): string => `{log: ${s.log}, sign: ${s.sign}}`;
const valueOf = (s: SignedLog): number => (s.sign === 0 ? 0 : s.sign * Math.exp(s.log));
/** A law built outside defineDistribution's recipes (a wrapper spread from a built law, as base.ts allows). */
const wrapped = (spec: DistributionSpec): Distribution => ({ ...build(spec) });

describe('nextDown: the largest double below u', () => {
  it('keeps −∞ and NaN, steps +∞ to the largest finite double and 0 to −MIN_VALUE', () => {
    expect(nextDown(-Infinity), 'nextDown(-Infinity)').toBe(-Infinity);
    expect(nextDown(NaN), 'nextDown(NaN)').toBeNaN();
    expect(nextDown(Infinity), 'nextDown(Infinity)').toBe(Number.MAX_VALUE);
    expect(nextDown(0), 'nextDown(0)').toBe(-Number.MIN_VALUE);
    expect(nextDown(1), 'nextDown(1)').toBe(1 - Number.EPSILON / 2);
    expect(nextDown(-1), 'nextDown(-1)').toBe(-1 - Number.EPSILON);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: Number.MAX_VALUE })])(
    'is below u with no double strictly between',
    (u) => {
      const d = nextDown(u);
      expect(d < u, `nextDown(${u}) = ${d} < ${u}`).toBe(true);
      const mid = d + (u - d) / 2;
      expect(mid === d || mid === u, `nextDown(${u}) = ${d}: midpoint ${mid} is a double between them`).toBe(true);
    },
  );
});

describe('hasAtom', () => {
  it('is undefined for NaN input (discrete and continuous laws)', () => {
    for (const spec of [{ family: 'poisson', lambda: 1 }, { family: 'normal', mu: 0, sigma: 1 }] as DistributionSpec[]) {
      expect(hasAtom(build(spec), NaN), `hasAtom(${JSON.stringify(spec)}, NaN)`).toBeUndefined();
    }
  });

  it('discrete laws: the log pmf decides, so a far atom whose mass underflows is still an atom', () => {
    const pois = build({ family: 'poisson', lambda: 1 });
    expect(pois.massAt(300), 'Poisson(1) mass at 300 underflows').toBe(0);
    expect(hasAtom(pois, 300), 'hasAtom(Poisson(1), 300)').toBe(true);
    expect(hasAtom(pois, 2), 'hasAtom(Poisson(1), 2)').toBe(true);
    expect(hasAtom(pois, 2.5), 'hasAtom(Poisson(1), 2.5)').toBe(false);
    expect(hasAtom(pois, -1), 'hasAtom(Poisson(1), -1)').toBe(false);
  });

  it('other laws: an atom exactly where massAt > 0', () => {
    const normal = build({ family: 'normal', mu: 0, sigma: 1 });
    expect(hasAtom(normal, 0), 'hasAtom(Normal(0,1), 0)').toBe(false);
    const mixed = build({ family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'pointMass', x: 0.5 }], weights: [0.5, 0.5] });
    expect(hasAtom(mixed, 0.5), 'hasAtom(½N(0,1) + ½δ(0.5), 0.5)').toBe(true);
    expect(hasAtom(mixed, 0.25), 'hasAtom(½N(0,1) + ½δ(0.5), 0.25)').toBe(false);
  });
});

describe('nearestAtom', () => {
  it('rounds to the integer lattice of Poisson, geometric and zeta laws', () => {
    const cases: [DistributionSpec, number, number][] = [
      [{ family: 'poisson', lambda: 3 }, 2.4, 2],
      [{ family: 'geometric', p: 0.3 }, 3.6, 4],
      [{ family: 'zeta', s: 2.5 }, 1.2, 1],
    ];
    for (const [spec, x, atom] of cases) {
      expect(nearestAtom(build(spec), x), `nearestAtom(${JSON.stringify(spec)}, ${x})`).toBe(atom);
    }
  });

  it('a categorical law: the nearest value of positive probability (zero-probability values are not atoms)', () => {
    const d = build({ family: 'categorical', values: [0, 1, 5], probs: [0.5, 0, 0.5] });
    expect(nearestAtom(d, 1.2), 'nearestAtom(cat{0: ½, 1: 0, 5: ½}, 1.2)').toBe(0);
    expect(nearestAtom(d, 3.5), 'nearestAtom(cat{0: ½, 1: 0, 5: ½}, 3.5)').toBe(5);
  });

  it('works on a law without build recipes (a spread wrapper)', () => {
    expect(nearestAtom(wrapped({ family: 'poisson', lambda: 3 }), 2.4), 'nearestAtom({...Poisson(3)}, 2.4)').toBe(2);
  });

  it('uses a registered rule', () => {
    const d = wrapped({ family: 'normal', mu: 0, sigma: 1 });
    registerNearestAtom(d, (x) => Math.round(x * 2) / 2);
    expect(nearestAtom(d, 0.8), 'nearestAtom(law with rule round-to-½, 0.8)').toBe(1);
  });
});

describe('logLowerPartialMean: edge values', () => {
  it('NaN for NaN u: {log: NaN, sign: 0}', () => {
    for (const spec of [{ family: 'categorical', values: [-1, 2], probs: [0.5, 0.5] }, { family: 'gamma', shape: 2, rate: 1 }] as DistributionSpec[]) {
      const s = logLowerPartialMean(build(spec), NaN);
      expect(Number.isNaN(s.log) && s.sign === 0, `L(NaN) for ${JSON.stringify(spec)} = ${show(s)}`).toBe(true);
    }
  });

  it('−∞ ({log: ∞, sign: −1}) when the left tail has no first moment', () => {
    const specs = [{ family: 'cauchy', loc: 0, scale: 1 }, { family: 'studentT', df: 0.8, loc: 1, scale: 2 }] as DistributionSpec[];
    for (const spec of specs) {
      for (const u of [-3, 0, 10]) {
        const s = logLowerPartialMean(build(spec), u);
        expect(s.log === Infinity && s.sign === -1, `L(${u}) for ${JSON.stringify(spec)} = ${show(s)}`).toBe(true);
      }
    }
  });

  it('works on a law without build recipes (a spread wrapper) and agrees with the built law', () => {
    const spec: DistributionSpec = { family: 'normal', mu: 1, sigma: 2 };
    const got = logLowerPartialMean(wrapped(spec), 0.5);
    const want = logLowerPartialMean(build(spec), 0.5);
    expect(got, `L(0.5) for {...${JSON.stringify(spec)}}`).toEqual(want);
  });

  it('an exact zero is SIGNED_ZERO ({log: −∞, sign: 0})', () => {
    // every term of μ − m(u) − u·P(X = u) is 0: E[X·1{X < 2}] = E[X] = 0
    const sym = logLowerPartialMean(build({ family: 'categorical', values: [-1, 1], probs: [0.5, 0.5] }), 2);
    expect(sym, `L(2) for cat{−1: ½, 1: ½} = ${show(sym)}`).toEqual({ log: -Infinity, sign: 0 });
    // μ − m(1) cancels completely; the only atom below 1 is 0
    const zeroAtom = logLowerPartialMean(build({ family: 'categorical', values: [0, 1e20], probs: [0.5, 0.5] }), 1);
    expect(zeroAtom, `L(1) for cat{0: ½, 1e20: ½} = ${show(zeroAtom)}`).toEqual({ log: -Infinity, sign: 0 });
  });
});

describe('logLowerPartialMean: exact sums over atoms where μ − m(u) cancels', () => {
  // μ ≈ 5e19 and m(u) ≈ 5e19: the difference keeps no digit of L, the atoms give it exactly
  const cases: [number[], number[], number, number][] = [
    [[-1, 1e20], [0.5, 0.5], 0, -0.5],
    [[-3, 2, 1e20], [0.25, 0.25, 0.5], 5, -0.25],
    [[-3, 2, 1e20], [0.25, 0.25, 0.5], 2, -0.75],
    [[4, 2, 1e20], [0.25, 0.25, 0.5], 5, 1.5],
  ];
  for (const [values, probs, u, want] of cases) {
    it(`categorical ${JSON.stringify(values)} / ${JSON.stringify(probs)} at u = ${u}`, () => {
      const s = logLowerPartialMean(build({ family: 'categorical', values, probs }), u);
      const got = valueOf(s);
      expect(Math.abs(got - want), `L(${u}) for cat ${JSON.stringify(values)} ${JSON.stringify(probs)} = ${show(s)} (${got}), want ${want}`).toBeLessThan(1e-15);
    });
  }

  // geometric on {1, 2, …}: L(u) = Σ_{k<u} k·p·q^{k−1} = (1 − (n+1)qⁿ + n·q^{n+1})/p with n = ⌈u⌉ − 1 (mpmath, 50 digits)
  it('geometric(1e-10) at u = 1e6 + 1: 1e6 atoms (the cap), summed to 1e-12', () => {
    const u = 1e6 + 1;
    const want = 49.9967167916630867526509459207;
    const got = valueOf(logLowerPartialMean(build({ family: 'geometric', p: 1e-10 }), u));
    expect(Math.abs(got - want) / want, `L(${u}) for geometric(p=1e-10): ${got} vs ${want}`).toBeLessThan(1e-12);
  });

  it('geometric(1e-12) at u = 1e10: past the 1e6-atom cap it falls back to μ − m(u) (no sum over 1e10 atoms)', () => {
    const u = 1e10;
    const want = 49667913.3353651436778981359704;
    const got = valueOf(logLowerPartialMean(build({ family: 'geometric', p: 1e-12 }), u));
    expect(Math.abs(got - want) / want, `L(${u}) for geometric(p=1e-12): ${got} vs ${want}`).toBeLessThan(1e-8);
  });
});
