import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { affine } from './affine.ts';
import { gumbel, gumbelLogCdf, gumbelLogLowerPartialMean, gumbelLogPdf, gumbelLogSf, gumbelTiltMean } from './gumbel.ts';
import { logLowerPartialMean } from './lowerPartialMean.ts';

/**
 * [μ, β, t, log F̄(t), log|E[X·1{X>t}]|, sign, E[X | X > t]] from mpmath at 60 digits, z = (t−μ)/β, y = e^{−z}:
 * F̄ = −expm1(−y); G = Σ_{k≥1}(−1)^{k+1}y^k/(k·k!) + z·F̄ for y < 1, else euler + e1(y) + e^{−y}·log y
 * (G = ∫_0^y (−log u)e^{−u}du, checked against mpmath.quad at y = 0.7); m = μF̄ + βG.
 */
const REFERENCE: [number, number, number, number, number, 1 | -1, number][] = [
  [0, 1, 0, -0.45867514538708189102, -0.22740311125122343638, 1, 1.2602020107893771142],
  [0, 1, -3, -1.8921786966284627424e-9, -0.5495393029915134519, 1, 0.57721567176018840728],
  [0, 1, -30, 0, -0.54953931298164482234, 1, 0.57721566490153286061],
  [0, 1, 3, -3.0247902549765606714, -1.6353805605817101244, 1, 4.0124807638752087497],
  [0, 1, 40, -40.000000000000000002, -36.286427933295692198, 1, 41.000000000000000001],
  [0, 1, 800, -800.0, -793.31413905293164078, 1, 801.0],
  [0, 1, 1e6, -1000000.0, -999986.18448844203623, 1, 1000001.0],
  [2, 0.5, 1.9, -0.34929697213116670062, 0.59057550823823499402, 1, 2.5596549912578397476],
  [2, 0.5, 7.8, -11.600004583040367053, -9.4837489301942640643, 1, 8.3000011457615503045],
  [-1e6, 3, 0, -333333.33333333333333, -333332.23472104466522, 1, 3.0],
  [5, 100, -3000, 0, 4.138705351657448004, 1, 62.721566490153286061],
  [-5, 2, -4, -0.78798373870444865016, -0.26436064107145698794, -1, -1.688132853290979336],
];

