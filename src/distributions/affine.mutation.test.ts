/**
 * Tests aimed at the mutants of affine.ts that its own suite left alive (Stryker run affineF, reasons in
 * .scratch/mutation/reasons-s7-affine.json): the recipes the law hands to lowerPartialMean.ts (lower partial
 * mean, lower tail mean, nearest atom), atoms of discrete bases under inexact maps (fl(loc + scale·k) does not
 * map back to k), the side read when (t − loc)/scale overflows, sampling, and the factory's error fields.
 * References are from mpmath at 40 digits (expressions in the comments).
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { relativeError } from '../numerics/tolerance.ts';
import { seededRng } from '../numerics/rng.ts';
import { thrownDomainError } from '../testing/domainError.ts';
import { affine } from './affine.ts';
import { build } from './build.ts';
import { exponential } from './exponential.ts';
import { logLowerPartialMean, lowerTailMean, nearestAtom, nextDown } from './lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from './types.ts';

const mk = (base: unknown, loc: number, scale: number): Distribution =>
  build({ family: 'affine', base, loc, scale } as unknown as DistributionSpec);
const nextUp = (x: number): number => -nextDown(-x);
const GEOM = { family: 'geometric', p: 0.25 }; // P(X = k) = ¼·(¾)^{k−1}, k ≥ 1
/** Y = 0.1·X: the atom 0.1·3 = 0.30000000000000004 maps back to 3.0000000000000004 (above 3). */
const tenth = mk(GEOM, 0, 0.1);
/** Y = −1 − 0.1·X: atoms −1.1, −1.2, …; (−1.1 + 1)/(−0.1) = 1.0000000000000009 (above 1). */
const reflected = mk(GEOM, -1, -0.1);

describe('affine: factory errors name the family affine', () => {
  it('for base, loc and scale', () => {
    const exp1 = exponential({ rate: 1 });
    const cases: [string, () => unknown][] = [
      ['base', () => affine({ base: null as never, loc: 0, scale: 1 })],
      ['loc', () => affine({ base: exp1, loc: NaN, scale: 1 })],
      ['scale', () => affine({ base: exp1, loc: 0, scale: 0 })],
    ];
    for (const [parameter, f] of cases) {
      const e = thrownDomainError(f);
      expect(e.family, `family for a bad ${parameter}`).toBe('affine');
      expect(e.parameter, `parameter for a bad ${parameter}`).toBe(parameter);
    }
  });
  it('a function carrying logSf and spec is not a built Distribution (DomainError on base, not a TypeError)', () => {
    const fake = Object.assign(() => 0, { logSf: () => 0, spec: { family: 'exponential', rate: 1 } });
    const e = thrownDomainError(() => affine({ base: fake as never, loc: 0, scale: 1 }));
    expect([e.family, e.parameter]).toEqual(['affine', 'base']);
  });
});

describe('affine: moments, quantile, MGF limits', () => {
  it('Var[2 + 3X] = 9·Var X with Var X = ¼ (Exp(2))', () => {
    expect(affine({ base: exponential({ rate: 2 }), loc: 2, scale: 3 }).variance()).toBe(2.25);
  });
  it('an increasing map keeps quantiles: Q_Y(p) = 2 + 3·Q_X(p), X ~ Exp(1)', () => {
    const y = affine({ base: exponential({ rate: 1 }), loc: 2, scale: 3 });
    for (const p of [0.1, 0.5, 0.7, 0.99]) {
      const ref = 2 - 3 * Math.log1p(-p);
      expect(relativeError(y.quantile(p), ref), `quantile(${p}) = ${y.quantile(p)}, expected ${ref}`).toBeLessThan(1e-15);
    }
  });
  it('a reflection of an unbounded continuous law: quantile(1) = +∞ (inf{y : F(y) ≥ 1}), quantile(½) its centre exactly', () => {
    // Y = 0.5 − 2X: the bisection over the computed cdf would stop where log F̄ underflows (≈ 2.7e154 for the
    // normal, 1420 for the Gumbel) and one ulp off the median; loc + scale·Q_X(1 − p) gives both exactly.
    for (const spec of [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'gumbel', mu: 0, beta: 1 }, { family: 'logistic', mu: 0, s: 1 }]) {
      const y = mk(spec, 0.5, -2);
      expect(y.quantile(1), `quantile(1); Y = 0.5 − 2·${spec.family}`).toBe(Infinity);
      if (spec.family !== 'gumbel') expect(y.quantile(0.5), `quantile(0.5); Y = 0.5 − 2·${spec.family}`).toBe(0.5);
    }
  });
  it('log M_Y(±∞) = +∞ when Y puts mass beyond 0 on that side, whatever the sign of λ·loc', () => {
    const e = exponential({ rate: 1 });
    expect(affine({ base: e, loc: -1, scale: 1 }).logMgf(Infinity), 'Y = −1 + X, λ = ∞').toBe(Infinity);
    expect(affine({ base: e, loc: 1, scale: -1 }).logMgf(-Infinity), 'Y = 1 − X, λ = −∞').toBe(Infinity);
  });
});

