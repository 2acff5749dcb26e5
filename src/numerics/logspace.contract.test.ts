/**
 * Contracts of the log-space kernels (numerics.md §4.1): exact identities, the edge values ±∞, 0 and NaN,
 * and the regimes where the naive formula would cancel or overflow. Values marked "mpmath" were computed
 * at 50 digits with the expression shown.
 */
import { describe, it, expect } from 'vitest';
import {
  LOG_SQRT_2PI,
  SIGNED_ZERO,
  fromSignedLog,
  log1mExp,
  log1pExp,
  logAddExp,
  logSubExp,
  logSumExp,
  lsum,
  scaleSignedLog,
  toSignedLog,
  type SignedLog,
} from './logspace.ts';
import { relativeError } from './tolerance.ts';

const sl = (log: number, sign: -1 | 0 | 1): SignedLog => ({ log, sign });

describe('constants', () => {
  it('LOG_SQRT_2PI = ½ log 2π (mpmath: 0.91893853320467274178…) and SIGNED_ZERO is {−∞, 0}', () => {
    expect(relativeError(LOG_SQRT_2PI, 0.9189385332046727417803297)).toBeLessThanOrEqual(Number.EPSILON / 2);
    expect(SIGNED_ZERO).toEqual({ log: -Infinity, sign: 0 });
  });
});

describe('log1mExp(l) = log(1 − e^l)', () => {
  it('edge values: log1mExp(0) = −∞, log1mExp(−∞) = 0, NaN for l > 0 and NaN', () => {
    expect(log1mExp(0)).toBe(-Infinity);
    expect(log1mExp(-Infinity) === 0, "log1mExp(-Infinity) is ±0").toBe(true);
    for (const l of [1e-300, 0.5, Infinity, NaN]) expect(log1mExp(l), `log1mExp(${l})`).toBeNaN();
  });
  it('near 0 (l = −1e-20): log(1 − e^l) = log(−expm1(l)) = log 1e-20, where log1p(−e^l) would give −∞', () => {
    expect(relativeError(log1mExp(-1e-20), Math.log(1e-20)), 'log1mExp(-1e-20)').toBeLessThanOrEqual(2 * Number.EPSILON);
    // mpmath: log(-expm1(-0.1)) = -2.35216846104409075…
    expect(relativeError(log1mExp(-0.1), -2.352168461044090756), 'log1mExp(-0.1)').toBeLessThanOrEqual(4 * Number.EPSILON);
  });
  it('far below (l = −50): log1p(−e^l) = −e^{−50}(1 + …), where log(−expm1(l)) rounds to 0', () => {
    expect(relativeError(log1mExp(-50), -Math.exp(-50)), 'log1mExp(-50)').toBeLessThanOrEqual(2 * Number.EPSILON);
    // mpmath: log(1 - exp(-2)) = -0.14541345786885906…
    expect(relativeError(log1mExp(-2), -0.1454134578688590647), 'log1mExp(-2)').toBeLessThanOrEqual(4 * Number.EPSILON);
  });
});

