/**
 * Tests aimed at the mutants of build.ts that its own suite left alive (Stryker run buildF, reasons in
 * .scratch/mutation/reasons-s7-affine.json): through the public build(spec), every family and parameter name of
 * issue 2's list is accepted and honoured, the documented defaults hold (studentT loc = 0, scale = 1; frechet
 * s = 1, m = 0; levy mu = 0), and malformed or out-of-range parameters throw a DomainError that names the
 * family, the parameter, the allowed range and the value.
 */
import { describe, expect, it } from 'vitest';
import { build, isDistributionSpec } from './build.ts';
import { thrownDomainError } from '../testing/domainError.ts';
import type { Distribution, DistributionSpec } from './types.ts';

const EXP1 = { family: 'exponential', rate: 1 };
const b = (spec: unknown): Distribution => build(spec as DistributionSpec);

/** A valid spec of each family (issue 2's names) and, per parameter, another valid value that changes the law. */
const FAMILY_CASES: [Record<string, unknown>, Record<string, unknown>][] = [
  [{ family: 'studentT', df: 3 }, { df: 5, loc: 1, scale: 2 }],
  [{ family: 'pareto', xm: 1, alpha: 2 }, { xm: 2, alpha: 3 }],
  [{ family: 'lomax', alpha: 2, scale: 1 }, { alpha: 3, scale: 2 }],
  [{ family: 'lognormal', mu: 0, sigma: 1 }, { mu: 1, sigma: 2 }],
  [{ family: 'weibull', k: 0.5, lambda: 1 }, { k: 2, lambda: 3 }],
  [{ family: 'logLogistic', alpha: 1, beta: 3 }, { alpha: 2, beta: 4 }],
  [{ family: 'frechet', alpha: 2 }, { alpha: 3, s: 2, m: 1 }],
  [{ family: 'cauchy', loc: 0, scale: 1 }, { loc: 1, scale: 2 }],
  [{ family: 'levy', c: 1 }, { c: 2, mu: 1 }],
  [{ family: 'normal', mu: 0, sigma: 1 }, { mu: 1, sigma: 2 }],
  [{ family: 'exponential', rate: 1 }, { rate: 2 }],
  [{ family: 'gamma', shape: 2, rate: 1 }, { shape: 3, rate: 2 }],
  [{ family: 'laplace', mu: 0, b: 1 }, { mu: 1, b: 2 }],
  [{ family: 'logistic', mu: 0, s: 1 }, { mu: 1, s: 2 }],
  [{ family: 'gumbel', mu: 0, beta: 1 }, { mu: 1, beta: 2 }],
  [{ family: 'uniform', a: 0, b: 1 }, { a: -1, b: 2 }],
  [{ family: 'beta', alpha: 2, beta: 3 }, { alpha: 4, beta: 5 }],
  [{ family: 'pointMass', x: 0 }, { x: 1 }],
  [{ family: 'categorical', values: [0, 1], probs: [0.5, 0.5] }, { values: [0, 2], probs: [0.25, 0.75] }],
  [{ family: 'zeta', s: 2.5 }, { s: 3.5 }],
  [{ family: 'geometric', p: 0.5 }, { p: 0.25 }],
  [{ family: 'poisson', lambda: 2 }, { lambda: 3 }],
  [{ family: 'affine', base: EXP1, loc: 0, scale: 1 }, { base: { family: 'exponential', rate: 2 }, loc: 1, scale: 2 }],
  [{ family: 'mixture', components: [EXP1, { family: 'exponential', rate: 2 }], weights: [0.5, 0.5] },
    { components: [EXP1, { family: 'exponential', rate: 3 }], weights: [0.25, 0.75] }],
];

/** log F̄ at a few points and the mean: enough to tell the laws above apart. */
const probe = (d: Distribution): number[] => [-1.5, 0.25, 0.5, 1.5, 2.5].map((t) => d.logSf(t)).concat(d.mean());

