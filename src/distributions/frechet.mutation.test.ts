/**
 * Edge properties of the Fréchet law for mutation testing (issue 2): totality of every kernel on invalid
 * (α, s, m) and NaN arguments, the support edge m and ±∞ arguments, every kernel of the built law with
 * s ≠ 1, m ≠ 0 against mpmath (the tail mean on both sides of its switch y = 1 and at y = 0), the quotient
 * z = (t − m)/s overflowing and subnormal, and DomainError naming family, parameter, range and value.
 * Reference values: mpmath at 200 digits at the exact doubles of the arguments, with y = z^{−α}:
 * log f = log(α/s) − (1+α)log z − y, log F = −y, log F̄ = log(−expm1(−y)),
 * m(t) = s·gammainc(1 − 1/α, 0, y) + m·(−expm1(−y)), E[X | X > t] = m(t)/F̄(t).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  frechet,
  frechetLogCdf,
  frechetLogMgf,
  frechetLogPartialMean,
  frechetLogPdf,
  frechetLogSf,
  frechetMean,
  frechetQuantile,
  frechetTailMean,
  frechetVariance,
} from './frechet.ts';

const KERNELS = { frechetLogPdf, frechetLogCdf, frechetLogSf, frechetTailMean, frechetLogMgf, frechetQuantile };
/** (α, s, m) with exactly one parameter out of range: α or s ∉ (0, ∞), m not finite. */
const INVALID: [number, number, number][] = [
  [0, 1, 0], [-0, 1, 0], [-2, 1, 0], [Infinity, 1, 0], [NaN, 1, 0],
  [2, 0, 0], [2, -0, 0], [2, -1, 0], [2, Infinity, 0], [2, NaN, 0],
  [2, 1, NaN], [2, 1, Infinity], [2, 1, -Infinity],
];

describe('frechet: total kernels and DomainError', () => {
  it('every kernel, the mean and the variance are NaN for an invalid (α, s, m), on and off the support', () => {
    for (const [alpha, s, m] of INVALID) {
      const tag = `alpha=${alpha}, s=${s}, m=${m}`;
      for (const x of [-Infinity, -1, 0, 0.5, 1, 3, Infinity]) {
        for (const [name, f] of Object.entries(KERNELS)) expect(f(x, alpha, s, m), `${name}(${x}; ${tag})`).toBeNaN();
        expect(frechetLogPartialMean(x, alpha, s, m), `logPartialMean(${x}; ${tag})`).toEqual({ log: NaN, sign: 0 });
      }
      expect(frechetMean(alpha, s, m), `mean(${tag})`).toBeNaN();
      expect(frechetVariance(alpha, s, m), `variance(${tag})`).toBeNaN();
    }
  });

  it('NaN arguments and probabilities outside [0, 1] give NaN', () => {
    for (const [alpha, s, m] of [[2.5, 0.7, 1.5], [0.5, 1, 0], [3, 2, -5]]) {
      const tag = `alpha=${alpha}, s=${s}, m=${m}`;
      for (const [name, f] of Object.entries(KERNELS)) expect(f(NaN, alpha, s, m), `${name}(NaN; ${tag})`).toBeNaN();
      expect(frechetLogPartialMean(NaN, alpha, s, m), `logPartialMean(NaN; ${tag})`).toEqual({ log: NaN, sign: 0 });
      for (const p of [-1e-300, -1, 1 + 2 ** -52, Infinity, -Infinity]) {
        expect(frechetQuantile(p, alpha, s, m), `quantile(${p}; ${tag})`).toBeNaN();
      }
    }
  });

  it('the factory throws DomainError naming family, parameter, range and value', () => {
    const cases: [{ alpha: number; s?: number; m?: number }, string, string, number][] = [
      [{ alpha: 0 }, 'alpha', 'a finite number > 0', 0], [{ alpha: -1 }, 'alpha', 'a finite number > 0', -1],
      [{ alpha: Infinity }, 'alpha', 'a finite number > 0', Infinity], [{ alpha: NaN }, 'alpha', 'a finite number > 0', NaN],
      [{ alpha: 2, s: 0 }, 's', 'a finite number > 0', 0], [{ alpha: 2, s: -3 }, 's', 'a finite number > 0', -3],
      [{ alpha: 2, s: Infinity }, 's', 'a finite number > 0', Infinity], [{ alpha: 2, s: NaN }, 's', 'a finite number > 0', NaN],
      [{ alpha: 2, m: NaN }, 'm', 'a finite number', NaN], [{ alpha: 2, m: -Infinity }, 'm', 'a finite number', -Infinity],
    ];
    for (const [params, name, allowed, value] of cases) {
      const make = (): unknown => frechet(params);
      expect(make, `frechet(${JSON.stringify(params)})`).toThrow(DomainError);
      expect(make, `frechet(alpha=${params.alpha}, s=${params.s}, m=${params.m}) message`).toThrow(
        new RegExp(`^frechet: parameter '${name}' must be ${allowed}; got ${String(value)}$`),
      );
    }
  });
});