describe('log1pExp(x) = log(1 + e^x)', () => {
  it('exact values: log1pExp(0) = ln 2, log1pExp(1000) = 1000, log1pExp(−1000) = e^{−1000} = 0, ±∞', () => {
    expect(log1pExp(0)).toBe(Math.LN2);
    expect(log1pExp(1000)).toBe(1000);
    expect(log1pExp(-1000)).toBe(0);
    expect(log1pExp(-40), 'log1pExp(-40) ≈ e^{-40}').toBeCloseTo(Math.exp(-40), 30);
    expect(relativeError(log1pExp(-40), Math.exp(-40)), 'log1pExp(-40)').toBeLessThanOrEqual(1e-15);
    expect(log1pExp(Infinity)).toBe(Infinity);
    expect(log1pExp(-Infinity)).toBe(0);
    expect(log1pExp(NaN)).toBeNaN();
  });
  it('softplus(x) − softplus(−x) = x (mpmath: log1p(e) = 1.3132616875182228…)', () => {
    expect(relativeError(log1pExp(1), 1.313261687518222834)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(relativeError(log1pExp(-1), 0.3132616875182228340)).toBeLessThanOrEqual(4 * Number.EPSILON);
    for (const x of [0.25, 3, 30]) expect(Math.abs(log1pExp(x) - log1pExp(-x) - x), `x=${x}`).toBeLessThanOrEqual(4 * Number.EPSILON * x);
  });
});

describe('logAddExp(a, b) = log(e^a + e^b)', () => {
  it('symmetric, exact for equal arguments, absorbs −∞', () => {
    expect(logAddExp(0, 0)).toBe(Math.LN2);
    expect(logAddExp(-1000, -1000)).toBe(-1000 + Math.LN2);
    expect(logAddExp(3, -Infinity)).toBe(3);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    // mpmath: log(e^1 + e^2) = 2.3132616875182228…
    expect(relativeError(logAddExp(1, 2), 2.313261687518222834)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(relativeError(logAddExp(2, 1), 2.313261687518222834)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(logAddExp(800, 800), 'no overflow at 800').toBe(800 + Math.LN2);
  });
  it('edge values: both −∞ → −∞, any +∞ → +∞ (also +∞ and +∞), NaN propagates', () => {
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
    expect(logAddExp(Infinity, Infinity)).toBe(Infinity);
    expect(logAddExp(Infinity, 1)).toBe(Infinity);
    expect(logAddExp(NaN, 1)).toBeNaN();
    expect(logAddExp(1, NaN)).toBeNaN();
    expect(logAddExp(NaN, -Infinity)).toBeNaN();
    expect(logAddExp(-Infinity, NaN)).toBeNaN();
  });
});

describe('logSubExp(a, b) = log(e^a − e^b)', () => {
  it('values: log(e^2 − e^1) (mpmath 1.5413248546129181…), a = b → −∞, b = −∞ → a', () => {
    expect(relativeError(logSubExp(2, 1), 1.541324854612918108)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(logSubExp(1, 1)).toBe(-Infinity);
    expect(logSubExp(5, -Infinity)).toBe(5);
    expect(logSubExp(-Infinity, -Infinity)).toBe(-Infinity);
    expect(logSubExp(0, -1e-20), 'log(1 − e^{−1e-20}) = log 1e-20').toBeCloseTo(Math.log(1e-20), 13);
  });
  it('NaN when a < b or an argument is NaN', () => {
    expect(logSubExp(1, 2)).toBeNaN();
    expect(logSubExp(-Infinity, 0)).toBeNaN();
    expect(logSubExp(NaN, 0)).toBeNaN();
    expect(logSubExp(0, NaN)).toBeNaN();
  });
});

describe('logSumExp(xs) = log Σ e^{x_i}', () => {
  it('values: log(3e^{−1000}) = −1000 + log 3; log(e^0 + e^1 + e^2) (mpmath 2.4076059644443803…)', () => {
    expect(logSumExp([-1000, -1000, -1000])).toBe(-1000 + Math.log(3));
    expect(relativeError(logSumExp([0, 1, 2]), 2.407605964444380297)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(relativeError(logSumExp([2, 0, 1]), 2.407605964444380297)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(logSumExp([1000, 1000])).toBe(1000 + Math.LN2);
    expect(logSumExp([7])).toBe(7);
  });
  it('edge values: empty → −∞, all −∞ → −∞, any +∞ → +∞, any NaN → NaN', () => {
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([Infinity, 1])).toBe(Infinity);
    expect(logSumExp([1, Infinity])).toBe(Infinity);
    expect(logSumExp([Infinity, Infinity])).toBe(Infinity);
    expect(logSumExp([1, NaN, 2])).toBeNaN();
    expect(logSumExp([-Infinity, NaN])).toBeNaN();
    expect(logSumExp([-Infinity, 2])).toBe(2);
    expect(logSumExp([5, -Infinity]), 'the shift is the maximum, wherever it stands').toBe(5);
    expect(logSumExp([1000, 0]), 'no overflow when the maximum comes first').toBe(1000);
  });
});

describe('lsum: signed a + b in log space', () => {
  it('same signs add, opposite signs subtract with the sign of the larger magnitude', () => {
    expect(lsum(sl(0, 1), sl(0, 1))).toEqual({ log: Math.LN2, sign: 1 });
    expect(lsum(sl(0, -1), sl(0, -1))).toEqual({ log: Math.LN2, sign: -1 });
    expect(lsum(sl(Math.log(3), 1), sl(Math.log(2), -1))).toEqual({ log: logSubExp(Math.log(3), Math.log(2)), sign: 1 });
    expect(lsum(sl(Math.log(2), -1), sl(Math.log(3), 1))).toEqual({ log: logSubExp(Math.log(3), Math.log(2)), sign: 1 });
    expect(lsum(sl(Math.log(3), -1), sl(Math.log(2), 1))).toEqual({ log: logSubExp(Math.log(3), Math.log(2)), sign: -1 });
    expect(lsum(sl(Math.log(2), 1), sl(Math.log(3), -1))).toEqual({ log: logSubExp(Math.log(3), Math.log(2)), sign: -1 });
  });
  it('x + (−x) = 0 exactly; zero (sign 0 or log −∞) is the identity; zero + zero = SIGNED_ZERO', () => {
    expect(lsum(sl(1.5, 1), sl(1.5, -1))).toEqual(SIGNED_ZERO);
    expect(lsum(sl(1.5, -1), sl(1.5, 1))).toEqual(SIGNED_ZERO);
    expect(lsum(SIGNED_ZERO, sl(2, -1))).toEqual({ log: 2, sign: -1 });
    expect(lsum(sl(2, -1), SIGNED_ZERO)).toEqual({ log: 2, sign: -1 });
    expect(lsum(sl(-Infinity, 1), sl(2, -1))).toEqual({ log: 2, sign: -1 });
    expect(lsum(sl(2, 1), sl(-Infinity, -1))).toEqual({ log: 2, sign: 1 });
    expect(lsum(sl(5, 0), sl(2, 1)), 'sign 0 is zero whatever its log').toEqual({ log: 2, sign: 1 });
    expect(lsum(sl(2, 1), sl(5, 0)), 'sign 0 is zero whatever its log').toEqual({ log: 2, sign: 1 });
    expect(lsum(SIGNED_ZERO, SIGNED_ZERO)).toEqual(SIGNED_ZERO);
    expect(lsum(sl(-Infinity, 1), sl(3, 0)), 'a zero with a stray log is normalised to SIGNED_ZERO').toEqual(SIGNED_ZERO);
  });
  it('infinities: ∞ + ∞ = ∞, ∞ − ∞ = NaN, ∞ + finite = ∞; NaN propagates', () => {
    expect(lsum(sl(Infinity, 1), sl(Infinity, 1))).toEqual({ log: Infinity, sign: 1 });
    expect(lsum(sl(Infinity, 1), sl(Infinity, -1)).log).toBeNaN();
    expect(lsum(sl(Infinity, 1), sl(Infinity, -1)).sign).toBe(0);
    expect(lsum(sl(Infinity, -1), sl(3, 1))).toEqual({ log: Infinity, sign: -1 });
    expect(lsum(sl(3, 1), sl(Infinity, -1))).toEqual({ log: Infinity, sign: -1 });
    expect(lsum(sl(NaN, 1), sl(3, 1))).toEqual({ log: NaN, sign: 0 });
    expect(lsum(sl(3, 1), sl(NaN, 1))).toEqual({ log: NaN, sign: 0 });
    expect(lsum(sl(NaN, 1), SIGNED_ZERO).log).toBeNaN();
    expect(lsum(SIGNED_ZERO, sl(NaN, 1)).log).toBeNaN();
  });
});

describe('toSignedLog / fromSignedLog / scaleSignedLog', () => {
  it('round trips and edge values', () => {
    expect(toSignedLog(Math.E)).toEqual({ log: 1, sign: 1 });
    expect(toSignedLog(-Math.E)).toEqual({ log: 1, sign: -1 });
    expect(toSignedLog(0)).toEqual(SIGNED_ZERO);
    expect(toSignedLog(-0)).toEqual(SIGNED_ZERO);
    expect(toSignedLog(-Infinity)).toEqual({ log: Infinity, sign: -1 });
    expect(toSignedLog(NaN)).toEqual({ log: NaN, sign: 0 });
    expect(fromSignedLog({ log: 1, sign: -1 })).toBe(-Math.E);
    expect(fromSignedLog({ log: 1, sign: 1 })).toBe(Math.E);
    expect(fromSignedLog(SIGNED_ZERO)).toBe(0);
    expect(fromSignedLog({ log: 3, sign: 0 }), 'sign 0 is zero').toBe(0);
    expect(fromSignedLog({ log: Infinity, sign: 0 }), 'sign 0 is zero whatever its log').toBe(0);
    expect(fromSignedLog({ log: NaN, sign: 1 })).toBeNaN();
    expect(fromSignedLog({ log: NaN, sign: 0 })).toBeNaN();
    expect(fromSignedLog({ log: 1000, sign: -1 })).toBe(-Infinity);
    for (const x of [-3.5, 1e-300, 7e200]) expect(relativeError(fromSignedLog(toSignedLog(x)), x), `x=${x}`).toBeLessThanOrEqual(1e-12);
  });
  it('scaleSignedLog multiplies by e^{logFactor}; zero stays zero', () => {
    expect(scaleSignedLog({ log: 1, sign: -1 }, 2)).toEqual({ log: 3, sign: -1 });
    expect(scaleSignedLog({ log: 1, sign: 1 }, -2)).toEqual({ log: -1, sign: 1 });
    expect(scaleSignedLog(SIGNED_ZERO, 5)).toEqual(SIGNED_ZERO);
    expect(scaleSignedLog({ log: 4, sign: 0 }, 5)).toEqual(SIGNED_ZERO);
  });
});