describe('affine: sampling is loc + scale·(a draw of X)', () => {
  test.prop([fc.integer(), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), fc.boolean()])(
    'continuous and discrete bases; a discrete draw is an atom of Y',
    (seed, loc, a, neg) => {
      const scale = neg ? -a : a;
      for (const spec of [{ family: 'exponential', rate: 1.5 }, GEOM]) {
        const y = mk(spec, loc, scale);
        const x = build(spec as DistributionSpec).sample(seededRng(seed));
        const s = y.sample(seededRng(seed));
        expect(s, `sample; ${spec.family}, seed=${seed}, loc=${loc}, scale=${scale}`).toBe(loc + scale * x);
        if (spec === GEOM) expect(y.massAt(s), `massAt(sample = ${s}); loc=${loc}, scale=${scale}`).toBeGreaterThan(0);
      }
    },
  );
});

describe('affine: discrete bases under inexact maps', () => {
  it('logPdf is −∞ off the atoms, including the double 0.3 just below the atom 0.30000000000000004', () => {
    expect(tenth.logPdf(0.30000000000000004)).toBe(Math.log(0.25 * 0.75 * 0.75));
    for (const y of [0.3, 0.25, 0.35, -1]) expect(tenth.logPdf(y), `logPdf(${y}), Y = 0.1·Geom(¼)`).toBe(-Infinity);
    expect(reflected.logPdf(-1.15), 'logPdf(−1.15), Y = −1 − 0.1·Geom(¼)').toBe(-Infinity);
  });
  it('nearestAtom of Y is the image of the nearest atom of X', () => {
    expect(nearestAtom(tenth, 0.31), 'nearestAtom(0.31), Y = 0.1·X').toBe(0.30000000000000004);
    expect(nearestAtom(tenth, 0.26), 'nearestAtom(0.26), Y = 0.1·X').toBe(0.30000000000000004);
    expect(nearestAtom(reflected, -1.23), 'nearestAtom(−1.23), Y = −1 − 0.1·X').toBe(-1.2);
    expect(nearestAtom(reflected, -1.68), 'nearestAtom(−1.68), Y = −1 − 0.1·X').toBe(-1.7000000000000002);
  });
  it('E[Y·1{Y < v}] leaves out the atom at v and keeps the one just below v', () => {
    // Y = 0.1·X: L(0.1·3) = 0.1·(1·¼ + 2·3/16) = 0.0625; one ulp above, + 0.1·3·9/64 = 0.1046875.
    const cases: [Distribution, number, number][] = [
      [tenth, 0.30000000000000004, 0.0625],
      [tenth, nextUp(0.30000000000000004), 0.1046875],
      // Y = −1 − 0.1·X, E[Y] = −1.4: below the top atom −1.1 (X = 1), L = −1.4 + 1.1·¼ = −1.125; above it, −1.4.
      [reflected, -1.1, -1.125],
      [reflected, nextUp(-1.1), -1.4],
      // below −1.2 (X ≥ 3): −1.125 + 1.2·3/16 = −0.9
      [reflected, -1.2, -0.9],
    ];
    for (const [y, v, ref] of cases) {
      const L = logLowerPartialMean(y, v);
      const got = L.sign * Math.exp(L.log);
      expect(relativeError(got, ref), `E[Y·1{Y < ${v}}] = ${got}, expected ${ref}; ${JSON.stringify(y.spec)}`).toBeLessThan(1e-14);
    }
  });
  it('E[Y | Y < v] at an atom leaves it out; E[Y | Y > t] likewise, NaN above the top atom', () => {
    // 0.1·E[X | X ≤ 2] = 0.1·(¼ + 2·3/16)/(7/16) = 1/7
    const l = lowerTailMean(tenth, 0.30000000000000004);
    expect(relativeError(l, 1 / 7), `E[Y | Y < 0.30000000000000004] = ${l}`).toBeLessThan(1e-14);
    // Y = 1 + 0.1·X: (1.2 − 1)/0.1 = 1.9999999999999996 lies below 2; E[Y | Y > 1.2] = 1 + 0.1·E[X | X > 2] = 1.6
    const up = mk(GEOM, 1, 0.1);
    expect(relativeError(up.tailMean(1.2), 1.6), `E[Y | Y > 1.2] = ${up.tailMean(1.2)}, Y = 1 + 0.1·X`).toBeLessThan(1e-14);
    expect(reflected.tailMean(-1.1), 'E[Y | Y > −1.1], Y = −1 − 0.1·X (top atom)').toBeNaN();
  });
});

