/**
 * Cauchy: the edges that mutation testing (issue 2) found unpinned by cauchy.test.ts — totality of every
 * kernel on invalid parameters, exact values at the branch points, and the far-tail branches against mpmath.
 */
import { describe, expect, it } from 'vitest';
import { expectNaNForInvalidParameters, INVALID_LOCATION_SCALE } from '../testing/kernelTotality.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  cauchy,
  cauchyLogCdf,
  cauchyLogMgf,
  cauchyLogPartialMean,
  cauchyLogPdf,
  cauchyLogSf,
  cauchyQuantile,
} from './cauchy.ts';

/** Each kernel as f(argument, loc, scale) → a number (the log of the partial mean for the SignedLog one). */
const KERNELS: Record<string, (x: number, loc: number, scale: number) => number> = {
  cauchyLogSf,
  cauchyLogCdf,
  cauchyLogPdf,
  cauchyQuantile,
  cauchyLogMgf,
  cauchyLogPartialMean: (t, loc, scale) => cauchyLogPartialMean(t, loc, scale).log,
};


describe('cauchy kernels are total', () => {
  it('NaN for every invalid (loc, scale), at arguments on both sides and at the centre', () => {
    expectNaNForInvalidParameters(KERNELS, INVALID_LOCATION_SCALE, [0.5, 0.25, 0, 1e300, -1e300, 0.9], ['loc', 'scale']);
    for (const [name, k] of Object.entries(KERNELS)) expect(k(NaN, 0, 1), `${name}(NaN; loc=0, scale=1)`).toBeNaN();
    expect(cauchyLogPartialMean(NaN, 0, 1).sign, 'sign of logPartialMean(NaN; loc=0, scale=1)').toBe(0);
  });
  it('quantile is NaN for p outside [0, 1] with valid parameters', () => {
    for (const p of [-0.5, -1e-300, 1 + 2 ** -52, 1.5, Infinity, -Infinity]) {
      expect(cauchyQuantile(p, 3, 2), `quantile(${p}; loc=3, scale=2)`).toBeNaN();
    }
  });
});

/**
 * [t, loc, scale, log F̄(t), log f(t)] where z = (t − loc)/scale or t − loc overflows the double range:
 * mpmath at 50 digits, log(acot(z)/π) and −log π − log scale − log1p(z²) from the exact doubles.
 */
const OVERFLOW: [number, number, number, number, number][] = [
  [1e300, 0, 1e-10, -714.94610871400356224, -1405.7216366122172675], // z overflows, t − loc does not
  [1.5e308, -1.5e308, 1, -711.43955081668358055, -1421.7343717475177609], // t − loc overflows
  [1.5e308, -1.5e308, 1e-300, -1402.2150787148972857, -2112.5098996457314661],
  [1e300, 5e299, 1e-10, -714.25296153344361693, -1404.3353422510973769], // z overflows, loc ≠ 0
];

describe('cauchy: the far tails where z or t − loc overflows', () => {
  it.each(OVERFLOW)('t=%s loc=%s scale=%s', (t, loc, scale, logSf, logPdf) => {
    const label = `(t=${t}; loc=${loc}, scale=${scale})`;
    expect(logScaledError(cauchyLogSf(t, loc, scale), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-14);
    // reflection: log F(−t; −loc) = log F̄(t; loc), and the density is even about loc
    expect(logScaledError(cauchyLogCdf(-t, -loc, scale), logSf), `logCdf(${-t}; loc=${-loc}, scale=${scale})`).toBeLessThanOrEqual(1e-14);
    expect(logScaledError(cauchyLogPdf(t, loc, scale), logPdf), `logPdf${label}`).toBeLessThanOrEqual(1e-14);
    expect(logScaledError(cauchyLogPdf(-t, -loc, scale), logPdf), `logPdf(${-t}; loc=${-loc}, scale=${scale})`).toBeLessThanOrEqual(1e-14);
  });
  it('the bulk side of a far tail is exactly log 1 = +0 (not −0) once F̄ underflows', () => {
    // F̄(−1e300; 0, 1e-300) = 1 − 1/(π·1e600): log1p(−0) = −0 must be mapped to +0
    expect(Object.is(cauchyLogSf(-1e300, 0, 1e-300), 0), 'logSf(-1e300; loc=0, scale=1e-300) is +0').toBe(true);
    expect(Object.is(cauchyLogCdf(1e300, 0, 1e-300), 0), 'logCdf(1e300; loc=0, scale=1e-300) is +0').toBe(true);
  });
});

describe('cauchy: quantile near the median and infinite arguments', () => {
  it('quantile keeps relative accuracy within 2^-40 of ½ (mpmath: tan(π(p − ½)) at the exact p)', () => {
    const cases: [number, number][] = [
      [0.5 + 2 ** -40, 2.8572618735686712521e-12],
      [0.5 - 2 ** -40, -2.8572618735686712521e-12],
      [0.5000000001, 3.1415929135263349246e-10],
    ];
    for (const [p, ref] of cases) {
      expect(relativeError(cauchyQuantile(p, 0, 1), ref), `quantile(${p}; loc=0, scale=1)`).toBeLessThanOrEqual(1e-14);
    }
  });
  it('logCdf(−∞) = −∞ and logSf(−∞) = 0', () => {
    expect(cauchyLogCdf(-Infinity, 3, 2), 'logCdf(-∞; loc=3, scale=2)').toBe(-Infinity);
    expect(cauchyLogSf(-Infinity, 3, 2), 'logSf(-∞; loc=3, scale=2)').toBe(0);
    expect(cauchyLogPdf(-Infinity, 3, 2), 'logPdf(-∞; loc=3, scale=2)').toBe(-Infinity);
  });
});

describe('cauchy factory', () => {
  it('the built law forwards every kernel', () => {
    const d = cauchy({ loc: 3, scale: 2 });
    for (const x of [-1e300, 0, 3, 7.5]) {
      expect(d.logPdf(x), `logPdf(${x}; loc=3, scale=2)`).toBe(cauchyLogPdf(x, 3, 2));
      expect(d.logCdf(x), `logCdf(${x}; loc=3, scale=2)`).toBe(cauchyLogCdf(x, 3, 2));
    }
    expect(d.variance(), 'variance(loc=3, scale=2)').toBeNaN();
    expect(d.logMgf(0), 'logMgf(0; loc=3, scale=2)').toBe(0);
    expect(d.logMgf(-1), 'logMgf(-1; loc=3, scale=2)').toBe(Infinity);
  });
  it('the DomainError names the family and the parameter', () => {
    expect(() => cauchy({ loc: NaN, scale: 1 }), 'cauchy(loc=NaN, scale=1)').toThrow(/^cauchy: parameter 'loc'/);
    expect(() => cauchy({ loc: 0, scale: 0 }), 'cauchy(loc=0, scale=0)').toThrow(/^cauchy: parameter 'scale'/);
  });
});
