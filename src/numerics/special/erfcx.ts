/**
 * The error functions, built on the scaled complementary error function erfcx(x) = e^{x²}·erfc(x)
 * (numerics.md §2 last row and §4.1).
 *
 * erfcx, x ≥ 0: t = 2/(2 + x), ty = 4t − 2, Clenshaw recurrence over the 28 Chebyshev coefficients of
 * Numerical Recipes' `erfccheb` (the `cof` array inside jStat.erf), erfcx = t·exp(½(cof₀ + ty·d) − dd).
 * Unlike jStat.erf we never multiply by e^{−x²} nor form 1 − res, so the fit is usable on [0, ∞]:
 * relative error ≤ 2.6e-16 from 0 to 1e150 (measured against mpmath, numerics.md §2).
 * x < 0: erfcx(x) = 2e^{x²} − erfcx(−x) (DLMF 7.4.2), which overflows to +∞ below x ≈ −26.6.
 */
import { erfChebyshevCoefficients } from '../adapters/jstat.ts';

const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/√π

/** e^{x²}·erfc(x) for every double x; 0 at +∞, +∞ at −∞, NaN for NaN. */
export function erfcx(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 * expSquare(-x) - erfcx(-x);
  if (x === Infinity) return 0;
  const cof = erfChebyshevCoefficients;
  const t = 2 / (2 + x);
  const ty = 4 * t - 2;
  let d = 0;
  let dd = 0;
  for (let j = cof.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + cof[j];
    dd = tmp;
  }
  return t * Math.exp(0.5 * (cof[0] + ty * d) - dd);
}

/**
 * erfcx(a)/erfcx(b) for a, b ≥ 0 (other arguments: the quotient of two erfcx calls). Both Chebyshev
 * sums run in one loop (two independent Clenshaw chains) and the two exponentials of erfcx become one:
 *   erfcx(a)/erfcx(b) = (t_a/t_b)·exp(½(ty_a·d_a − ty_b·d_b) − dd_a + dd_b)   (cof₀ cancels),
 * each exponent being O(1), so the error is that of erfcx (a few ulps). Half the cost of two erfcx calls
 * (lognormal tail mean, 1.9 → 3.4 M calls/s; see lognormal.ts).
 * Example: erfcxRatio(1, 2) = erfcx(1)/erfcx(2) = 1.6742005281090120… (mpmath).
 */
export function erfcxRatio(a: number, b: number): number {
  if (!(a >= 0 && b >= 0) || a === Infinity || b === Infinity) return erfcx(a) / erfcx(b);
  const cof = erfChebyshevCoefficients;
  const ta = 2 / (2 + a);
  const tb = 2 / (2 + b);
  const tya = 4 * ta - 2;
  const tyb = 4 * tb - 2;
  let da = 0;
  let dda = 0;
  let db = 0;
  let ddb = 0;
  for (let j = cof.length - 1; j > 0; j--) {
    const c = cof[j];
    const tmpa = da;
    const tmpb = db;
    da = tya * da - dda + c;
    db = tyb * db - ddb + c;
    dda = tmpa;
    ddb = tmpb;
  }
  return (ta / tb) * Math.exp(0.5 * (tya * da - tyb * db) - dda + ddb);
}

/**
 * e^{−x²} with the rounding of x² removed: x = hi + lo with hi holding 26 bits, so hi² is exact
 * and e^{−x²} = e^{−hi²}·e^{−(2·hi·lo + lo²)} (the splitting used by Cody's erfc).
 */
export function expNegSquare(x: number): number {
  const ax = Math.abs(x);
  if (ax > 27.3) return 0; // e^{−x²} < 2^{−1074}
  const [hi, lo] = split(ax);
  return Math.exp(-hi * hi) * Math.exp(-(2 * hi * lo + lo * lo));
}

/** e^{x²}, with the same splitting as expNegSquare; +∞ beyond |x| ≈ 26.64. */
function expSquare(x: number): number {
  const ax = Math.abs(x);
  if (ax > 27) return Infinity;
  const [hi, lo] = split(ax);
  return Math.exp(hi * hi) * Math.exp(2 * hi * lo + lo * lo);
}

/** Veltkamp split of a non-negative double below 2^996: hi has ≤ 26 significant bits, hi + lo = x exactly. */
function split(x: number): [number, number] {
  const c = 134217729 * x; // 2^27 + 1
  const hi = c - (c - x);
  return [hi, x - hi];
}

/** erfc(x) = 1 − erf(x): erfcx(x)·e^{−x²} for x ≥ 0, 2 − erfc(−x) for x < 0. Relative error ≤ ~1e-15. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return erfcx(x) * expNegSquare(x);
}

/**
 * erf(x): Taylor series (2/√π)·Σ (−1)ⁿ x^{2n+1}/(n!(2n + 1)) for |x| < ½ (DLMF 7.6.1; jStat.erf loses
 * 3.9e-7 relative at 1e-10), 1 − erfc(x) otherwise (erfc(½) ≈ 0.48, so nothing cancels), odd in x.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x >= 0.5) return 1 - erfc(x);
  const x2 = x * x;
  let term = x; // (−1)ⁿ x^{2n+1}/n!
  let sum = x;
  for (let n = 1; n < 40; n++) {
    term *= -x2 / n;
    const contribution = term / (2 * n + 1);
    sum += contribution;
    if (Math.abs(contribution) <= 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/**
 * log erfc(x): log(erfcx(x)) − x² for x ≥ 0 (exact however far out: logErfc(1e150) = −1e300 − …),
 * log1p(erf(−x)) for x < 0 (value in (0, log 2]).
 */
export function logErfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return Math.log1p(erf(-x));
  if (x === Infinity) return -Infinity;
  return Math.log(erfcx(x)) - x * x;
}