describe('affine: continuous lower partial mean and lower tail mean (recipes for lowerPartialMean.ts)', () => {
  const exp1 = { family: 'exponential', rate: 1 };
  it('E[Y·1{Y < v}] for Y = 2 ± 3X, X ~ Exp(1)', () => {
    // 2(1 − e^{−1}) + 3(1 − 2e^{−1}) = 5 − 8/e; mpmath 2.056964470628461427235809838708313060434
    const up = logLowerPartialMean(mk(exp1, 2, 3), 5);
    expect(relativeError(up.sign * Math.exp(up.log), 2.056964470628461427235809838708313060434), 'L(5), Y = 2 + 3X').toBeLessThan(1e-14);
    // E[(2 − 3X)·1{X > 1}] = 2/e − 6/e = −4/e; mpmath −1.471517764685769286382095080645843469783
    const down = logLowerPartialMean(mk(exp1, 2, -3), -1);
    expect(relativeError(down.sign * Math.exp(down.log), -1.471517764685769286382095080645843469783), 'L(−1), Y = 2 − 3X').toBeLessThan(1e-14);
  });
  it('E[Y | Y < v]: body of 2 + 3X, and far in the reflected normal tail (no ratio of logs ~ −5e9)', () => {
    // 2 + 3(1 − 2/e)/(1 − 1/e); mpmath 3.254069879392020726844993984672965324359
    const m = lowerTailMean(mk(exp1, 2, 3), 5);
    expect(relativeError(m, 3.254069879392020726844993984672965324359), `E[Y | Y < 5] = ${m}, Y = 2 + 3X`).toBeLessThan(1e-14);
    // Y = 0.5 − 2Z, v = 0.5 − 2e5 (Z > 1e5): 0.5 − 2φ(1e5)/Φ(−1e5); mpmath −199999.5000199999999960000000019999938388
    const r = lowerTailMean(mk({ family: 'normal', mu: 0, sigma: 1 }, 0.5, -2), 0.5 - 2e5);
    expect(relativeError(r, -199999.5000199999999960000000019999938388), `E[Y | Y < 0.5 − 2e5] = ${r}, Y = 0.5 − 2Z`).toBeLessThan(1e-14);
  });
});

describe('affine: where (t − loc)/scale overflows, the side of X that is read', () => {
  // Y = 1e-4·Pareto(1, 1.5): heavy on the right (unknown there: NaN), bounded on the left (limits kept).
  const y = mk({ family: 'pareto', xm: 1, alpha: 1.5 }, 0, 1e-4);
  it('left of the support: cdf 0, sf 1; right: NaN', () => {
    expect(y.logCdf(-1e305), 'logCdf(−1e305)').toBe(-Infinity);
    expect(y.sf(-1e305), 'sf(−1e305)').toBe(1);
    expect(y.sf(1e305), 'sf(1e305)').toBeNaN();
    expect(y.logPartialMean(1e305).log, 'log partialMean(1e305)').toBeNaN();
  });
  it('Y = −1e-4·Pareto (tails swapped): left NaN, right 0', () => {
    const r = mk({ family: 'pareto', xm: 1, alpha: 1.5 }, 0, -1e-4);
    expect(r.cdf(-1e305), 'cdf(−1e305)').toBeNaN();
    expect(r.logSf(1e305), 'logSf(1e305)').toBe(-Infinity);
  });
});

describe('affine: a partial mean the base cannot supply is NaN, never loc·P alone', () => {
  it('Y = 1 − Z, Z ~ zeta(1.5) (infinite mean): E[Y·1{Y > 1 − 2e6}] needs Σ_{k < 2e6} k·P(Z = k)', () => {
    // mpmath: P(Z < N) − Σ_{k<N} k^{−1/2}/ζ(1.5), N = 2e6, = −1081.144582446854738445790795814872938646
    const y = mk({ family: 'zeta', s: 1.5 }, 1, -1);
    const pm = y.partialMean(1 - 2e6);
    const ok = Number.isNaN(pm) || relativeError(pm, -1081.144582446854738445790795814872938646) < 1e-9;
    expect(ok, `partialMean(1 − 2e6) = ${pm}`).toBe(true);
    // nearer in, where it is computed: mpmath −0.5631749844804234219759660354874423785855 (Z < 6)
    expect(relativeError(y.partialMean(-5), -0.5631749844804234219759660354874423785855), `partialMean(−5) = ${y.partialMean(-5)}`).toBeLessThan(1e-13);
  });
});
