import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logScaledError } from '../tolerance.ts';
import { logHurwitzZeta, logRiemannZeta } from './hurwitzZeta.ts';

/**
 * [s, q, log ζ(s, q)]: mpmath at 80 digits, log(Σ_{k<N}(q+k)^{−s} + Euler–Maclaurin tail at a = q+N ≥ 60)
 * with 40 Bernoulli terms, agreeing with mpmath.log(mpmath.zeta(s, q)) at 120 digits. (mpmath.zeta itself
 * is wrong at 50 digits for large s with non-integer q, e.g. (30, 123.4), so the 50-digit call is not used.)
 */
const REFERENCE: [number, number, number][] = [
  [2, 1, 0.4977003024707453474744],
  [1.000000000001, 1, 27.63093221929820704642],
  [1.000001, 0.3, 13.8155140605686084107],
  [1.1, 1e-5, 12.66425148181776789634],
  [1.5, 7.5, -0.2804425719387295290041],
  [2, 9.99, -2.251160780781408291256],
  [2.0000001, 11, -2.352129351761480884928],
  [2.5, 1e15, -52.21362970047419152238],
  [3, 1e300, -1382.244202976987355825],
  [1.001, 1e300, 6.216979751084109558878],
  [5, 0.3, 6.020564967154027423434],
  [10, 1, 0.0009940808656690606899917],
  [30, 123.4, -142.899453557129769862],
  [100, 2, -69.31471805599453093926],
  [1e3, 1e5, -11508.31430343395731494],
  [1e5, 1e-5, 1151292.546497022833829],
  [1.5, 1e200, -229.5653621188446230772],
  [1 + 2 ** -30, 1e200, 20.79441498790846386683],
];

describe('logHurwitzZeta', () => {
  it('matches mpmath to 1e-14 in |Δlog|/max(1, |log|)', () => {
    for (const [s, q, ref] of REFERENCE) {
      const got = logHurwitzZeta(s, q);
      expect(logScaledError(got, ref), `logHurwitzZeta(${s}, ${q}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });

  it('logRiemannZeta(2) = log(π²/6)', () => {
    expect(logRiemannZeta(2)).toBeCloseTo(Math.log((Math.PI * Math.PI) / 6), 15);
  });

  it('is total: NaN for s < 1 or q ≤ 0, Infinity at s = 1', () => {
    expect(logHurwitzZeta(0.5, 1)).toBeNaN();
    expect(logHurwitzZeta(2, 0)).toBeNaN();
    expect(logHurwitzZeta(2, -1)).toBeNaN();
    expect(logHurwitzZeta(NaN, 1)).toBeNaN();
    expect(logHurwitzZeta(1, 3)).toBe(Infinity);
    expect(logHurwitzZeta(2, Infinity)).toBe(-Infinity);
  });

  // ζ(s, q) = q^{−s} + ζ(s, q + 1) (DLMF 25.11.3) ties the direct sum to the Euler–Maclaurin tail.
  test.prop([fc.double({ min: 1 + 1e-9, max: 60, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })])(
    'satisfies the shift recurrence ζ(s, q) = q^{−s} + ζ(s, q+1)',
    (s, q) => {
      const lhs = logHurwitzZeta(s, q);
      const hi = Math.max(-s * Math.log(q), logHurwitzZeta(s, q + 1));
      const rhs = hi + Math.log(Math.exp(-s * Math.log(q) - hi) + Math.exp(logHurwitzZeta(s, q + 1) - hi));
      expect(logScaledError(lhs, rhs), `s=${s}, q=${q}: ${lhs} vs ${rhs}`).toBeLessThan(1e-14);
    },
  );

  // ζ(s, q) ≈ q^{1−s}/(s−1) for huge q: the leading term must be exact to 1e-15 once q ≥ 1e20.
  test.prop([fc.double({ min: 1 + 1e-12, max: 50, noNaN: true }), fc.double({ min: 1e20, max: 1e300, noNaN: true })])(
    'tends to (1−s)·log q − log(s−1) for huge q',
    (s, q) => {
      const lead = (1 - s) * Math.log(q) - Math.log(s - 1) + Math.log1p((s - 1) / (2 * q));
      expect(logScaledError(logHurwitzZeta(s, q), lead), `s=${s}, q=${q}`).toBeLessThan(1e-15);
    },
  );
});