describe('frechet: the support edge m and infinite arguments', () => {
  it('t ≤ m, t = ∞, λ = ±0, p = 0 (α = 2.5, s = 0.7, m = 1.5 and α ≤ 1)', () => {
    const [s, m] = [0.7, 1.5];
    for (const alpha of [0.5, 1, 2.5]) {
      const tag = `alpha=${alpha}, s=${s}, m=${m}`;
      for (const t of [-Infinity, 0, 1.5]) {
        expect(frechetLogPdf(t, alpha, s, m), `logPdf(${t}; ${tag})`).toBe(-Infinity);
        expect(frechetLogCdf(t, alpha, s, m), `logCdf(${t}; ${tag})`).toBe(-Infinity);
        expect(frechetLogSf(t, alpha, s, m) === 0, `logSf(${t}; ${tag}) = 0`).toBe(true);
        expect(frechetTailMean(t, alpha, s, m), `tailMean(${t}; ${tag})`).toBe(frechetMean(alpha, s, m));
      }
      expect(frechetLogPdf(Infinity, alpha, s, m), `logPdf(∞; ${tag})`).toBe(-Infinity);
      expect(frechetLogCdf(Infinity, alpha, s, m) === 0, `logCdf(∞; ${tag}) = 0`).toBe(true);
      expect(frechetLogSf(Infinity, alpha, s, m), `logSf(∞; ${tag})`).toBe(-Infinity);
      expect(frechetLogPartialMean(Infinity, alpha, s, m), `logPartialMean(∞; ${tag})`).toEqual({ log: -Infinity, sign: 0 });
      expect(frechetTailMean(Infinity, alpha, s, m), `tailMean(∞; ${tag})`).toBeNaN();
      expect(frechetQuantile(0, alpha, s, m), `quantile(0; ${tag})`).toBe(m);
      expect(frechetLogMgf(0, alpha, s, m), `logMgf(0; ${tag})`).toBe(0);
      expect(frechetLogMgf(-0, alpha, s, m), `logMgf(−0; ${tag})`).toBe(0);
      expect(frechetLogMgf(Infinity, alpha, s, m), `logMgf(∞; ${tag})`).toBe(Infinity);
    }
    // divergent moments: α ≤ 1 (mean, partial and tail means), α ≤ 2 (variance)
    for (const alpha of [0.5, 1]) {
      expect(frechetLogPartialMean(3, alpha, s, m), `logPartialMean(3; alpha=${alpha})`).toEqual({ log: Infinity, sign: 1 });
      expect(frechetLogPartialMean(-1, alpha, s, m), `logPartialMean(−1; alpha=${alpha})`).toEqual({ log: Infinity, sign: 1 });
      expect(frechetTailMean(3, alpha, s, m), `tailMean(3; alpha=${alpha})`).toBe(Infinity);
      expect(frechetMean(alpha, s, m), `mean(alpha=${alpha})`).toBe(Infinity);
    }
    expect(frechetVariance(2, s, m), 'variance(alpha=2)').toBe(Infinity);
    expect(frechetVariance(1.5, s, -m), 'variance(alpha=1.5)').toBe(Infinity);
  });
});

