/**
 * Edge properties of the Pareto I law found by mutation testing (issue 2): totality of every kernel on
 * invalid (xm, α) and NaN arguments, values at xm and at t = ∞, the ratio t/xm overflowing, the quantile
 * past exp's range, and log E[e^{λX}] away from λ → 0⁻ (the branches through E_{α+1}), against mpmath.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  pareto,
  paretoLogCdf,
  paretoLogMgf,
  paretoLogPartialMean,
  paretoLogPdf,
  paretoLogSf,
  paretoMean,
  paretoQuantile,
  paretoTailMean,
  paretoVariance,
} from './pareto.ts';

const KERNELS = { paretoLogPdf, paretoLogSf, paretoLogCdf, paretoTailMean, paretoLogMgf, paretoQuantile };

describe('pareto: total kernels and DomainError', () => {
  const INVALID: [number, number][] = [
    [0, 2], [-1, 2], [Infinity, 2], [NaN, 2], [1, 0], [1, -1], [1, Infinity], [1, NaN],
  ];
  it('NaN for xm or α ∉ (0, ∞) and for a NaN argument; DomainError naming the parameter', () => {
    for (const [xm, alpha] of INVALID) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(0.5, xm, alpha), `${name}(0.5; xm=${xm}, alpha=${alpha})`).toBeNaN();
      expect(paretoLogPartialMean(0.5, xm, alpha), `logPartialMean(0.5; xm=${xm}, alpha=${alpha})`).toEqual({ log: NaN, sign: 0 });
      expect(paretoMean(xm, alpha), `mean(xm=${xm}, alpha=${alpha})`).toBeNaN();
      expect(paretoVariance(xm, alpha), `variance(xm=${xm}, alpha=${alpha})`).toBeNaN();
      const bad = xm > 0 && xm < Infinity ? 'alpha' : 'xm';
      expect(() => pareto({ xm, alpha }), `pareto(xm=${xm}, alpha=${alpha})`).toThrow(DomainError);
      expect(() => pareto({ xm, alpha }), `pareto(xm=${xm}, alpha=${alpha}) names ${bad}`).toThrow(new RegExp(`^pareto: parameter '${bad}'`));
    }
    for (const [name, k] of Object.entries(KERNELS)) expect(k(NaN, 1, 2), `${name}(NaN; xm=1, alpha=2)`).toBeNaN();
    expect(paretoLogPartialMean(NaN, 1, 2), 'logPartialMean(NaN; xm=1, alpha=2)').toEqual({ log: NaN, sign: 0 });
    for (const p of [-1e-300, 1 + 2 ** -52]) expect(paretoQuantile(p, 1, 2), `quantile(${p}; xm=1, alpha=2)`).toBeNaN();
  });
});

describe('pareto: edges', () => {
  it('at xm, below it and at t = ∞', () => {
    expect(relativeError(paretoLogPdf(2, 2, 3), Math.log(1.5)), 'logPdf(2; xm=2, alpha=3) = log(α/xm)').toBeLessThan(1e-15);
    expect(paretoLogPdf(Infinity, 1, 2), 'logPdf(∞; xm=1, alpha=2)').toBe(-Infinity);
    expect(paretoLogCdf(Infinity, 1, 2), 'logCdf(∞; xm=1, alpha=2)').toBe(0);
    expect(paretoLogCdf(0.5, 1, 2), 'logCdf(0.5; xm=1, alpha=2)').toBe(-Infinity);
    // mpmath: log(1 − (1/1.5)²)
    expect(relativeError(paretoLogCdf(1.5, 1, 2), -0.5877866649021190081897311), 'logCdf(1.5; xm=1, alpha=2)').toBeLessThan(1e-15);
    for (const alpha of [0.5, 3]) {
      expect(paretoLogPartialMean(Infinity, 1, alpha), `logPartialMean(∞; xm=1, alpha=${alpha})`).toEqual(SIGNED_ZERO);
      expect(paretoTailMean(Infinity, 1, alpha), `tailMean(∞; xm=1, alpha=${alpha})`).toBeNaN();
    }
    // at t = xm the partial mean is the whole mean α·xm/(α − 1)
    expect(paretoLogPartialMean(2, 2, 3), 'logPartialMean(2; xm=2, alpha=3)').toEqual({ log: Math.log(1.5) + Math.log(2), sign: 1 });
    expect(paretoTailMean(2, 2, 3), 'tailMean(2; xm=2, alpha=3)').toBe(3);
    expect(paretoTailMean(5, 2, 1), 'tailMean(5; xm=2, alpha=1)').toBe(Infinity);
    expect(paretoVariance(1, 2.5), 'variance(xm=1, alpha=2.5) = 2.5/(1.5²·0.5)').toBeCloseTo(2.5 / (1.5 * 1.5 * 0.5), 14);
  });

  it('t/xm overflowing: logSf and logPdf from log t − log xm (mpmath)', () => {
    // −2·log(1e300/1e-300) and log 2 − log 1e-300 − 3·log(1e600)
    expect(logScaledError(paretoLogSf(1e300, 1e-300, 2), -2763.102111592854820876481), 'logSf(1e300; xm=1e-300, alpha=2)').toBeLessThan(1e-15);
    expect(logScaledError(paretoLogPdf(1e300, 1e-300, 2), -3453.184492310508580824966), 'logPdf(1e300; xm=1e-300, alpha=2)').toBeLessThan(1e-15);
  });

  it('moderate t/xm between huge numbers: ℓ from log(t/xm), not log t − log xm (mpmath, 40 digits)', () => {
    // −2·log(3e100/1e100) with the exact doubles (log t − log xm would be 2e-15 off)
    expect(relativeError(paretoLogSf(3e100, 1e100, 2), -2.197224577336219253279231), 'logSf(3e100; xm=1e100, alpha=2)').toBeLessThan(1e-15);
    // xm·2^{1/α} = 2e200 (the log form exp(log 2 + log 1e200) would be 2.4e-14 off)
    expect(relativeError(paretoQuantile(0.5, 1e200, 1), 1.999999999999999939466244e200), 'quantile(0.5; xm=1e200, alpha=1)').toBeLessThan(1e-15);
  });

  it('t just above an inexact xm: ℓ by log1p((t − xm)/xm) keeps relative accuracy (log(t/xm) is 2e-5 off)', () => {
    // mpmath: log(1 − (xm/t)²) with the doubles xm = 0.1, t = 0.10000000000030002
    expect(relativeError(paretoLogCdf(0.10000000000030002, 0.1, 2), -25.8392282578312983064928), 'logCdf(0.10000000000030002; xm=0.1, alpha=2)').toBeLessThan(1e-14);
  });

  it('the law object forwards to the kernels', () => {
    const d = pareto({ xm: 2, alpha: 3 });
    expect(d.logPdf(4), 'law logPdf(4; xm=2, alpha=3)').toBe(paretoLogPdf(4, 2, 3));
    expect(d.mean(), 'law mean(xm=2, alpha=3)').toBe(3);
    expect(d.variance(), 'law variance(xm=2, alpha=3)').toBe(3);
    expect(d.logMgf(-1), 'law logMgf(−1; xm=2, alpha=3)').toBe(paretoLogMgf(-1, 2, 3));
  });

  it('quantile where exp(e) alone overflows but xm·e^e is finite (mpmath: xm·2^{1/α})', () => {
    const q = paretoQuantile(0.5, 1e-300, 0.0005);
    expect(relativeError(q, 1.148130695274221420192687e302), `quantile(0.5; xm=1e-300, alpha=0.0005) = ${q}`).toBeLessThan(1e-11);
  });
});

describe('pareto: logMgf through E_{α+1}', () => {
  /** [λ, xm, α, log(α·E_{α+1}(−λ·xm))] (mpmath expint, 40 digits): 1 − M > ½ with s ≥ 1 and with s < 1. */
  const FAR: [number, number, number, number][] = [
    [-1, 1, 3, -1.354069314629100988598286],
    [-0.9, 1, 2, -1.380686288484111205342334],
    [-2, 1, 1, -3.282501114582143279296328],
    [-1000, 1, 2, -1006.217600631227846551813],
    [-800, 2, 0.5, -1608.071842565496897711045],
    [-0.5, 1, 0.5, -1.566182492507968594979329],
    [-0.3, 1, 0.2, -1.862935469588320521740126],
  ];
  it('matches mpmath to 1e-14', () => {
    for (const [lambda, xm, alpha, ref] of FAR) {
      const got = paretoLogMgf(lambda, xm, alpha);
      expect(relativeError(got, ref), `logMgf(${lambda}; xm=${xm}, alpha=${alpha}) = ${got}`).toBeLessThan(1e-14);
    }
    expect(paretoLogMgf(-0, 1, 2), 'logMgf(−0; xm=1, alpha=2)').toBe(0);
    expect(paretoLogMgf(Infinity, 1, 2), 'logMgf(∞; xm=1, alpha=2)').toBe(Infinity);
  });
});
