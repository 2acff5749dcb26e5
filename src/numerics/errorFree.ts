/**
 * Error-free transformations of doubles (Ogita, Rump & Oishi 2005, "Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), §2): Knuth's two-sum a + b = s + e and Dekker's two-product a·b = p + e (Veltkamp's split at
 * 2^27 + 1), exact in binary floating point barring overflow. The tests that a sum or an affine map a·b + c is
 * exact read their error terms.
 */

/** Veltkamp's splitter 2^27 + 1. */
const SPLIT = 134217729;

/** [s, e] with s = fl(a + b) and a + b = s + e exactly (Knuth's TwoSum). */
export function twoSum(a: number, b: number): [number, number] {
  const s = a + b, z = s - a;
  return [s, (a - (s - z)) + (b - z)];
}

/** [p, e] with p = fl(a·b) and a·b = p + e exactly (Dekker's TwoProduct; |a·b| well inside the double range). */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  return [p, al * bl - (((p - ah * bh) - al * bh) - ah * bl)];
}

/** The rounding error of a + b (0 when the sum is exact; NaN when it overflows). */
export const sumError = (a: number, b: number): number => twoSum(a, b)[1];

/** a + b is exact in doubles (finite, and two-sum leaves no error). */
export const isExactSum = (a: number, b: number): boolean => Number.isFinite(a + b) && sumError(a, b) === 0;

/** a·b + c is exact in doubles: the product and the sum both leave no error, and a·b is finite. */
export function isExactAffine(c: number, a: number, b: number): boolean {
  const [p, pe] = twoProduct(a, b);
  return Number.isFinite(p) && pe === 0 && sumError(c, p) === 0;
}
