/**
 * Contracts of the factory validators (validate.ts): which values pass (returned unchanged), which throw,
 * and the DomainError fields (family, parameter, allowed range as text, value) that name the failure.
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { requireFinite, requireInRange, requirePositive, withDefault } from './validate.ts';
import { thrownDomainError } from '../testing/domainError.ts';

describe('requireFinite', () => {
  it('returns finite numbers unchanged', () => {
    for (const v of [0, -0, -1e308, 5e-324, 3.5]) expect(Object.is(requireFinite('fam', 'p', v), v), `value ${v}`).toBe(true);
  });
  it('throws DomainError(family, parameter, "a finite number", value) for ±∞, NaN and non-numbers', () => {
    for (const v of [Infinity, -Infinity, NaN, '1', null, undefined, 1n]) {
      const e = thrownDomainError(() => requireFinite('fam', 'p', v));
      expect({ family: e.family, parameter: e.parameter, allowed: e.allowed }, `value ${String(v)}`).toEqual({ family: 'fam', parameter: 'p', allowed: 'a finite number' });
      expect(Object.is(e.value, v), `value ${String(v)}`).toBe(true);
    }
  });
});

describe('requirePositive', () => {
  it('returns finite positive numbers unchanged', () => {
    for (const v of [5e-324, 1, 1e308]) expect(requirePositive('fam', 'p', v), `value ${v}`).toBe(v);
  });
  it('throws for 0, −0, negatives, ±∞, NaN and non-numbers, allowed = "a finite number > 0"', () => {
    for (const v of [0, -0, -1, Infinity, -Infinity, NaN, '2', null]) {
      const e = thrownDomainError(() => requirePositive('fam', 'p', v));
      expect({ family: e.family, parameter: e.parameter, allowed: e.allowed }, `value ${String(v)}`).toEqual({ family: 'fam', parameter: 'p', allowed: 'a finite number > 0' });
    }
  });
});

describe('requireInRange', () => {
  it('open by default: the ends throw, the inside passes; allowed = "in (lo, hi)"', () => {
    expect(requireInRange('fam', 'p', 0.5, 0, 1)).toBe(0.5);
    for (const v of [0, 1, -0.1, 1.1, NaN, '0.5', undefined]) {
      const e = thrownDomainError(() => requireInRange('fam', 'p', v, 0, 1));
      expect(e.allowed, `value ${String(v)}`).toBe('in (0, 1)');
      expect(e.parameter).toBe('p');
      expect(e.family).toBe('fam');
    }
  });
  it('closed ends are included and printed with brackets', () => {
    expect(requireInRange('fam', 'p', 0, 0, 1, { lo: true })).toBe(0);
    expect(requireInRange('fam', 'p', 1, 0, 1, { hi: true })).toBe(1);
    expect(requireInRange('fam', 'p', 1, 0, 1, { lo: true, hi: true })).toBe(1);
    expect(requireInRange('fam', 'p', 0, 0, 1, { lo: true, hi: true })).toBe(0);
    expect(thrownDomainError(() => requireInRange('fam', 'p', 1, 0, 1, { lo: true })).allowed).toBe('in [0, 1)');
    expect(thrownDomainError(() => requireInRange('fam', 'p', 0, 0, 1, { hi: true })).allowed).toBe('in (0, 1]');
    expect(thrownDomainError(() => requireInRange('fam', 'p', 2, 0, 1, { lo: true, hi: true })).allowed).toBe('in [0, 1]');
    expect(thrownDomainError(() => requireInRange('fam', 'p', -1, 0, 1, { lo: true, hi: true })).allowed).toBe('in [0, 1]');
    expect(thrownDomainError(() => requireInRange('fam', 'p', NaN, 0, 1, { lo: true, hi: true })).allowed).toBe('in [0, 1]');
  });
  it('infinite ends: (0, ∞) accepts large values, [−∞, ∞] accepts the infinities', () => {
    expect(requireInRange('fam', 'p', 1e308, 0, Infinity)).toBe(1e308);
    expect(requireInRange('fam', 'p', -Infinity, -Infinity, Infinity, { lo: true, hi: true })).toBe(-Infinity);
    expect(thrownDomainError(() => requireInRange('fam', 'p', Infinity, 0, Infinity)).allowed).toBe('in (0, Infinity)');
  });
});

describe('withDefault', () => {
  it('the fallback when undefined (check not called), else check(value)', () => {
    let calls = 0;
    const check = (v: number): number => {
      calls++;
      return 2 * v;
    };
    expect(withDefault<number>(undefined, 7, check)).toBe(7);
    expect(calls).toBe(0);
    expect(withDefault<number>(3, 7, check)).toBe(6);
    expect(calls).toBe(1);
    expect(() => withDefault<number>(-1, 7, (v) => requirePositive('fam', 'p', v))).toThrow(DomainError);
  });
});
