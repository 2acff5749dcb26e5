/**
 * The one place mathjs 15.2.0 is imported: an instance with BigNumber arithmetic at 60 significant
 * digits, and elementary helpers on it. Use it for cross-checks of elementary closed forms only: in
 * BigNumber mode `lgamma` and `erf` throw, `gamma` takes integers only and there is no incomplete
 * beta/gamma (numerics.md §2, speed anchors); a call costs ~0.1 ms. Tail references come from mpmath.
 *
 * Helpers take numbers, decimal strings or BigNumbers and return BigNumbers. A number is converted
 * through `toPrecision(60)`, i.e. its exact binary value rounded to 60 digits (not its shortest
 * round-trip string, which differs from the double by up to half an ulp); `toNumber` rounds a result
 * to the nearest double.
 */
import { all, create, type BigNumber, type MathJsInstance } from 'mathjs';

/** A mathjs instance whose numbers are BigNumbers with 60 significant digits. */
export const bigMath: MathJsInstance = create(all, { number: 'BigNumber', precision: 60 });

export type Big = BigNumber;
export type BigInput = number | string | BigNumber;

/** The input as a BigNumber (a number via its exact binary value to 60 digits; ±∞ and NaN kept). */
export function big(x: BigInput): BigNumber {
  if (typeof x === 'number') return bigMath.bignumber(Number.isFinite(x) ? x.toPrecision(60) : String(x));
  if (typeof x === 'string') return bigMath.bignumber(x);
  return x;
}

export const bigAdd = (a: BigInput, b: BigInput): BigNumber => bigMath.add(big(a), big(b)) as BigNumber;
export const bigSub = (a: BigInput, b: BigInput): BigNumber => bigMath.subtract(big(a), big(b)) as BigNumber;
export const bigMul = (a: BigInput, b: BigInput): BigNumber => bigMath.multiply(big(a), big(b)) as BigNumber;
export const bigDiv = (a: BigInput, b: BigInput): BigNumber => bigMath.divide(big(a), big(b)) as BigNumber;
export const bigNeg = (a: BigInput): BigNumber => bigMath.unaryMinus(big(a)) as BigNumber;

/** e^x at 60 digits (no overflow: e^{−1000} = 5.07…e-435 is representable). */
export const bigExp = (x: BigInput): BigNumber => bigMath.exp(big(x)) as BigNumber;
/** log x at 60 digits (x > 0). */
export const bigLog = (x: BigInput): BigNumber => bigMath.log(big(x)) as BigNumber;
/** log(1 + x) at 60 digits; accurate for tiny x (log1p(1e-20) = 9.99…95e-21). */
export const bigLog1p = (x: BigInput): BigNumber => bigMath.log1p(big(x)) as BigNumber;
/** e^x − 1 at 60 digits. */
export const bigExpm1 = (x: BigInput): BigNumber => bigMath.expm1(big(x)) as BigNumber;

/** The BigNumber rounded to the nearest double. */
export const toNumber = (x: BigNumber): number => x.toNumber();
/** The BigNumber as a decimal string (all 60 digits). */
export const toDecimalString = (x: BigNumber): string => x.toString();