describe('gumbel', () => {
  it('logSf, logPartialMean and tailMean match mpmath in both tails', () => {
    for (const [mu, beta, t, logSf, logPm, sign, tailMean] of REFERENCE) {
      const d = gumbel({ mu, beta });
      const tag = `(${t}; μ=${mu}, β=${beta})`;
      expect(logScaledError(d.logSf(t), logSf), `logSf${tag} = ${d.logSf(t)}`).toBeLessThan(1e-13);
      const pm = d.logPartialMean(t);
      expect(pm.sign, `sign${tag}`).toBe(sign);
      expect(logScaledError(pm.log, logPm), `logPartialMean${tag} = ${pm.log}`).toBeLessThan(1e-13);
      expect(relativeError(d.tailMean(t), tailMean), `tailMean${tag} = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -5, max: 40, noNaN: true })])(
    'tail mean (z = 0) and logSf (z = 11.5) are continuous at their branch points; tailMean > t; quantile inverts the cdf',
    (mu, beta, z) => {
      const d = gumbel({ mu, beta });
      const t = mu + beta * z;
      const tag = `t=${t}; μ=${mu}, β=${beta}`;
      expect(d.tailMean(t), tag).toBeGreaterThan(t);
      const a = d.tailMean(mu - 1e-14 * beta);
      const b = d.tailMean(mu);
      expect(Math.abs(a - b), `tailMean jump at z = 0; μ=${mu}, β=${beta}`).toBeLessThan(1e-12 * (Math.abs(b) + beta));
      const below = gumbelLogSf(mu + beta * 11.5 * (1 - 1e-15), mu, beta);
      const above = gumbelLogSf(mu + beta * 11.5 * (1 + 1e-15), mu, beta);
      // plus the rounding of t = μ + 11.5β itself (ulp(t)/β in z, and log F̄ ≈ −z there): at μ = 512, β = 0.035 the
      // two points are one ulp of t apart, 3.2e-12 in z (random seed −144971268)
      const tRounding = (4 * Number.EPSILON * Math.abs(mu + beta * 11.5)) / beta;
      expect(Math.abs(below - above), `logSf jump at z = 11.5; μ=${mu}, β=${beta}`).toBeLessThan(1e-13 * 11.5 + tRounding);
      const p = d.cdf(t);
      if (p > 0 && p < 1 - 1e-9) {
        expect(Math.abs(d.quantile(p) - t), `quantile(cdf(t)); ${tag}`).toBeLessThan(1e-8 * (Math.abs(t) + beta));
      }
    },
  );

  it('logPdf in the doubly-exponential left tail: finite while e^{−z} is, then −∞; z formed without overflow', () => {
    // mpmath, dps = 50: 709 − exp(709); −log(1e300) − (1e308 + 1e308)/1e300
    expect(relativeError(gumbelLogPdf(-709, 0, 1), -8.218407461554972e307), 'logPdf(−709; μ=0, β=1)').toBeLessThan(1e-14);
    expect(relativeError(gumbelLogPdf(1e308, -1e308, 1e300), -200000690.7755279), 'logPdf(1e308; μ=−1e308, β=1e300)').toBeLessThan(1e-14);
    expect(gumbelLogPdf(-710, 0, 1), 'logPdf(−710; μ=0, β=1)').toBe(-Infinity);
    expect(gumbelLogPdf(-1e308, 1e308, 1e-300), 'logPdf(−1e308; μ=1e308, β=1e-300)').toBe(-Infinity);
    expect(gumbelLogPdf(1e308, -1e308, 1e-300), 'logPdf(1e308; μ=−1e308, β=1e-300)').toBe(-Infinity);
  });

  test.prop([
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
  ])('logPdf is never NaN (nor +∞) for finite x and valid parameters', (x, mu, beta) => {
    const got = gumbelLogPdf(x, mu, beta);
    expect(Number.isNaN(got) || got === Infinity, `logPdf(${x}; μ=${mu}, β=${beta}) = ${got}`).toBe(false);
  });

  it('mean, variance, MGF (μλ + lgamma(1 − βλ)), tilt mean, tails, validation', () => {
    const d = gumbel({ mu: 1, beta: 0.5 });
    expect(d.mean()).toBeCloseTo(1 + 0.5 * 0.57721566490153286, 15);
    expect(d.variance()).toBeCloseTo((Math.PI * Math.PI) / 24, 15);
    // mpmath: log Γ(0.5) = 0.57236494292470008707; ψ(0.5) = −1.9635100260214234794
    expect(relativeError(d.logMgf(1), 1 + 0.57236494292470008707)).toBeLessThan(1e-14);
    expect(relativeError(gumbelTiltMean(1, 1, 0.5), 1 + 0.5 * 1.9635100260214234794)).toBeLessThan(1e-14);
    expect(d.logMgf(2)).toBe(Infinity);
    expect(d.mgfSup).toBe(2);
    expect(d.tails.left.tailClass).toBe('stronglyLight');
    expect(() => gumbel({ mu: 0, beta: 0 })).toThrow(/'beta'/);
    expect(() => gumbel({ mu: Infinity, beta: 1 })).toThrow(DomainError);
    expect(gumbelLogSf(0, 0, -1)).toBeNaN();
  });

  /**
   * [μ, β, u, log|E[X·1{X < u}]|, sign]: mpmath, dps = 60, L = e^{−y}·(u − β·e^{y}E₁(y)), y = e^{−(u−μ)/β}
   * (e^{y}E₁(y) as hyp2f0(1, 1; −1/y)/y once y > 1e6); checked against mpmath.quad at (0.5, 2, −3).
   */
  const LOWER_PARTIAL_MEAN: [number, number, number, number, 1 | -1][] = [
    [0, 1, -1, -2.4683976119534666921, -1],
    [0, 1, -5, -146.80238345594210703, -1],
    [0, 1, -25, -72004899334.166996699, -1],
    [0, 1, -50, -5.1847055285870724641e21, -1],
    [0, 1, -700, -1.0142320547350045095e304, -1],
    [0, 1, -709, -8.2184074615549721892e307, -1],
    [2, 0.5, -20, -12851600114359308273.0, -1],
    [-3, 2, -100, -1.1568641749160830075e21, -1],
    [1000, 1, 950, -5.1847055285870724641e21, 1],
    [0, 1, 0, -1.5169319590020456109, -1],
    [0, 1, 0.5, -1.7381922080311400648, -1],
    [0, 1, 3, -0.96145162928514269736, 1],
    [0, 1, 40, -0.5495393129816451241, 1],
    [0, 1, 800, -0.54953931298164482234, 1],
    [5, 100, -3000, -11234381849705.727647, -1],
    [0.3, 0.7, 0.05, -2.7201884517530630492, -1],
  ];
  it('lower partial mean E[X·1{X < u}] matches mpmath into the far left tail (was NaN from z ≈ −25)', () => {
    for (const [mu, beta, u, log, sign] of LOWER_PARTIAL_MEAN) {
      const got = logLowerPartialMean(gumbel({ mu, beta }), u);
      const tag = `logLowerPartialMean(${u}; μ=${mu}, β=${beta}) = ${got.log}, sign ${got.sign}`;
      expect(got.sign, tag).toBe(sign);
      expect(logScaledError(got.log, log), tag).toBeLessThan(1e-13);
    }
    expect(logLowerPartialMean(gumbel({ mu: 0, beta: 1 }), -710).sign, 'L(−710) underflows to 0').toBe(0);
  });

  it('the reflected law −X has partial mean −L(−t), finite far out in its right tail', () => {
    const reflected = affine({ base: gumbel({ mu: 0, beta: 1 }), loc: 0, scale: -1 });
    for (const [t, log] of [[50, -5.1847055285870724641e21], [700, -1.0142320547350045095e304]] as const) {
      const pm = reflected.logPartialMean(t);
      expect(pm.sign, `reflected gumbel logPartialMean(${t}) sign`).toBe(1);
      expect(logScaledError(pm.log, log), `reflected gumbel logPartialMean(${t}) = ${pm.log}`).toBeLessThan(1e-13);
    }
  });
});

describe('gumbel: t − μ past the double range with z = (t − μ)/β inside it', () => {
  it('t = 1e308, μ = −1e308, β = 1e300 (z = 2e8): log F̄ = −z, E[X·1{X < t}] = μ + βγ to rounding', () => {
    const [t, mu, beta, z] = [1e308, -1e308, 1e300, 2e8];
    // log F̄ = log(1 − exp(−e^{−z})) = −z − e^{−z}/2 + … = −z to double precision
    expect(logScaledError(gumbelLogSf(t, mu, beta), -z), 'logSf').toBeLessThanOrEqual(1e-15);
    expect(gumbelLogCdf(-t, -mu, beta), 'logCdf far left: −e^{2e8}').toBe(-Infinity);
    const lower = gumbelLogLowerPartialMean(t, mu, beta);
    const want = mu + beta * 0.5772156649015329; // E[X·1{X < t}] = E[X] − e^{−2e8}-small
    expect(lower.sign, `lower partial mean sign (${JSON.stringify(lower)})`).toBe(-1);
    expect(logScaledError(lower.log, Math.log(-want)), 'log lower partial mean').toBeLessThanOrEqual(1e-15);
  });
});
