/**
 * The exact sign of x·y − z for doubles x, y, z: the real product, not its rounding. Dekker's two-product
 * (T. J. Dekker, "A floating-point technique for extending the available precision", Numer. Math. 18, 1971;
 * Veltkamp splitting with the constant 2^27 + 1) gives p = fl(x·y) and e with x·y = p + e exactly, provided
 * no split or partial product overflows or underflows. Then
 *   z < p:  z ≤ pred(p) ≤ x·y (p is the double nearest x·y), so the sign is +1 unless p − z cannot be decided;
 *   z = p:  the sign of e;   z > p: −1 (symmetric).
 * The first and third cases need only round-to-nearest (they hold even where the split would overflow); the
 * tie needs e, which is exact for |x|, |y| ≤ 2^995 and |x·y| ≥ 2^−969 (Dekker's conditions, with margin).
 * Returns NaN where a tie cannot be decided exactly or an input is NaN.
 */
const SPLIT = 134217729; // 2^27 + 1

function split(a: number): [number, number] {
  const c = SPLIT * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

/** The rounding error e of p = fl(x·y): x·y = p + e exactly (Dekker's conditions hold). */
export function productError(x: number, y: number, p: number): number {
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  return xh * yh - p + xh * yl + xl * yh + xl * yl;
}

const SAFE_HI = 2 ** 995;
const SAFE_LO = 2 ** -969;

/** sign(x·y − z) ∈ {−1, 0, 1} in exact real arithmetic, or NaN where it cannot be decided. */
export function productMinusSign(x: number, y: number, z: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z)) return NaN;
  const p = x * y;
  if (Number.isNaN(p)) return NaN; // 0·∞
  if (z < p) return 1;
  if (z > p) return -1;
  if (x === 0 || y === 0) return 0; // p = 0 = z exactly
  if (!Number.isFinite(p)) return NaN; // ∞ = ∞: overflowed product against an infinite z
  const ax = Math.abs(x), ay = Math.abs(y);
  if (ax > SAFE_HI || ay > SAFE_HI || Math.abs(p) < SAFE_LO) return NaN;
  return Math.sign(productError(x, y, p));
}
