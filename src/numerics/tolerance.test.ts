import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { isClose, logScaledError, relativeError } from './tolerance.ts';

describe('isClose', () => {
  it('accepts within either tolerance and refuses just outside both', () => {
    expect(isClose(1, 1 + 1e-10, { rel: 1e-9 })).toBe(true);
    expect(isClose(1, 1 + 1e-8, { rel: 1e-9 })).toBe(false);
    expect(isClose(0, 1e-13, { abs: 1e-12 })).toBe(true);
    expect(isClose(0, 1e-11, { abs: 1e-12 })).toBe(false);
    expect(isClose(0, 1e-11, { abs: 1e-12, rel: 1e-9 })).toBe(false); // rel of max(0, 1e-11) is 1e-20
    expect(isClose(1e6, 1e6 + 0.5, { abs: 1e-12, rel: 1e-6 })).toBe(true); // rel alone suffices
    expect(isClose(1e-20, 2e-20, { abs: 1e-12, rel: 1e-9 })).toBe(true); // abs alone suffices
    expect(isClose(2, 1, {})).toBe(false);
  });
  it('is inclusive at the bound and uses the larger magnitude for rel', () => {
    expect(isClose(0.5, 0.75, { abs: 0.25 })).toBe(true);
    expect(isClose(-2, -3, { rel: 1 / 3 })).toBe(true); // 1 ≤ (1/3)·3
    expect(isClose(-2, -3, { rel: 0.4 })).toBe(true);
    expect(isClose(2, 3, { rel: 0.3 })).toBe(false); // 1 > 0.3·3
    expect(isClose(3, 2, { rel: 0.34 })).toBe(true);
  });
  it('never lets NaN pass; an infinity is close only to itself', () => {
    for (const tol of [{ abs: Infinity }, { rel: Infinity }, { abs: 1, rel: 1 }]) {
      expect(isClose(NaN, NaN, tol), `NaN,NaN ${JSON.stringify(tol)}`).toBe(false);
      expect(isClose(NaN, 0, tol)).toBe(false);
      expect(isClose(0, NaN, tol)).toBe(false);
      expect(isClose(Infinity, Infinity, tol)).toBe(true);
      expect(isClose(-Infinity, -Infinity, tol)).toBe(true);
      expect(isClose(Infinity, -Infinity, tol)).toBe(false);
      expect(isClose(Infinity, 1e308, tol)).toBe(false);
      expect(isClose(1e308, -Infinity, tol)).toBe(false);
    }
  });
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0, max: 1, noNaN: true })])(
    'is symmetric and reflexive', (a, r) => {
      const b = a * (1 + r);
      expect(isClose(a, a, { rel: 0 }), `${a}`).toBe(true);
      expect(isClose(a, b, { rel: r }), `${a}, ${b}, rel ${r}`).toBe(isClose(b, a, { rel: r }));
    });
});

describe('relativeError', () => {
  it('is |a − b|/|b| with the reference second', () => {
    expect(relativeError(3, 2)).toBe(0.5);
    expect(relativeError(2, 3)).toBe(1 / 3);
    expect(relativeError(-3, -2)).toBe(0.5);
    expect(relativeError(1, -1)).toBe(2);
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(1e-300, 0)).toBe(Infinity);
    expect(relativeError(0, 5)).toBe(1);
  });
  it('NaN for NaN; 0 for identical infinities; Infinity for any other non-finite pair', () => {
    expect(relativeError(NaN, 1)).toBeNaN();
    expect(relativeError(1, NaN)).toBeNaN();
    expect(relativeError(Infinity, Infinity)).toBe(0);
    expect(relativeError(-Infinity, -Infinity)).toBe(0);
    expect(relativeError(Infinity, -Infinity)).toBe(Infinity);
    expect(relativeError(1, Infinity)).toBe(Infinity);
    expect(relativeError(-Infinity, 1)).toBe(Infinity);
  });
});

describe('logScaledError', () => {
  it('is |Δ log|/max(1, |log|), the reference second', () => {
    expect(logScaledError(0.5, 0.25)).toBe(0.25); // |log| < 1: absolute
    expect(logScaledError(-0.5, -0.25)).toBe(0.25);
    expect(logScaledError(-110, -100)).toBe(0.1); // scaled by the reference
    expect(logScaledError(-100, -110)).toBe(10 / 110);
    expect(logScaledError(120, 100)).toBe(0.2);
    expect(logScaledError(-1e100, -1e100)).toBe(0);
  });
  it('NaN for NaN; 0 for identical infinities; Infinity for any other non-finite pair', () => {
    expect(logScaledError(NaN, -1)).toBeNaN();
    expect(logScaledError(-1, NaN)).toBeNaN();
    expect(logScaledError(-Infinity, -Infinity)).toBe(0);
    expect(logScaledError(-Infinity, -1e300)).toBe(Infinity);
    expect(logScaledError(-1e300, -Infinity)).toBe(Infinity);
    expect(logScaledError(Infinity, -Infinity)).toBe(Infinity);
  });
});
