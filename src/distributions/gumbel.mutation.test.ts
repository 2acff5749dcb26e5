/**
 * Edge properties of the Gumbel law (issue 2, mutation testing): totality of every kernel on invalid
 * (μ, β) and NaN arguments, t = ±∞, the MGF at λ = −∞ (was NaN for μ > 0), the quantile at p = 0, 1.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import {
  gumbel,
  gumbelLogCdf,
  gumbelLogLowerPartialMean,
  gumbelLogMgf,
  gumbelLogPartialMean,
  gumbelLogPdf,
  gumbelLogSf,
  gumbelLowerTailMean,
  gumbelQuantile,
  gumbelTailMean,
  gumbelTiltMean,
} from './gumbel.ts';

const EULER_GAMMA = 0.5772156649015329;
const POINT_KERNELS = { gumbelLogPdf, gumbelLogSf, gumbelLogCdf, gumbelTailMean, gumbelLowerTailMean, gumbelQuantile, gumbelLogMgf, gumbelTiltMean };

describe('gumbel: total kernels', () => {
  const INVALID: [number, number][] = [[NaN, 1], [Infinity, 1], [-Infinity, 1], [0, 0], [0, -1], [0, Infinity], [0, NaN]];
  /** the parameter the factory must name for row i of INVALID */
  const NAMED = ['mu', 'mu', 'mu', 'beta', 'beta', 'beta', 'beta'];
  it.each(INVALID)('μ=%s β=%s: NaN from every kernel, DomainError from the factory', (mu, beta) => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) expect(k(0.25, mu, beta), `${name}(0.25; mu=${mu}, beta=${beta})`).toBeNaN();
    expect(gumbelLogPartialMean(0.25, mu, beta).log, `logPartialMean(0.25; mu=${mu}, beta=${beta})`).toBeNaN();
    expect(gumbelLogLowerPartialMean(0.25, mu, beta).log, `logLowerPartialMean(0.25; mu=${mu}, beta=${beta})`).toBeNaN();
    expect(() => gumbel({ mu, beta }), `gumbel(mu=${mu}, beta=${beta})`).toThrow(DomainError);
    const named = NAMED[INVALID.findIndex(([x, y]) => Object.is(x, mu) && Object.is(y, beta))];
    expect(() => gumbel({ mu, beta }), `gumbel(${mu}, ${beta}) names ${named}`).toThrow(new RegExp(`^gumbel: parameter '${named}' must be a finite number`));
  });
  it('NaN argument gives NaN', () => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) expect(k(NaN, 0, 1), `${name}(NaN; mu=0, beta=1)`).toBeNaN();
    expect(gumbelLogPartialMean(NaN, 0, 1).log, 'logPartialMean(NaN)').toBeNaN();
    expect(gumbelLogLowerPartialMean(NaN, 0, 1).log, 'logLowerPartialMean(NaN)').toBeNaN();
  });
});

describe('gumbel: infinite arguments', () => {
  it('MGF at λ = ±∞: +∞ (the left tail is unbounded; μλ + lgamma(1 − βλ) was −∞ + ∞ = NaN for μ > 0)', () => {
    for (const mu of [-3, 0, 1, 1e300]) {
      expect(gumbelLogMgf(-Infinity, mu, 2), `logMgf(−∞; mu=${mu}, beta=2)`).toBe(Infinity);
      expect(gumbelLogMgf(Infinity, mu, 2), `logMgf(∞; mu=${mu}, beta=2)`).toBe(Infinity);
      expect(gumbelLogMgf(0.5, mu, 2), `logMgf(1/β; mu=${mu}, beta=2)`).toBe(Infinity);
      expect(gumbelLogMgf(-0, mu, 2), `logMgf(−0; mu=${mu})`).toBe(0);
      expect(gumbelTiltMean(0.5, mu, 2), `tiltMean(1/β; mu=${mu})`).toBe(Infinity);
      expect(gumbelTiltMean(-Infinity, mu, 2), `tiltMean(−∞; mu=${mu})`).toBe(-Infinity);
    }
    expect(gumbel({ mu: 1, beta: 1 }).logMgf(-Infinity), 'd.logMgf(−∞; mu=1)').toBe(Infinity);
  });
  it('t = ±∞ and p = 0, 1', () => {
    const tag = 'mu=2, beta=3';
    expect(gumbelTailMean(-Infinity, 2, 3), `tailMean(−∞; ${tag}) = μ + βγ`).toBe(2 + 3 * EULER_GAMMA);
    expect(gumbelTailMean(Infinity, 2, 3), `tailMean(∞; ${tag})`).toBeNaN();
    expect(gumbelLogPartialMean(Infinity, 2, 3), `logPartialMean(∞; ${tag})`).toEqual(SIGNED_ZERO);
    expect(gumbelLogLowerPartialMean(-Infinity, 2, 3), `logLowerPartialMean(−∞; ${tag})`).toEqual(SIGNED_ZERO);
    expect(gumbelLogLowerPartialMean(Infinity, 2, 3), `logLowerPartialMean(∞; ${tag})`).toEqual({ log: Math.log(2 + 3 * EULER_GAMMA), sign: 1 });
    expect(gumbelLowerTailMean(Infinity, 2, 3), `lowerTailMean(∞; ${tag})`).toBe(2 + 3 * EULER_GAMMA);
    expect(gumbelLowerTailMean(-Infinity, 2, 3), `lowerTailMean(−∞; ${tag})`).toBeNaN();
    expect(gumbelLogSf(Infinity, 2, 3), `logSf(∞; ${tag})`).toBe(-Infinity);
    expect(gumbelLogCdf(-Infinity, 2, 3), `logCdf(−∞; ${tag})`).toBe(-Infinity);
    expect(gumbelLogPdf(Infinity, 2, 3), `logPdf(∞; ${tag})`).toBe(-Infinity);
    expect(gumbelLogPdf(-Infinity, 2, 3), `logPdf(−∞; ${tag})`).toBe(-Infinity);
    expect(gumbelQuantile(0, 2, 3), `quantile(0; ${tag})`).toBe(-Infinity);
    expect(gumbelQuantile(1, 2, 3), `quantile(1; ${tag})`).toBe(Infinity);
    for (const p of [-1e-300, 1 + 2 ** -52]) expect(gumbelQuantile(p, 2, 3), `quantile(${p}; ${tag})`).toBeNaN();
  });
});
