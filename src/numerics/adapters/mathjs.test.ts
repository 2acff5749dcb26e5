import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { relativeError } from '../tolerance.ts';
import { big, bigExp, bigExpm1, bigLog, bigLog1p, bigMath, bigMul, bigSub, toDecimalString, toNumber } from './mathjs.ts';

describe('mathjs adapter (BigNumber, 60 digits)', () => {
  it('is configured for BigNumber at precision 60', () => {
    expect(bigMath.config({}).number).toBe('BigNumber');
    expect(bigMath.config({}).precision).toBe(60);
  });

  it('converts a double exactly, not through its shortest decimal string', () => {
    expect(toDecimalString(big(0.1))).toBe('0.1000000000000000055511151231257827021181583404541015625');
    expect(toNumber(big(0.1))).toBe(0.1);
  });

  it('computes exp and log at 60 digits, beyond the double range (values from mpmath, dps = 60)', () => {
    expect(toDecimalString(bigLog('2')).slice(0, 57)).toBe('0.6931471805599453094172321214581765680755001343602552541');
    expect(toDecimalString(bigExp(-1000)).slice(0, 22)).toBe('5.07595889754945676529');
    expect(toDecimalString(bigExp(-1000)).endsWith('e-435')).toBe(true);
  });

  it('log1p and expm1 keep relative accuracy for tiny arguments', () => {
    expect(relativeError(toNumber(bigLog1p(1e-20)), 1e-20 - 5e-41)).toBe(0);
    expect(relativeError(toNumber(bigExpm1(1e-20)), 1e-20)).toBe(0);
  });

  test.prop([fc.double({ min: -700, max: 700, noNaN: true })])('exp and log are inverse to 1e-50', (x) => {
    const roundTrip = bigLog(bigExp(x));
    const diff = Math.abs(toNumber(bigSub(roundTrip, x)));
    expect(diff, `log(exp(${x})) − x`).toBeLessThanOrEqual(1e-50 * Math.max(1, Math.abs(x)));
  });

  test.prop([fc.double({ min: 1e-300, max: 1e300, noNaN: true })])('rounds to Math.log within 1 ulp', (x) => {
    const hp = toNumber(bigLog(x));
    expect(Math.abs(hp - Math.log(x)), `log(${x})`).toBeLessThanOrEqual(Math.abs(hp) * Number.EPSILON);
    expect(toNumber(bigMul(x, 1))).toBe(x);
  });
});
