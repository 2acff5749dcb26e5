import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { logPhi, logPhic, millsRatio } from '../numerics/special/normalTail.ts';
import { studentTLogCdf, studentTLogSf, studentTQuantile, studentTTailMean } from './studentT.ts';

/**
 * Student-t for large df (issue 2): the incomplete beta I_x(ν/2, ½) with x = ν/(ν + z²) near 1 is evaluated by
 * BGRAT (incompleteBetaLargeA.ts); the 107-case mpmath fixture fixtures/studentT-large-df.json (df to 1e300,
 * z to 1e300) is checked by accuracy.test.ts. Here: the normal limit as a property, the named defects, and
 * the quantile near the median. Each failed on the old code (noted per test).
 */

const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(Math.exp);

describe('df ∈ [1e20, 1e300]: the t law is the normal to within z²/ν ≤ 1e-14 (relative)', () => {
  // the old code: 2.3e-3 (log-scaled) at df = 1e17, z = 3; NaN or wrong past that
  const df = logUniform(1e20, 1e300);
  const z = fc.double({ min: -40, max: 1e3, noNaN: true });
  test.prop([df, z])('logSf and logCdf equal logPhic and logPhi to 1e-13', (df, z) => {
    const sf = studentTLogSf(z, df);
    const cdf = studentTLogCdf(z, df);
    expect(logScaledError(sf, logPhic(z)), `logSf(${z}; df=${df}) = ${sf}, normal ${logPhic(z)}`).toBeLessThan(1e-13);
    expect(logScaledError(cdf, logPhi(z)), `logCdf(${z}; df=${df}) = ${cdf}, normal ${logPhi(z)}`).toBeLessThan(1e-13);
  });
  test.prop([df, fc.double({ min: 0, max: 1e3, noNaN: true })])('tailMean equals 1/R(z) (Mills ratio) to 1e-12', (df, z) => {
    const m = studentTTailMean(z, df);
    const normal = 1 / millsRatio(z);
    expect(relativeError(m, normal), `tailMean(${z}; df=${df}) = ${m}, normal ${normal}`).toBeLessThan(1e-12);
  });
});

describe('df ∈ [1e6, 1e300], z ∈ [1e100, 1e300]: finite, ordered, no overflow of z² or ν + z²', () => {
  // the old code: NaN (betacf's (a + m)(a + b + m) overflowed for a ≳ 1e154), e.g. df = 1e280, z = 1e150
  const df = logUniform(1e6, 1e300);
  const z = logUniform(1e100, 1e300);
  test.prop([df, z])('logSf is finite, < 0 and decreasing; z ≤ tailMean ≤ ν(z + ν/z)/(ν − 1)', (df, z) => {
    const here = studentTLogSf(z, df);
    const further = studentTLogSf(2 * z, df);
    expect(Number.isFinite(here) && here < 0, `logSf(${z}; df=${df}) = ${here}`).toBe(true);
    expect(further, `logSf(2·${z}) vs logSf(${z}) (df=${df})`).toBeLessThan(here);
    const m = studentTTailMean(z, df);
    expect(m, `tailMean(${z}; df=${df})`).toBeGreaterThanOrEqual(z * (1 - 1e-15));
    expect(m, `tailMean(${z}; df=${df})`).toBeLessThanOrEqual((df / (df - 1)) * (z + df / z) * (1 + 1e-15));
  });
});

describe('the named defects of issue 2 (mpmath values from fixtures/studentT_large_df.py)', () => {
  it('logSf(3; df=1e10) = −6.6077262190480255535 (was 3.6e-8 off) and logSf(3; df=1e17) (was 2.3e-3 off)', () => {
    for (const [df, ref] of [[1e10, -6.6077262190480255535], [1e17, -6.607726221510349297]] as const) {
      const got = studentTLogSf(3, df);
      expect(logScaledError(got, ref), `logSf(3; df=${df}) = ${got}`).toBeLessThan(1e-15);
    }
  });
  it('logSf(1e150; df=1e280) = −2.3025850929940457559e281 (was NaN)', () => {
    const got = studentTLogSf(1e150, 1e280);
    expect(logScaledError(got, -2.3025850929940457559e281), `logSf(1e150; df=1e280) = ${got}`).toBeLessThan(1e-15);
  });
  it('tailMean: (t=10, df=1e20) was Infinity, (1e10, 1e100) and (1.08e135, 3.6e270) NaN', () => {
    const cases: readonly (readonly [number, number, number])[] = [
      [10, 1e20, 10.098093233962511963],
      [1e10, 1e100, 10000000000.0000000001],
      [1.0799346061299959e135, 3.644943073534593e270, 1.0799346061299958614e135],
    ];
    for (const [t, df, ref] of cases) {
      const got = studentTTailMean(t, df);
      expect(relativeError(got, ref), `tailMean(${t}; df=${df}) = ${got}`).toBeLessThan(1e-15);
    }
  });
});