describe('frechet: the built law α = 2.5, s = 0.7, m = 1.5 against mpmath', () => {
  const d = frechet({ alpha: 2.5, s: 0.7, m: 1.5 });
  const TAG = 'alpha=2.5, s=0.7, m=1.5';
  // [t, log f, log F, log F̄, log m(t) (m(t) > 0), E[X | X > t]]; y = 129.6, 1.025, 0.975, 1.9e-3, 4.1e-16
  const ROWS: [number, number, number, number, number, number][] = [
    [1.6, -121.55816304465814977, -129.64181424216463051, -4.9805287420149729366e-57, 0.93312211573592118782, 2.5424345741689719055],
    [2.193, 0.28269769737787725865, -1.025444153922264766, -0.44415989787994020095, 0.59071898560682567081, 2.8147653004192798474],
    [2.207, 0.26270849125098412509, -0.97543102657581560912, -0.47325660831800368715, 0.56805010814174510204, 2.8329164153000729961],
    [10, -7.4675744464460247086, -0.0019462462364009699509, -6.2428257338776129705, -3.491070418684082321, 15.670113746210002091],
    [1e6, -48.329678330843698311, -4.0996495036853129628e-16, -35.430460004754704068, -21.10412442302461923, 1666665.6666666667521],
  ];

  it('spec, support [m, ∞), power right tail of index α', () => {
    expect(d.spec).toEqual({ family: 'frechet', alpha: 2.5, s: 0.7, m: 1.5 });
    expect(d.support).toEqual({ lower: 1.5, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.powerIndex, 'powerIndex').toBe(2.5);
    expect(d.tails.left.bounded, 'left tail bounded').toBe(true);
    expect(frechet({ alpha: 2.5, m: 1.5 }).spec, 'default s = 1').toEqual({ family: 'frechet', alpha: 2.5, s: 1, m: 1.5 });
    expect(frechet({ alpha: 2.5, s: 0.7 }).spec, 'default m = 0').toEqual({ family: 'frechet', alpha: 2.5, s: 0.7, m: 0 });
  });

  it('logPdf, logCdf (relative: −y), logSf, logPartialMean and tailMean on both sides of y = 1', () => {
    for (const [t, logPdf, logCdf, logSf, logPm, tailMean] of ROWS) {
      expect(logScaledError(d.logPdf(t), logPdf), `logPdf(${t}; ${TAG}) = ${d.logPdf(t)}`).toBeLessThan(1e-13);
      expect(relativeError(d.logCdf(t), logCdf), `logCdf(${t}; ${TAG}) = ${d.logCdf(t)}`).toBeLessThan(1e-13);
      expect(relativeError(d.logSf(t), logSf), `logSf(${t}; ${TAG}) = ${d.logSf(t)} (relative)`).toBeLessThan(1e-13);
      const pm = d.logPartialMean(t);
      expect(pm.sign, `sign of logPartialMean(${t}; ${TAG})`).toBe(1);
      expect(logScaledError(pm.log, logPm), `logPartialMean(${t}; ${TAG}) = ${pm.log}`).toBeLessThan(1e-13);
      expect(relativeError(d.tailMean(t), tailMean), `tailMean(${t}; ${TAG}) = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  it('quantile m + s(−log p)^{−1/α}, mean m + sΓ(1 − 1/α), variance s²(Γ(1 − 2/α) − Γ(1 − 1/α)²), logMgf(−½)', () => {
    const rows: [number, number][] = [
      [1e-10, 1.6996235453801309771], [0.3, 2.1499072312163703716], [0.9, 3.2219751706277849801],
      [1 - 2 ** -53, 1686298.0368051192266],
    ];
    for (const [p, ref] of rows) {
      expect(relativeError(d.quantile(p), ref), `quantile(${p}; ${TAG}) = ${d.quantile(p)}`).toBeLessThan(1e-13);
    }
    expect(relativeError(d.sample(() => 0.3), 2.1499072312163703716), `sample(u=0.3; ${TAG})`).toBeLessThan(1e-13);
    expect(relativeError(d.mean(), 2.5424345741689719055), `mean(${TAG})`).toBeLessThan(1e-12);
    for (const t of [-Infinity, 0, 1.5]) {
      // at and below the support edge the partial mean is the whole mean m + sΓ(1 − 1/α)
      const pm = d.logPartialMean(t);
      expect(pm.sign, `sign of logPartialMean(${t}; ${TAG})`).toBe(1);
      expect(relativeError(Math.exp(pm.log), 2.5424345741689719055), `logPartialMean(${t}; ${TAG}) = ${pm.log}`).toBeLessThan(1e-13);
      expect(relativeError(d.partialMean(t), 2.5424345741689719055), `partialMean(${t}; ${TAG})`).toBeLessThan(1e-13);
    }
    expect(relativeError(d.variance(), 1.1628435774565674219), `variance(${TAG})`).toBeLessThan(1e-12);
    // mpmath.quad of e^{−x/2}·f(x) over (m, ∞), 30 digits; quadrature held to 1e-12 absolute as in frechet.test.ts
    expect(Math.abs(d.logMgf(-0.5) - -1.2147170524012816688), `logMgf(−0.5; ${TAG}) = ${d.logMgf(-0.5)}`).toBeLessThan(1e-12);
  });
});

describe('frechet: tail mean series (y < 1) with m ≠ 0 and at y = 0', () => {
  it('m(t)/F̄(t) for y = 0.125, 0.0504 (series) and 0.512 with a negative tail mean', () => {
    const rows: [number, number, number, number, number, number, -1 | 1][] = [
      // [t, α, s, m, E[X | X > t], log|m(t)|, sign m(t)]
      [-1, 3, 2, -5, 1.0757676871013857833, -2.0682560505151397234, 1],
      [20, 1.5, 3, -2, 64.835833091261444125, 1.1581410297277296837, 1],
      [-2.5, 3, 2, -5, -1.0504204065034769047, -0.86534127822306165728, -1],
    ];
    for (const [t, alpha, s, m, tailMean, logPm, sign] of rows) {
      const tag = `(${t}; alpha=${alpha}, s=${s}, m=${m})`;
      expect(relativeError(frechetTailMean(t, alpha, s, m), tailMean), `tailMean${tag}`).toBeLessThan(1e-12);
      const pm = frechetLogPartialMean(t, alpha, s, m);
      expect(pm.sign, `sign of logPartialMean${tag}`).toBe(sign);
      expect(logScaledError(pm.log, logPm), `logPartialMean${tag} = ${pm.log}`).toBeLessThan(1e-13);
    }
  });

  it('y = z^{−α} underflowing to 0: E[X | X > t] = t/(1 − 1/α) (t = 1e300, α = 100; mpmath t/(1 − 1/100))', () => {
    expect(relativeError(frechetTailMean(1e300, 100, 1, 0), 1.010101010101010154e300), 'tailMean(1e300; alpha=100, s=1, m=0)').toBeLessThan(1e-14);
  });
});

describe('frechet: the quotient z = (t − m)/s subnormal or overflowing', () => {
  it('z = 1e-320/3 (subnormal: the log must come from log t − log s) and z = 1e310 (overflows)', () => {
    // [t, α, s, log f, log F (relative), log F̄]
    const rows: [number, number, number, number, number, number][] = [
      [1e-320, 0.5, 3, -1.7320604489519913945e160, -1.7320604489519913945e160, 0],
      [1e300, 0.001, 1e-10, -698.88686337539244265, -0.48977881936844618862, -0.948715556164336934],
    ];
    for (const [t, alpha, s, logPdf, logCdf, logSf] of rows) {
      const tag = `(${t}; alpha=${alpha}, s=${s}, m=0)`;
      expect(logScaledError(frechetLogPdf(t, alpha, s, 0), logPdf), `logPdf${tag}`).toBeLessThan(1e-13);
      expect(relativeError(frechetLogCdf(t, alpha, s, 0), logCdf), `logCdf${tag}`).toBeLessThan(1e-13);
      expect(logScaledError(frechetLogSf(t, alpha, s, 0), logSf), `logSf${tag}`).toBeLessThan(1e-13);
    }
  });

  it('log F = −z^{−α} to 1e-14 relative where z is a normal double, also for α·log z near 700 (mpmath −(t/s)^{−α})', () => {
    // pow rounds once; e^{−α·log z} would carry α·log z·ε ≈ 2e-14 … 8e-14 here
    const rows: [number, number, number, number][] = [
      [1e3, 100, 1, -1.0e-300],
      [2.5e3, 90, 2, -1.89713759006418854582e-279],
      [7e5, 50, 3, -3.991726114593131977671e-269],
    ];
    for (const [t, alpha, s, ref] of rows) {
      const got = frechetLogCdf(t, alpha, s, 0);
      expect(relativeError(got, ref), `logCdf(${t}; alpha=${alpha}, s=${s}, m=0) = ${got}`).toBeLessThan(1e-14);
    }
  });
});
