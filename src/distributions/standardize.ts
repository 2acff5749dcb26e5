/**
 * The standardised argument z = (x − loc)/scale of a location–scale family, right to rounding even where
 * x − loc overflows while z does not (x = 1e308, loc = −1e308, scale = 1e300: z = 2e8, not Infinity). Then
 * x and loc have opposite signs, so x/scale − loc/scale adds two quotients of the same sign: each rounded
 * once, the sum once more (relative error ≤ 1.5 ulp), and Infinity only when z itself exceeds the double range.
 * Kernels stay total: NaN in, NaN out; x = ±∞ gives ±∞.
 */
export function standardize(x: number, loc: number, scale: number): number {
  const difference = x - loc;
  if (Number.isFinite(difference)) return difference / scale;
  return x / scale - loc / scale;
}

/**
 * log|x − y| for finite x, y, also where x − y overflows (x = 1.5e308, y = −1.5e308): then
 * log|x/2 − y/2| + log 2, the halves exact and their difference finite.
 */
export function logAbsDifference(x: number, y: number): number {
  const difference = x - y;
  return Number.isFinite(difference) ? Math.log(Math.abs(difference)) : Math.log(Math.abs(x / 2 - y / 2)) + Math.LN2;
}
