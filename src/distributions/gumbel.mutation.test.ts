/**
 * Edge properties of the Gumbel law (issue 2, mutation testing): totality of every kernel on invalid
 * (μ, β) and NaN arguments, t = ±∞, the MGF at λ = −∞ (was NaN for μ > 0), the quantile at p = 0, 1.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { fromSignedLog, SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
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
import { lowerTailMean } from './lowerPartialMean.ts';

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

/** mpmath (dps = 40) reference values; z = (x − μ)/β, y = e^{−z}, E₁ = mpmath.e1, G(y) = γ + E₁(y) + e^{−y}·log y. */
describe('gumbel: the built law and every kernel against mpmath away from μ = 0, β = 1', () => {
  const mu = 1.5;
  const beta = 2.5;
  const d = gumbel({ mu, beta });
  /** [x, −log β − z − y, −y, e^{−y}, −expm1(−y)] */
  const POINTS: [number, number, number, number, number][] = [
    [-1, -2.6345725603332003005, -2.7182818284590452354, 0.065988035845312537077, 0.93401196415468746292],
    [0.7, -1.9734184962101121564, -1.377127764335957109, 0.25230218467494859209, 0.74769781532505140791],
    [9, -3.9660778002420190082, -0.049787068367863942979, 0.95143199290045340729, 0.048568007099546592708],
  ];
  it.each(POINTS)('x = %s: logPdf, logCdf, cdf, sf of gumbel(μ=1.5, β=2.5)', (x, logPdf, logCdf, cdf, sf) => {
    const tag = `(${x}; mu=${mu}, beta=${beta})`;
    expect(relativeError(d.logPdf(x), logPdf), `logPdf${tag} = ${d.logPdf(x)}`).toBeLessThan(1e-14);
    expect(relativeError(d.logCdf(x), logCdf), `logCdf${tag} = ${d.logCdf(x)}`).toBeLessThan(1e-14);
    expect(relativeError(d.cdf(x), cdf), `cdf${tag} = ${d.cdf(x)}`).toBeLessThan(1e-14);
    expect(relativeError(d.sf(x), sf), `sf${tag} = ${d.sf(x)}`).toBeLessThan(1e-14);
  });

  it('spec, support and tails describe the law', () => {
    expect(d.spec, 'spec of gumbel(μ=1.5, β=2.5)').toEqual({ family: 'gumbel', mu, beta });
    expect(d.support, 'support').toEqual({ lower: -Infinity, upper: Infinity, kind: 'continuous' });
    // the left tail is doubly exponential: F(t)/F(t − h) → 0 (ratio-light), exponential right tail with λ₊ = 1/β
    expect(d.tails.left.ratioLight, 'left tail ratio-light').toBe(true);
    expect(d.tails.right.mgfSup, 'right tail λ₊ = 1/β').toBe(1 / beta);
  });

  it('quantile: μ − β·log(−log p) on both sides of p = ½ (mpmath)', () => {
    for (const [p, want] of [[0.9, 7.1259183182811138012], [0.5, 2.4162823014541608175]] as const) {
      expect(relativeError(d.quantile(p), want), `quantile(${p}; mu=${mu}, beta=${beta}) = ${d.quantile(p)}`).toBeLessThan(1e-14);
    }
  });

  it('logMgf μλ + lgamma(1 − βλ) and tilt mean μ − βψ(1 − βλ) at λ ≠ 1 (mpmath)', () => {
    // mpmath: 2·0.3 + loggamma(1 − 1.5·0.3); −2·(−2) + loggamma(1 + 1.5·2); −2ψ(1 − 2·0.1); 3 − 2ψ(1 + 2·2)
    expect(relativeError(gumbelLogMgf(0.3, 2, 1.5), 1.0800308561111259489), 'logMgf(0.3; mu=2, beta=1.5)').toBeLessThan(1e-14);
    expect(relativeError(gumbelLogMgf(-2, -2, 1.5), 5.7917594692280550008), 'logMgf(−2; mu=−2, beta=1.5)').toBeLessThan(1e-14);
    expect(relativeError(gumbelTiltMean(0.1, 0, 2), 1.9300171334122769698), 'tiltMean(0.1; mu=0, beta=2)').toBeLessThan(1e-14);
    expect(relativeError(gumbelTiltMean(-2, 3, 2), -0.012235336863600945454), 'tiltMean(−2; mu=3, beta=2)').toBeLessThan(1e-12);
  });

  it('lower tail mean E[X | X < u] = u − β·e^{y}E₁(y) on both sides of the mode and at it (mpmath)', () => {
    const CASES: [number, number, number, number][] = [
      [1.5, 2.5, -5, -5.1735849797503935926],
      [1.5, 2.5, -50, -50.000000002827962726],
      [1.5, 2.5, 3, 0.81604288204451854077],
      [1.5, 2.5, 1.5, 0.0091315941920148141473],
      [0, 1, 30, 0.57721566489868601115],
    ];
    // error relative to |u| + β: at u = μ the result 0.0091 is a difference of terms of size 1.5 (condition ≈ 400)
    for (const [m, b, u, want] of CASES) {
      const tag = `(${u}; mu=${m}, beta=${b})`;
      const direct = gumbelLowerTailMean(u, m, b);
      const viaLaw = lowerTailMean(gumbel({ mu: m, beta: b }), u);
      expect(Math.abs(direct - want), `lowerTailMean${tag} = ${direct}`).toBeLessThan(1e-14 * (Math.abs(u) + b));
      expect(Math.abs(viaLaw - want), `lowerTailMean(gumbel)${tag} = ${viaLaw}`).toBeLessThan(1e-14 * (Math.abs(u) + b));
    }
  });

  it('lower tail mean at u = ∞ is the mean, exactly (no round trip through logs)', () => {
    for (const [m, b] of [[1e300, 1], [-7e200, 3e199], [2, 3]] as const) {
      expect(gumbelLowerTailMean(Infinity, m, b), `lowerTailMean(∞; mu=${m}, beta=${b})`).toBe(gumbel({ mu: m, beta: b }).mean());
    }
  });

  it('lower partial mean right of the mode (y ≤ 1) with μ ≠ 0 (mpmath)', () => {
    // [μ, β, u, log|L|, sign], L = μe^{−y} + β(γ − G(y)), checked against e^{−y}(u − βe^{y}E₁(y))
    const CASES: [number, number, number, number, 1 | -1][] = [
      [2, 0.5, 3, 0.61162881134877301719, 1],
      [-4, 3, -1, 1.0887127892026516087, -1],
      [1.5, 2.5, 9, 0.86835670085400584362, 1],
    ];
    for (const [m, b, u, log, sign] of CASES) {
      const got = gumbelLogLowerPartialMean(u, m, b);
      const tag = `logLowerPartialMean(${u}; mu=${m}, beta=${b}) = ${got.log}, sign ${got.sign}`;
      expect(got.sign, tag).toBe(sign);
      expect(relativeError(got.log, log), tag).toBeLessThan(1e-13);
    }
  });

  it('partial mean left of the mode (z < 0): negative μ, and μ·F̄ + β·G finite where μ + β·E[Z | Z > z] overflows (mpmath)', () => {
    const CASES: [number, number, number, number, 1 | -1][] = [
      [-5, 2, -6, 0.92861509994133312465, -1],
      [-0.5, 3, -1, 0.70705590038660362676, 1],
      [1e308, 0.7e308, 0.9e308, 709.4109134247747118, 1],
    ];
    for (const [m, b, t, log, sign] of CASES) {
      const got = gumbelLogPartialMean(t, m, b);
      const tag = `logPartialMean(${t}; mu=${m}, beta=${b}) = ${got.log}, sign ${got.sign}`;
      expect(got.sign, tag).toBe(sign);
      expect(relativeError(got.log, log), tag).toBeLessThan(1e-13);
    }
  });

  it('tail mean where t − μ overflows: t + β·Ein(y)/(1 − e^{−y}) with y = e^{−2e8} ≈ 0 is t + β', () => {
    // mpmath: 1e308 + 1e300 (z = 2e8, Ein(y)/(1 − e^{−y}) = 1 to double precision)
    expect(relativeError(gumbelTailMean(1e308, -1e308, 1e300), 1.000000010000000011e308), 'tailMean(1e308; mu=−1e308, beta=1e300)').toBeLessThan(1e-15);
  });

  it('logPdf at −z = log(Number.MAX_VALUE) exactly: e^{−z} is still finite, so is the log density', () => {
    // mpmath: −z − e^{−z} at z = −709.782712893384 (the double of Math.log(Number.MAX_VALUE))
    const x = -Math.log(Number.MAX_VALUE);
    expect(relativeError(gumbelLogPdf(x, 0, 1), -1.7976931348622732178e308), `logPdf(${x}; mu=0, beta=1)`).toBeLessThan(1e-15);
  });

  /**
   * A SignedLog zero is {log: −∞, sign: 0} (logspace.ts). Inputs where the computed tail mean (z ≥ 0) or
   * u − β·e^{y}E₁(y) (y > 1) rounds to exactly 0 (found by searching μ for given z; the true values are
   * within a few ulps of 0) must give that zero, not {−∞, ±1}.
   */
  it('a partial mean that rounds to zero is the SignedLog zero', () => {
    for (const [t, m] of [[-1.2539595118580167, -1.2776595118580167], [-1.250419238011968, -1.2878192380119682]] as const) {
      const got = gumbelLogPartialMean(t, m, 1);
      expect(got.sign === 0 || got.log > -Infinity, `logPartialMean(${t}; mu=${m}, beta=1) = {${got.log}, ${got.sign}}`).toBe(true);
      expect(fromSignedLog(got), `partialMean(${t}; mu=${m}, beta=1) ≈ 0`).toBeCloseTo(0, 14);
    }
    for (const [u, m] of [[0.5868348709205045, 0.6105348709205045], [0.5813853568148081, 0.6187853568148081]] as const) {
      const got = gumbelLogLowerPartialMean(u, m, 1);
      expect(got.sign === 0 || got.log > -Infinity, `logLowerPartialMean(${u}; mu=${m}, beta=1) = {${got.log}, ${got.sign}}`).toBe(true);
      expect(fromSignedLog(got), `lowerPartialMean(${u}; mu=${m}, beta=1) ≈ 0`).toBeCloseTo(0, 14);
    }
  });
});