describe('quantile near the median (was 2.6e-10 off at p = 0.4999999, df = 3)', () => {
  // [df, p, quantile]: mpmath 40 digits, findroot of betainc(½, ν/2, 0, z²/(ν + z²))/2 = |p − ½| (p the double
  // written); for df 1e20 and 1e300 the normal quantile √2·erfinv(2p − 1) (the t quantile differs by ~z²/ν).
  const TABLE: readonly (readonly [number, number, number])[] = [
    [0.5, 0.4999999, -3.708149354709629077843e-7], [0.5, 0.49999999999, -3.708149661416397156739e-11],
    [0.5, 0.4995, -0.001854077864083284983934], [0.5, 0.45, -0.1886442088463066554653],
    [0.5, 0.3, -1.009525878607166115597], [0.5, 0.26, -1.422010886141167827102], [0.5, 0.7, 1.009525878607165641891],
    [3, 0.4999999, -2.720699046429607038623e-7], [3, 0.49999999999, -2.720699271462975247872e-11],
    [3, 0.4995, -0.001360350082597362556687], [3, 0.45, -0.1365981993536988769318],
    [3, 0.3, -0.584389727439818706583], [3, 0.26, -0.72666198737944466566], [3, 0.7, 0.5843897274398185192112],
    [30, 0.4999999, -2.527600226196069458184e-7], [30, 0.49999999999, -2.527600435257939270027e-11],
    [30, 0.4995, -0.001263800460697566984176], [30, 0.45, -0.1267296131320735659988],
    [30, 0.3, -0.530019003906504509765], [30, 0.26, -0.6510033234442638355906], [30, 0.7, 0.5300190039065043476475],
    [1e6, 0.4999999, -2.506628901360253521349e-7], [1e6, 0.49999999999, -2.506629108687552741825e-11],
    [1e6, 0.4995, -0.00125331477876170332558], [1e6, 0.45, -0.1256613787664874643043],
    [1e6, 0.3, -0.5244006798602089209494], [1e6, 0.26, -0.643345632798428440434], [1e6, 0.7, 0.5244006798602087612935],
    [1e20, 0.4999999, -2.506628274703106513498e-7], [1e20, 0.49999999999, -2.506628482030353902195e-11],
    [1e20, 0.4995, -0.001253314465432555625388], [1e20, 0.3, -0.5244005127080408159695],
    [1e300, 0.4999999, -2.506628274703106513498e-7], [1e300, 0.49999999999, -2.506628482030353902195e-11],
    [1e300, 0.4995, -0.001253314465432555625388], [1e300, 0.3, -0.5244005127080408159695],
  ];
  it.each(TABLE)('quantile(p; df=%s) at p = %s is %s to 2e-15', (df, p, ref) => {
    const got = studentTQuantile(p, df);
    expect(relativeError(got, ref), `quantile(${p}; df=${df}) = ${got}`).toBeLessThan(2e-15);
  });
  // p = k/2^53 ∈ [¼, ½]: then ½ − p and 1 − p = ½ + (½ − p) are exact, and the two quantiles must be exact negatives
  const lowerHalf = fc.integer({ min: 2 ** 51, max: 2 ** 52 }).map((k) => k / 2 ** 53);
  test.prop([logUniform(0.5, 1e300), lowerHalf, fc.double({ min: 0.25, max: 0.75, noNaN: true }), fc.double({ min: 0.25, max: 0.75, noNaN: true })])(
    'is odd about ½ and non-decreasing in p on [¼, ¾]',
    (df, p, q1, q2) => {
      const [lo, hi] = q1 <= q2 ? [q1, q2] : [q2, q1];
      // non-decreasing up to the Newton solve's accuracy (a few ulps): at df = 1 quantile(0.25) came out at
      // −1 + 3.5 ulps and quantile(0.25 + ulp) at −1, so exact monotonicity at ulp scale is not a property it has
      const [zLo, zHi] = [studentTQuantile(lo, df), studentTQuantile(hi, df)];
      expect(zLo, `quantile(${lo}) ≤ quantile(${hi}) + 8 ulps (df=${df})`).toBeLessThanOrEqual(zHi + 8 * Number.EPSILON * Math.max(Math.abs(zLo), Math.abs(zHi)));
      // + 0: at p = ½ both are 0 (not −0)
      expect(studentTQuantile(p, df) + 0, `quantile(${p}) = −quantile(${1 - p}) (df=${df})`).toBe(-studentTQuantile(1 - p, df) + 0);
    },
  );
});