describe('build: every family and parameter name of issue 2 is accepted and honoured', () => {
  it.each(FAMILY_CASES.map(([spec, alt]) => [spec.family, spec, alt] as const))('%s', (_f, spec, alt) => {
    const d = b(spec);
    expect(d.spec, `spec of ${JSON.stringify(spec)}`).toMatchObject(spec); // defaults filled in
    const ref = probe(d);
    for (const [key, value] of Object.entries(alt)) {
      const changed = { ...spec, [key]: value };
      expect(probe(b(changed)), `${JSON.stringify(changed)} differs from ${JSON.stringify(spec)}`).not.toEqual(ref);
    }
  });
  it.each([
    [{ family: 'studentT', df: 3 }, { loc: 0, scale: 1 }],
    [{ family: 'frechet', alpha: 2 }, { s: 1, m: 0 }],
    [{ family: 'levy', c: 1 }, { mu: 0 }],
  ])('documented defaults: %j is %j', (spec, defaults) => {
    expect(probe(b(spec)), `${JSON.stringify(spec)} with ${JSON.stringify(defaults)}`).toEqual(probe(b({ ...spec, ...defaults })));
  });
});

/** A valid spec, the parameter set out of range, and that value. */
const INVALID: [Record<string, unknown>, string, unknown][] = [
  [{ family: 'studentT', df: 3 }, 'df', -1], [{ family: 'studentT', df: 3 }, 'loc', NaN], [{ family: 'studentT', df: 3 }, 'scale', 0],
  [{ family: 'pareto', xm: 1, alpha: 2 }, 'xm', 0], [{ family: 'pareto', xm: 1, alpha: 2 }, 'alpha', -1],
  [{ family: 'lomax', alpha: 2, scale: 1 }, 'alpha', 0], [{ family: 'lomax', alpha: 2, scale: 1 }, 'scale', -1],
  [{ family: 'lognormal', mu: 0, sigma: 1 }, 'mu', Infinity], [{ family: 'lognormal', mu: 0, sigma: 1 }, 'sigma', 0],
  [{ family: 'weibull', k: 1, lambda: 1 }, 'k', 0], [{ family: 'weibull', k: 1, lambda: 1 }, 'lambda', -2],
  [{ family: 'logLogistic', alpha: 1, beta: 3 }, 'alpha', 0], [{ family: 'logLogistic', alpha: 1, beta: 3 }, 'beta', -1],
  [{ family: 'frechet', alpha: 2 }, 'alpha', 0], [{ family: 'frechet', alpha: 2 }, 's', -1], [{ family: 'frechet', alpha: 2 }, 'm', NaN],
  [{ family: 'cauchy', loc: 0, scale: 1 }, 'loc', NaN], [{ family: 'cauchy', loc: 0, scale: 1 }, 'scale', 0],
  [{ family: 'levy', c: 1 }, 'c', 0], [{ family: 'levy', c: 1 }, 'mu', Infinity],
  [{ family: 'normal', mu: 0, sigma: 1 }, 'mu', NaN], [{ family: 'normal', mu: 0, sigma: 1 }, 'sigma', -1],
  [{ family: 'exponential', rate: 1 }, 'rate', 0],
  [{ family: 'gamma', shape: 2, rate: 1 }, 'shape', 0], [{ family: 'gamma', shape: 2, rate: 1 }, 'rate', -1],
  [{ family: 'laplace', mu: 0, b: 1 }, 'mu', Infinity], [{ family: 'laplace', mu: 0, b: 1 }, 'b', 0],
  [{ family: 'logistic', mu: 0, s: 1 }, 'mu', NaN], [{ family: 'logistic', mu: 0, s: 1 }, 's', 0],
  [{ family: 'gumbel', mu: 0, beta: 1 }, 'mu', NaN], [{ family: 'gumbel', mu: 0, beta: 1 }, 'beta', 0],
  [{ family: 'uniform', a: 0, b: 1 }, 'a', NaN], [{ family: 'uniform', a: 0, b: 1 }, 'b', 0],
  [{ family: 'beta', alpha: 2, beta: 3 }, 'alpha', 0], [{ family: 'beta', alpha: 2, beta: 3 }, 'beta', -1],
  [{ family: 'pointMass', x: 0 }, 'x', NaN],
  [{ family: 'categorical', values: [0, 1], probs: [0.5, 0.5] }, 'probs', [0.5, 0.6]],
  [{ family: 'zeta', s: 2 }, 's', 1],
  [{ family: 'geometric', p: 0.5 }, 'p', 0],
  [{ family: 'poisson', lambda: 2 }, 'lambda', -1],
  [{ family: 'affine', base: EXP1, loc: 0, scale: 1 }, 'scale', 0], [{ family: 'affine', base: EXP1, loc: 0, scale: 1 }, 'loc', NaN],
  [{ family: 'mixture', components: [EXP1, EXP1], weights: [0.5, 0.5] }, 'weights', [0.5, 0.6]],
];

