/**
 * Contracts of affine.ts beyond affine.test.ts: scaleTail's rules (claims.md §1: every class is
 * scale-invariant except ratio-lightness of a lattice stretched by a > 1), the base validation, the MGF at
 * λ = 0 and where it diverges, the pmf of a discrete base (not divided by |scale|), and the reflected
 * quantile in both halves.
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { relativeError } from '../numerics/tolerance.ts';
import { affine, scaleTail } from './affine.ts';
import { categorical } from './categorical.ts';
import { exponential } from './exponential.ts';
import { lomax } from './lomax.ts';
import { boundedTail, exponentialTail, powerTail, superExponentialTail } from './tails.ts';

describe('scaleTail', () => {
  it('λ₊ scales by 1/a (never below the least positive double); 0 and ∞ stay', () => {
    expect(scaleTail(exponentialTail(2), 4, 'continuous').mgfSup).toBe(0.5);
    expect(scaleTail(exponentialTail(2), 1e-300, 'continuous').mgfSup).toBe(2 / 1e-300);
    expect(scaleTail(exponentialTail(1e-300), 1e300, 'continuous').mgfSup).toBe(Number.MIN_VALUE);
    expect(scaleTail(powerTail(2), 4, 'continuous').mgfSup).toBe(0);
    expect(scaleTail(superExponentialTail(true), 1e-300, 'continuous').mgfSup).toBe(Infinity);
    expect(scaleTail(powerTail(2), 4, 'continuous').powerIndex, 'the other fields are kept').toBe(2);
  });
  it('ratio-light survives a ≤ 1, a bounded side, or a continuous law; a discrete unbounded tail stretched by a > 1 loses it', () => {
    const rl = superExponentialTail(true);
    expect(scaleTail(rl, 0.5, 'discrete').ratioLight).toBe(true);
    expect(scaleTail(rl, 1, 'discrete').ratioLight).toBe(true);
    expect(scaleTail(rl, 2, 'continuous').ratioLight).toBe(true);
    expect(scaleTail(boundedTail(), 2, 'discrete').ratioLight).toBe(true);
    expect(scaleTail(rl, 2, 'discrete').ratioLight).toBe(false);
    expect(scaleTail(rl, 2, 'mixed').ratioLight).toBe(false);
    expect(scaleTail(superExponentialTail(false), 0.5, 'continuous').ratioLight).toBe(false);
  });
});

describe('affine: validation of the base', () => {
  it('names base for null, a spec object, or an object without logSf or spec', () => {
    const exp1 = exponential({ rate: 1 });
    for (const base of [null, 3, { ...exp1, logSf: undefined }, { ...exp1, spec: undefined }] as never[]) {
      let caught: unknown;
      try {
        affine({ base, loc: 0, scale: 1 });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect((caught as DomainError).parameter).toBe('base');
      expect((caught as DomainError).allowed).toBe('a built Distribution');
    }
    let scaleError: unknown;
    try {
      affine({ base: exp1, loc: 0, scale: 0 });
    } catch (e) {
      scaleError = e;
    }
    expect((scaleError as DomainError).allowed).toBe('a finite number ≠ 0');
  });
});

describe('affine: MGF, pmf and reflected quantile', () => {
  it('log M_Y(λ) = λ·loc + log M_X(scale·λ): 0 at λ = 0 even for a heavy base, +∞ where M_X diverges', () => {
    const heavy = affine({ base: lomax({ alpha: 2, scale: 1 }), loc: 5, scale: 2 });
    expect(heavy.logMgf(0)).toBe(0);
    expect(heavy.logMgf(0.1)).toBe(Infinity);
    const e = affine({ base: exponential({ rate: 1 }), loc: 5, scale: -2 });
    // Y ≤ 5, so M_Y(λ) is finite for every λ > 0: 5·5 + log M_X(−10) = 25 − log 11
    expect(relativeError(e.logMgf(5), 25 - Math.log(11))).toBeLessThanOrEqual(4e-16);
    // λ = −1: 5·(−1) + log M_X(2) diverges (rate 1); λ = 0.25: 1.25 + log(1/(1 + 0.5))
    expect(e.logMgf(-1)).toBe(Infinity);
    expect(relativeError(e.logMgf(0.25), 1.25 - Math.log(1.5))).toBeLessThanOrEqual(4e-16);
  });
  it('a discrete base keeps its pmf (no division by |scale|) and its atoms at loc + scale·x', () => {
    const c = categorical({ values: [0, 1, 2], probs: [0.25, 0.5, 0.25] });
    const y = affine({ base: c, loc: 1, scale: 4 });
    expect(y.logPdf(5)).toBe(Math.log(0.5));
    expect(y.massAt(5)).toBe(0.5);
    expect(y.massAt(6)).toBe(0);
    expect(y.support).toEqual({ lower: 1, upper: 9, kind: 'discrete' });
    const cont = affine({ base: exponential({ rate: 1 }), loc: 1, scale: 4 });
    expect(cont.logPdf(5)).toBe(-1 - Math.log(4));
  });
  it('reflected continuous quantile: loc + scale·Q_X(1 − p) for p ≥ ½, by bisection below ½, both exact', () => {
    const y = affine({ base: exponential({ rate: 1 }), loc: 1, scale: -2 });
    for (const p of [0.1, 0.5, 0.9, 1 - 1e-9]) {
      // P(Y ≤ y) = P(X ≥ (1 − y)/2) = e^{−(1 − y)/2} ⇒ y = 1 + 2 log p
      const ref = 1 + 2 * Math.log(p);
      expect(Math.abs(y.quantile(p) - ref), `quantile(${p}) = ${y.quantile(p)}`).toBeLessThanOrEqual(4e-15 * Math.max(1, Math.abs(ref)));
    }
    expect(y.quantile(1)).toBe(1);
    expect(y.quantile(0)).toBe(-Infinity);
    expect(y.mean()).toBe(-1);
    expect(y.variance()).toBe(4);
  });
});
