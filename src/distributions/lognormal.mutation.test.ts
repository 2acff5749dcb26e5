/**
 * Edge properties of the lognormal law for mutation testing (issue 2): totality of every kernel on invalid
 * (μ, σ) and NaN arguments, the support edge 0 and ±∞ arguments, the density and the quantile of the built law
 * with μ ≠ 0, σ ≠ 1 against mpmath (the quantile on both sides of ½, within 1e-10 of ½ and near 0 and 1), and
 * the tail mean where w ≥ −5√2 but w − σ < −5√2 (the erfcx ratio would overflow; the log ratio must be used).
 * Reference values: mpmath at 60 digits at the exact doubles of the arguments.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { expectNaNForInvalidParameters, INVALID_LOCATION_SCALE } from '../testing/kernelTotality.ts';
import {
  lognormal,
  lognormalLogCdf,
  lognormalLogMgf,
  lognormalLogPartialMean,
  lognormalLogPdf,
  lognormalLogSf,
  lognormalMean,
  lognormalQuantile,
  lognormalTailMean,
  lognormalVariance,
} from './lognormal.ts';

const KERNELS = { lognormalLogPdf, lognormalLogCdf, lognormalLogSf, lognormalTailMean, lognormalLogMgf, lognormalQuantile };

describe('lognormal: total kernels and DomainError', () => {
  it('every kernel is NaN for μ not finite or σ ∉ (0, ∞), at arguments on and off the support', () => {
    const xs = [-Infinity, -1, 0, 0.5, 1, 3, Infinity];
    expectNaNForInvalidParameters(KERNELS, INVALID_LOCATION_SCALE, xs, ['mu', 'sigma']);
    for (const [mu, sigma] of INVALID_LOCATION_SCALE) {
      for (const t of xs) {
        expect(lognormalLogPartialMean(t, mu, sigma), `logPartialMean(${t}; mu=${mu}, sigma=${sigma})`).toEqual({ log: NaN, sign: 0 });
      }
      expect(lognormalMean(mu, sigma), `mean(mu=${mu}, sigma=${sigma})`).toBeNaN();
      expect(lognormalVariance(mu, sigma), `variance(mu=${mu}, sigma=${sigma})`).toBeNaN();
    }
  });

  it('NaN arguments and probabilities outside [0, 1] give NaN', () => {
    for (const [mu, sigma] of [[1.5, 3], [0, 1], [-2, 0.5]]) {
      for (const [name, f] of Object.entries(KERNELS)) expect(f(NaN, mu, sigma), `${name}(NaN; mu=${mu}, sigma=${sigma})`).toBeNaN();
      expect(lognormalLogPartialMean(NaN, mu, sigma), `logPartialMean(NaN; mu=${mu}, sigma=${sigma})`).toEqual({ log: NaN, sign: 0 });
      for (const p of [-1e-300, -1, 1 + 2 ** -52, Infinity, -Infinity]) {
        expect(lognormalQuantile(p, mu, sigma), `quantile(${p}; mu=${mu}, sigma=${sigma})`).toBeNaN();
      }
    }
  });

  it('the factory throws DomainError naming family, parameter, range and value', () => {
    const cases: [number, number, string, string, number][] = [
      [NaN, 1, 'mu', 'a finite number', NaN], [Infinity, 1, 'mu', 'a finite number', Infinity],
      [-Infinity, 1, 'mu', 'a finite number', -Infinity], [0, 0, 'sigma', 'a finite number > 0', 0],
      [0, -2, 'sigma', 'a finite number > 0', -2], [0, Infinity, 'sigma', 'a finite number > 0', Infinity],
      [0, NaN, 'sigma', 'a finite number > 0', NaN],
    ];
    for (const [mu, sigma, name, allowed, value] of cases) {
      const make = (): unknown => lognormal({ mu, sigma });
      expect(make, `lognormal(mu=${mu}, sigma=${sigma})`).toThrow(DomainError);
      expect(make, `lognormal(mu=${mu}, sigma=${sigma}) message`).toThrow(
        new RegExp(`^lognormal: parameter '${name}' must be ${allowed}; got ${String(value)}$`),
      );
    }
  });
});

describe('lognormal: support edge and infinite arguments', () => {
  it('t ≤ 0, t = ±∞, p = 0, ½, 1, λ = ±0, ±∞', () => {
    const [mu, sigma] = [1.5, 3];
    const logMean = mu + 0.5 * sigma * sigma;
    for (const t of [-Infinity, -1, -0, 0]) {
      expect(lognormalLogPdf(t, mu, sigma), `logPdf(${t}; mu=${mu}, sigma=${sigma})`).toBe(-Infinity);
      expect(lognormalLogCdf(t, mu, sigma), `logCdf(${t}; mu=${mu}, sigma=${sigma})`).toBe(-Infinity);
      expect(lognormalLogSf(t, mu, sigma) === 0, `logSf(${t}; mu=${mu}, sigma=${sigma}) = 0`).toBe(true);
      expect(lognormalLogPartialMean(t, mu, sigma), `logPartialMean(${t}; mu=${mu}, sigma=${sigma})`).toEqual({ log: logMean, sign: 1 });
      expect(relativeError(lognormalTailMean(t, mu, sigma), Math.exp(logMean)), `tailMean(${t}; mu=${mu}, sigma=${sigma})`).toBeLessThan(1e-15);
    }
    expect(lognormalLogPdf(Infinity, mu, sigma), 'logPdf(∞)').toBe(-Infinity);
    expect(lognormalLogCdf(Infinity, mu, sigma) === 0, 'logCdf(∞) = 0').toBe(true);
    expect(lognormalLogSf(Infinity, mu, sigma), 'logSf(∞)').toBe(-Infinity);
    expect(lognormalLogPartialMean(Infinity, mu, sigma), 'logPartialMean(∞)').toEqual({ log: -Infinity, sign: 0 });
    expect(lognormalTailMean(Infinity, mu, sigma), 'tailMean(∞)').toBeNaN();
    expect(lognormalQuantile(0, mu, sigma), 'quantile(0)').toBe(0);
    expect(lognormalQuantile(0.5, mu, sigma), 'quantile(½) = e^μ').toBe(Math.exp(mu));
    expect(lognormalQuantile(1, mu, sigma), 'quantile(1)').toBe(Infinity);
    expect(lognormalLogMgf(0, mu, sigma), 'logMgf(0)').toBe(0);
    expect(lognormalLogMgf(-0, mu, sigma), 'logMgf(−0)').toBe(0);
    expect(lognormalLogMgf(Infinity, mu, sigma), 'logMgf(∞)').toBe(Infinity);
    expect(lognormalLogMgf(-Infinity, mu, sigma), 'logMgf(−∞) = log P(X = 0)').toBe(-Infinity);
  });
});

describe('lognormal: the built law with μ = 1.5, σ = 3 against mpmath', () => {
  const d = lognormal({ mu: 1.5, sigma: 3 });
  const TAG = 'mu=1.5, sigma=3';

  it('logPdf = −ln x − ln σ − ½ln 2π − w²/2', () => {
    const rows: [number, number][] = [
      [1e-10, -12.409331216246835062], [0.5, -1.5916200055127280878], [4.48, -3.5171738761937872262],
      [1e3, -10.549962609597095649], [1e100, -3139.5235921704865957],
    ];
    for (const [x, ref] of rows) {
      expect(logScaledError(d.logPdf(x), ref), `logPdf(${x}; ${TAG}) = ${d.logPdf(x)}`).toBeLessThan(1e-14);
      expect(relativeError(d.pdf(x), Math.exp(ref)), `pdf(${x}; ${TAG})`).toBeLessThan(1e-12);
    }
  });

  it('quantile e^{μ+σΦ⁻¹(p)} near 0, on both sides of ½ (also within 1e-10 of it) and near 1', () => {
    const rows: [number, number][] = [
      [1e-300, 2.4176489643765142425e-48], [1e-20, 3.8343535184197382891e-12], [0.1, 0.095880304206835337629],
      [0.3, 0.92941349889614295286], [0.4999999999, 4.4816890669678859825], [0.5000000001, 4.4816890737082436653],
      [0.7, 21.610980416190523538], [0.9, 209.48553604772327061], [1 - 2 ** -53, 222592471576.33954747],
    ];
    for (const [p, ref] of rows) {
      // Δq/q = σ·Δz: Φ⁻¹(p) to ~1e-15 absolute gives ≤ 1e-14 relative at σ = 3 (more for |z| ≈ 37: 1e-13)
      expect(relativeError(d.quantile(p), ref), `quantile(${p}; ${TAG}) = ${d.quantile(p)}`).toBeLessThan(1e-13);
    }
  });

  it('logCdf, logSf, logPartialMean, tailMean and logMgf of the built law (values of lognormal.test.ts, mpmath)', () => {
    // t = 10: log Φ(w), log Φ̄(w), log(e^{μ+σ²/2}Φ̄(w − σ)), their ratio; w = (ln 10 − 1.5)/3
    expect(logScaledError(d.logCdf(10), -0.5017522269676539317), `logCdf(10; ${TAG})`).toBeLessThan(1e-13);
    expect(logScaledError(d.logSf(10), -0.9300570820131999134), `logSf(10; ${TAG})`).toBeLessThan(1e-13);
    const pm = d.logPartialMean(10);
    expect(pm.sign, `sign of logPartialMean(10; ${TAG})`).toBe(1);
    expect(logScaledError(pm.log, 5.996851996038762141), `logPartialMean(10; ${TAG}) = ${pm.log}`).toBeLessThan(1e-13);
    expect(relativeError(d.tailMean(10), 1019.338409861505840), `tailMean(10; ${TAG})`).toBeLessThan(1e-12);
    // mpmath.quad of e^{λx}·npdf(ln x, μ, σ)/x over (0, ∞), 30 digits; quadrature held to 1e-12 absolute
    expect(Math.abs(d.logMgf(-0.01) - -0.24447041691369532), `logMgf(−0.01; ${TAG}) = ${d.logMgf(-0.01)}`).toBeLessThan(1e-12);
  });

  it('mean, variance, and the sampler through the quantile', () => {
    expect(relativeError(d.mean(), 403.4287934927351226), `mean(${TAG})`).toBeLessThan(1e-12);
    expect(relativeError(d.variance(), 1318652979.691795693), `variance(${TAG})`).toBeLessThan(1e-12);
    expect(relativeError(d.sample(() => 0.7), 21.610980416190523538), `sample(u=0.7; ${TAG})`).toBeLessThan(1e-13);
  });
});

describe('lognormal: tail mean where w − σ < −5√2 ≤ w (the erfcx ratio would overflow)', () => {
  it('μ = −700, σ = 40 at t = e^{−700} (w ≈ 0) and e^{−690} (w = ¼): e^{μ+σ²/2}Φ̄(w − σ)/Φ̄(w)', () => {
    const rows: [number, number][] = [
      [Math.exp(-700), 5.3762342836322708959e43],
      [Math.exp(-690), 6.6986282462358461094e43],
    ];
    for (const [t, ref] of rows) {
      const got = lognormalTailMean(t, -700, 40);
      // log-ratio branch: logs of size ~100 give ~1e-14 relative
      expect(relativeError(got, ref), `tailMean(${t}; mu=-700, sigma=40) = ${got}`).toBeLessThan(1e-12);
    }
  });
});

describe('lognormal: tail mean by the erfcx ratio where both arguments are ≥ −5 (s7 survivors)', () => {
  // t·erfcxRatio keeps the relative error at a few ulp whatever μ is; a log-space ratio carries ~|μ|·ε
  // (measured 3e-14 at |μ| = 600). mpmath, 40 digits: e^{μ+σ²/2}·ncdf(−(w−σ))/ncdf(−w) at the double t = e^{μ+σw}.
  it('μ = ±600, σ = 1 at w = 0 and w = −4: within 4e-15 of mpmath', () => {
    const rows: [number, number, number][] = [
      [600, Math.exp(600), 1.04674372388738055e261],
      [600, Math.exp(596), 6.2208540639384275294e260],
      [-600, Math.exp(-604), 4.369902320361626651e-261],
    ];
    for (const [mu, t, ref] of rows) {
      const got = lognormalTailMean(t, mu, 1);
      expect(relativeError(got, ref), `tailMean(${t}; mu=${mu}, sigma=1) = ${got}, mpmath ${ref}`).toBeLessThan(4e-15);
    }
  });
});

describe('lognormal: logMgf is +∞ for every λ > 0 (heavy right tail), also where the mass sits far from 1', () => {
  it('λ ∈ {1e-300, 1, 1e-9} at (μ, σ) ∈ {(−50, 0.01), (0, 1), (40, 0.2)}', () => {
    for (const lambda of [1e-300, 1e-9, 1])
      for (const [mu, sigma] of [[-50, 0.01], [0, 1], [40, 0.2]] as const)
        expect(lognormalLogMgf(lambda, mu, sigma), `logMgf(${lambda}; mu=${mu}, sigma=${sigma})`).toBe(Infinity);
  });
});
