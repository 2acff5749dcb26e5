import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { build, FAMILIES, isDistributionSpec, SPEC_PARAMETERS } from './build.ts';
import { exponential } from './exponential.ts';
import type { DistributionSpec } from './types.ts';
import { thrownDomainError } from '../testing/domainError.ts';

describe('FAMILIES', () => {
  it('lists the 22 laws and the 2 combinators, each once', () => {
    expect(FAMILIES.length).toBe(24);
    expect(new Set(FAMILIES).size).toBe(24);
    expect(FAMILIES).toContain('studentT');
    expect(FAMILIES).toContain('affine');
    expect(FAMILIES).toContain('mixture');
    expect(Object.keys(SPEC_PARAMETERS).sort()).toEqual([...FAMILIES].sort());
  });
});

describe('build: validation', () => {
  it.each([null, 3, 'normal', [], {}, { family: 'gaussian', mu: 0 }, { family: 42 }])(
    'rejects %j with DomainError("build", "family") listing the families',
    (spec) => {
      const e = thrownDomainError(() => build(spec as never));
      expect(e.family).toBe('build');
      expect(e.parameter).toBe('family');
      expect(e.message).toContain('studentT');
      expect(e.message).toContain('mixture');
    },
  );
  it('names an unknown, missing or mistyped parameter', () => {
    expect(thrownDomainError(() => build({ family: 'exponential', rate: 1, sclae: 2 } as never))).toMatchObject({ family: 'exponential', parameter: 'sclae' });
    expect(thrownDomainError(() => build({ family: 'pareto', xm: 1 } as never))).toMatchObject({ family: 'pareto', parameter: 'alpha' });
    expect(thrownDomainError(() => build({ family: 'exponential', rate: '2' } as never))).toMatchObject({ family: 'exponential', parameter: 'rate' });
    expect(thrownDomainError(() => build({ family: 'studentT', df: 3, loc: 'x' } as never))).toMatchObject({ family: 'studentT', parameter: 'loc' });
  });
  it('passes range errors through from the factory and names the innermost culprit of nested specs', () => {
    expect(thrownDomainError(() => build({ family: 'exponential', rate: -1 }))).toMatchObject({ family: 'exponential', parameter: 'rate' });
    const nested: DistributionSpec = {
      family: 'mixture', weights: [0.5, 0.5],
      components: [{ family: 'exponential', rate: 1 }, { family: 'affine', base: { family: 'exponential', rate: 0 }, loc: 0, scale: 1 }],
    };
    expect(thrownDomainError(() => build(nested))).toMatchObject({ family: 'exponential', parameter: 'rate' });
    const good = { family: 'exponential', rate: 1 } as const;
    expect(thrownDomainError(() => build({ family: 'mixture', components: [good, good], weights: [0.5, 0.6] }))).toMatchObject({ family: 'mixture', parameter: 'weights' });
    expect(thrownDomainError(() => build({ family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: 0 }))).toMatchObject({ parameter: 'scale' });
    expect(thrownDomainError(() => build({ family: 'mixture', components: 'x', weights: [] } as never))).toMatchObject({ parameter: 'components' });
  });
});

describe('build: results', () => {
  it('builds combinators recursively and keeps the spec', () => {
    const spec: DistributionSpec = {
      family: 'mixture', weights: [0.25, 0.75],
      components: [
        { family: 'affine', base: { family: 'exponential', rate: 2 }, loc: 1, scale: -1 },
        { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] },
      ],
    };
    const d = build(spec);
    expect(d.spec).toEqual(spec);
    expect(d.support.kind).toBe('mixed');
    // 0.25·P(1 − E > 0.5) + 0.75·P(C > 0.5) = 0.25·(1 − e^{−1}) + 0.375
    expect(d.sf(0.5)).toBeCloseTo(0.25 * -Math.expm1(-1) + 0.375, 15);
  });
  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })])(
    'build({family: "exponential", rate}) behaves as exponential({rate})',
    (rate, t) => {
      const a = build({ family: 'exponential', rate });
      const b = exponential({ rate });
      expect(a.logSf(t), `logSf(${t}); rate=${rate}`).toBe(b.logSf(t));
      expect(a.spec, `spec; rate=${rate}`).toEqual({ family: 'exponential', rate });
    },
  );
});

describe('isDistributionSpec', () => {
  it('accepts well-formed specs, nested ones included', () => {
    expect(isDistributionSpec({ family: 'studentT', df: 3 })).toBe(true);
    expect(isDistributionSpec({ family: 'studentT', df: 3, loc: 1, scale: 2 })).toBe(true);
    expect(isDistributionSpec({ family: 'categorical', values: [1, 2], probs: [0.5, 0.5] })).toBe(true);
    expect(isDistributionSpec({
      family: 'mixture', weights: [1],
      components: [{ family: 'affine', base: { family: 'levy', c: 1 }, loc: 0, scale: -1 }],
    })).toBe(true);
    expect(isDistributionSpec({ family: 'exponential', rate: -1 })).toBe(true); // ranges are build's job
  });
  it.each([
    null, 'exponential', { rate: 1 }, { family: 'exponential' }, { family: 'exponential', rate: 1, extra: 0 },
    { family: 'categorical', values: [1, '2'], probs: [0.5, 0.5] },
    { family: 'affine', base: { family: 'nope' }, loc: 0, scale: 1 },
    { family: 'mixture', weights: [1], components: [{ family: 'exponential' }] },
  ])('rejects %j', (x) => {
    expect(isDistributionSpec(x)).toBe(false);
  });
});