describe('build: out-of-range parameters throw DomainError(family, parameter, allowed, value)', () => {
  it.each(INVALID.map(([spec, key, value]) => [`${spec.family}.${key}`, spec, key, value] as const))('%s', (_n, spec, key, value) => {
    const bad = { ...spec, [key]: value };
    const e = thrownDomainError(() => b(bad));
    const where = JSON.stringify(bad, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    expect([e.family, e.parameter], where).toEqual([spec.family, key]);
    expect(Object.is(e.value, value), `value ${String(e.value)}; ${where}`).toBe(true);
    expect(e.allowed.length, `allowed '${e.allowed}'; ${where}`).toBeGreaterThan(0);
    expect(e.message, where).toContain(`'${key}'`);
  });
});

describe('build: shape errors state what is allowed', () => {
  const ALL = 'studentT, pareto, lomax, lognormal, weibull, logLogistic, frechet, cauchy, levy, normal, exponential, gamma, ' +
    'laplace, logistic, gumbel, uniform, beta, pointMass, categorical, zeta, geometric, poisson, affine, mixture';
  it.each([
    [{ family: 'studentT', df: 3, dof: 1 }, 'studentT', 'dof', 'absent (known parameters: df, loc, scale)', 1],
    [{ family: 'pareto', xm: 1 }, 'pareto', 'alpha', 'a number', undefined],
    [{ family: 'studentT', df: 3, loc: 'x' }, 'studentT', 'loc', 'a number or absent', 'x'],
    [{ family: 'categorical', values: '01', probs: [1] }, 'categorical', 'values', 'an array of numbers', '01'],
    [{ family: 'affine', base: 3, loc: 0, scale: 1 }, 'affine', 'base', 'a distribution spec', 3],
    [{ family: 'mixture', components: 'x', weights: [1] }, 'mixture', 'components', 'an array of distribution specs', 'x'],
    [{ family: 'gaussian', mu: 0 }, 'build', 'family', `one of ${ALL}`, 'gaussian'],
    ['normal', 'build', 'family', `one of ${ALL}`, 'normal'],
    [{ family: ['normal'], mu: 0, sigma: 1 }, 'build', 'family', `one of ${ALL}`, ['normal']],
  ])('%j → %s.%s must be %s', (spec, family, parameter, allowed, value) => {
    const e = thrownDomainError(() => b(spec));
    expect({ family: e.family, parameter: e.parameter, allowed: e.allowed, value: e.value }, JSON.stringify(spec)).toEqual({ family, parameter, allowed, value });
  });
  it('a malformed nested spec is named at the innermost level', () => {
    const inner = { family: 'exponential', rat: 1 };
    for (const spec of [{ family: 'affine', base: inner, loc: 0, scale: 1 }, { family: 'mixture', components: [EXP1, inner], weights: [0.5, 0.5] }]) {
      expect(thrownDomainError(() => b(spec)), JSON.stringify(spec)).toMatchObject({ family: 'exponential', parameter: 'rat' });
    }
  });
});

describe('isDistributionSpec: every part must have the right shape', () => {
  it.each([
    { family: 'mixture', weights: [0.5, 0.5], components: [EXP1, { family: 'nope' }] },
    { family: 'mixture', weights: [0.5, 0.5], components: [{ family: 'nope' }, EXP1] },
    { family: 'studentT', df: 3, loc: 'x' },
    { family: 'frechet', alpha: 2, s: null },
    { family: ['normal'], mu: 0, sigma: 1 },
  ])('rejects %j', (x) => {
    expect(isDistributionSpec(x), JSON.stringify(x)).toBe(false);
  });
});
