import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import jStat from 'jstat';
import { logIbeta } from '../special/incompleteBeta.ts';
import { erfc } from '../special/erfcx.ts';
import { lgamma } from '../special/lgamma.ts';
import { logPhic } from '../special/normalTail.ts';
import { logScaledError, relativeError } from '../tolerance.ts';
import {
  erfChebyshevCoefficients,
  jstatErfc,
  jstatGammaln,
  jstatLoggam,
  jstatNormalCdf,
  jstatStudentTCdf,
} from './jstat.ts';

/** jStat.erf's own algorithm, re-run with our copy of its coefficients. */
function erfFromCoefficients(x: number): number {
  const cof = erfChebyshevCoefficients;
  const ax = Math.abs(x);
  const t = 2 / (2 + ax);
  const ty = 4 * t - 2;
  let d = 0;
  let dd = 0;
  for (let j = cof.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + cof[j];
    dd = tmp;
  }
  const res = t * Math.exp(-ax * ax + 0.5 * (cof[0] + ty * d) - dd);
  return x < 0 ? res - 1 : 1 - res;
}

describe('erfChebyshevCoefficients (pinned to jstat 1.9.6)', () => {
  it('has the 28 coefficients of Numerical Recipes erfccheb and is frozen', () => {
    expect(erfChebyshevCoefficients).toHaveLength(28);
    expect(Object.isFrozen(erfChebyshevCoefficients)).toBe(true);
    expect(erfChebyshevCoefficients[0]).toBe(-1.3026537197817094);
  });

  test.prop([fc.double({ min: -8, max: 8, noNaN: true })])('reproduces jStat.erf bit for bit', (x) => {
    expect(erfFromCoefficients(x), `erf(${x}) from the copied coefficients vs jStat.erf`).toBe(jStat.erf(x));
  });
});

describe('jstatLoggam (trusted)', () => {
  test.prop([fc.double({ min: 0.1, max: 1e6, noNaN: true })])('agrees with lgamma to 4e-15 log-scaled (numerics.md §2)', (x) => {
    expect(logScaledError(jstatLoggam(x), lgamma(x)), `jstatLoggam(${x}) = ${jstatLoggam(x)} vs lgamma = ${lgamma(x)}`).toBeLessThanOrEqual(4e-15);
  });
});

describe('where jstat breaks (why the kernels exist)', () => {
  it('1 − jStat.studentt.cdf(1e6, 3) is 0, while the logIbeta form gives log P(T > 1e6) = −41.3488…', () => {
    expect(1 - jstatStudentTCdf(1e6, 3)).toBe(0);
    const df = 3;
    const z = 1e6;
    const lx = -Math.log1p((z * z) / df);
    const ly = -Math.log1p(df / (z * z));
    const logSf = logIbeta(df / 2, 0.5, Math.exp(lx), Math.exp(ly), lx, ly) - Math.LN2;
    // mpmath, dps = 50: log(betainc(3/2, 1/2, 0, 3/(3 + 1e12), regularized=True)) − log 2
    expect(logScaledError(logSf, -41.34880823485182), `logSf(1e6; df=3) = ${logSf}`).toBeLessThanOrEqual(2e-14);
  });

  it('1 − jStat.studentt.cdf(200, 10) has lost most of its digits (numerics.md: 0 from t ≈ 109 at ν = 10)', () => {
    // mpmath: log P(T > 200; ν = 10) = −43.5666, i.e. P ≈ 1.2e-19 < ε/2, so 1 − cdf cannot represent it
    const naive = 1 - jstatStudentTCdf(200, 10);
    expect(naive === 0 || relativeError(Math.log(naive), -43.56658379099089) > 1e-3, `1 − cdf(200; 10) = ${naive}`).toBe(true);
    const lx = -Math.log1p((200 * 200) / 10);
    const ly = -Math.log1p(10 / (200 * 200));
    const logSf = logIbeta(5, 0.5, Math.exp(lx), Math.exp(ly), lx, ly) - Math.LN2;
    expect(logScaledError(logSf, -43.56658379099089), `logSf(200; df=10) = ${logSf}`).toBeLessThanOrEqual(2e-14);
  });

  it('jStat.normal.cdf(−9) is 0, while logPhic(9) = −43.6281… (mpmath: log(erfc(9/√2)/2))', () => {
    expect(jstatNormalCdf(-9, 0, 1)).toBe(0);
    expect(logScaledError(logPhic(9), -43.628149113332114)).toBeLessThanOrEqual(2e-14);
  });

  it('jStat.erfc(6) is 0, while erfc(6) = 2.1519…e-17 (mpmath: erfc(6))', () => {
    expect(jstatErfc(6)).toBe(0);
    expect(relativeError(erfc(6), 2.1519736712498913e-17)).toBeLessThanOrEqual(2e-14);
  });

  it('jStat.gammaln(100) is off by ~1e-10 where lgamma is exact to the last bit (mpmath: loggamma(100))', () => {
    expect(Math.abs(jstatGammaln(100) - 359.1342053695754)).toBeGreaterThan(1e-12);
    expect(Math.abs(lgamma(100) - 359.1342053695754)).toBeLessThanOrEqual(1e-13);
  });
});
