/**
 * The one place jstat 1.9.6 is imported. Re-exports only what we trust, and, for tests that document
 * the failure, what we do not (numerics.md §2 measured each of these against mpmath at 50 digits).
 *
 * Trusted:
 *  - `jstatLoggam` = jStat.loggam: Stirling with 10 terms after shifting to ≥ 7; absolute error
 *    ≤ 2e-15 (3.3e-13 at x = 1e-3). Our own `lgamma` is used in the kernels; this is a cross-check.
 *  - `erfChebyshevCoefficients`: the 28-term `cof` array inside jStat.erf (Numerical Recipes
 *    `erfccheb`); the Chebyshev fit itself is good to 2.6e-16 on [0, ∞] when used as erfcx.
 *
 * Not trusted (exposed only so tests can demonstrate where they break):
 *  - `jstatStudentTCdf` = jStat.studentt.cdf: ibeta with a 3e-7 continued-fraction stop and a
 *    gammaln (Lanczos, 1e-10) prefactor; 1 − cdf is 0 from t ≈ 2.7e5 (ν = 3), 109 (ν = 10).
 *  - `jstatNormalCdf` = jStat.normal.cdf: 0.5(1 + erf); cdf(−z) is 0 from z ≈ 8.38.
 *  - `jstatErfc` = jStat.erfc: 1 − erf, 0 from x ≈ 5.92.
 *  - `jstatGammaln` = jStat.gammaln: absolute error 1e-10 at 100.
 */
/// <reference path="./jstat.d.ts" />
import jStat from 'jstat';

/** jStat.loggam(x) = log Γ(x), x > 0 (trusted: ≤ 2e-15 absolute for x ≥ 0.01). */
export const jstatLoggam = (x: number): number => jStat.loggam(x);

/**
 * Chebyshev coefficients of erfcx on t = 2/(2 + x), copied from jStat.erf in jstat 1.9.6 (Numerical
 * Recipes 3rd ed. §6.2 `Erf::cof`); pinned against jStat.erf by adapters/jstat.test.ts.
 */
export const erfChebyshevCoefficients: readonly number[] = Object.freeze([
  -1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2, -9.561514786808631e-3,
  -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5,
  -1.624290004647e-6, 1.30365583558e-6, 1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9,
  5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12, -6.886027e-12,
  8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16,
  -2.8e-17,
]);

/** UNTRUSTED: jStat.studentt.cdf(t, ν); for tests showing that 1 − cdf collapses to 0 in the tail. */
export const jstatStudentTCdf = (t: number, df: number): number => jStat.studentt.cdf(t, df);

/** UNTRUSTED: jStat.normal.cdf(x, μ, σ); for tests showing that cdf(−z) is 0 from z ≈ 8.38. */
export const jstatNormalCdf = (x: number, mean: number, sd: number): number =>
  jStat.normal.cdf(x, mean, sd);

/** UNTRUSTED: jStat.erfc(x) = 1 − jStat.erf(x); for tests showing that it is 0 from x ≈ 5.92. */
export const jstatErfc = (x: number): number => jStat.erfc(x);

/** UNTRUSTED: jStat.gammaln(x) (Lanczos, absolute error ~1e-10 at 100); for tests only. */
export const jstatGammaln = (x: number): number => jStat.gammaln(x);
