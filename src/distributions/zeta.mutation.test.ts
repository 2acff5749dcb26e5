/**
 * Edge properties of the zeta (Zipf) law found by mutation testing (issue 2): totality of every kernel on
 * invalid s and NaN arguments, exact values below and at the first atom and at t = ±∞, the divergent
 * moments at s = 2 and s = 3, the variance on both sides of its s = 10 switch, the quantile at u = 0, 1;
 * logCdf where the cdf is the small side (s → 1⁺), the bare logMgf kernel, quantile(1) at s = 1e307, quantiles
 * beyond 2^53, and the generalised-inverse contract next to atoms (mpmath references).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  zeta,
  zetaLogCdf,
  zetaLogMgf,
  zetaLogPartialMean,
  zetaLogPmf,
  zetaLogSf,
  zetaMean,
  zetaQuantile,
  zetaTailMean,
  zetaVariance,
} from './zeta.ts';

const KERNELS = { zetaLogPmf, zetaLogSf, zetaLogCdf, zetaTailMean, zetaLogMgf, zetaQuantile };
/** log ζ(2) = log(π²/6) */
const LOG_ZETA2 = Math.log((Math.PI * Math.PI) / 6);

describe('zeta: total kernels and DomainError', () => {
  it('NaN for s ∉ (1, ∞) and for a NaN argument; DomainError from the factory', () => {
    for (const s of [1, 0.5, 0, -2, Infinity, -Infinity, NaN]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(0.5, s), `${name}(0.5; s=${s})`).toBeNaN();
      expect(zetaLogPartialMean(0.5, s), `logPartialMean(0.5; s=${s})`).toEqual({ log: NaN, sign: 0 });
      expect(zetaMean(s), `mean(s=${s})`).toBeNaN();
      expect(zetaVariance(s), `variance(s=${s})`).toBeNaN();
      expect(() => zeta({ s }), `zeta(s=${s})`).toThrow(DomainError);
      expect(() => zeta({ s }), `zeta(s=${s}) names s`).toThrow(/^zeta: parameter 's' must be .*in \(1, Infinity\)/);
    }
    for (const s of [1.5, 3]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(NaN, s), `${name}(NaN; s=${s})`).toBeNaN();
      expect(zetaLogPartialMean(NaN, s), `logPartialMean(NaN; s=${s})`).toEqual({ log: NaN, sign: 0 });
      expect(zeta({ s }).massAt(NaN), `massAt(NaN; s=${s})`).toBeNaN();
    }
  });
});

describe('zeta: support edges', () => {
  it('below and at the first atom, and at t = ±∞', () => {
    for (const t of [-Infinity, -3, -0.5, 0, 0.999]) {
      expect(zetaLogPmf(t, 2), `logPmf(${t}; s=2)`).toBe(-Infinity);
      expect(zetaLogCdf(t, 2), `logCdf(${t}; s=2)`).toBe(-Infinity);
      expect(Object.is(zetaLogSf(t, 2), 0), `logSf(${t}; s=2) = +0`).toBe(true);
      // below the support the partial mean is the mean and the tail mean is E[X] (s = 3)
      expect(relativeError(Math.exp(zetaLogPartialMean(t, 3).log), zetaMean(3)), `partialMean(${t}; s=3)`).toBeLessThan(1e-14);
      expect(relativeError(zetaTailMean(t, 3), zetaMean(3)), `tailMean(${t}; s=3)`).toBeLessThan(1e-14);
    }
    // P(X = 1) = P(X ≤ 1) = 1/ζ(2) = 6/π²
    expect(relativeError(zetaLogPmf(1, 2), -LOG_ZETA2), 'logPmf(1; s=2)').toBeLessThan(1e-15);
    expect(relativeError(zetaLogCdf(1, 2), -LOG_ZETA2), 'logCdf(1; s=2)').toBeLessThan(1e-15);
    expect(relativeError(zeta({ s: 2 }).massAt(2), 1.5 / (Math.PI * Math.PI)), 'massAt(2; s=2)').toBeLessThan(1e-15);
    expect(zetaLogSf(Infinity, 2), 'logSf(∞; s=2)').toBe(-Infinity);
    expect(zetaLogCdf(Infinity, 2) === 0, 'logCdf(∞; s=2) = ±0').toBe(true);
    for (const s of [1.5, 3]) {
      expect(zetaLogPartialMean(Infinity, s), `logPartialMean(∞; s=${s})`).toEqual(SIGNED_ZERO);
      expect(zetaTailMean(Infinity, s), `tailMean(∞; s=${s})`).toBeNaN();
    }
  });

  it('divergent moments: partial and tail means for s ≤ 2, variance for s ≤ 3', () => {
    for (const s of [2, 1.5]) {
      expect(zetaLogPartialMean(5, s), `logPartialMean(5; s=${s})`).toEqual({ log: Infinity, sign: 1 });
      expect(zetaTailMean(5, s), `tailMean(5; s=${s})`).toBe(Infinity);
      expect(zetaMean(s), `mean(s=${s})`).toBe(Infinity);
    }
    for (const s of [3, 2.5]) expect(zetaVariance(s), `variance(s=${s})`).toBe(Infinity);
  });
});

describe('zeta: moments, MGF, quantile', () => {
  /** [s, Var X] = ζ(s−2)/ζ(s) − (ζ(s−1)/ζ(s))² (mpmath, 50 digits), either side of the s = 10 switch. */
  const VARIANCE: [number, number][] = [
    [10, 0.001053071509776049342756659],
    [10.5, 0.0007338917268023167934117782],
    [11, 0.0005129274286795360311580015],
    [40, 9.094950307892538614224931e-13],
  ];

  it('variance on both sides of the switch to the direct sum', () => {
    for (const [s, v] of VARIANCE) expect(relativeError(zetaVariance(s), v), `variance(s=${s}) = ${zetaVariance(s)}`).toBeLessThan(1e-12);
  });

  it('logMgf is 0 at λ = 0 and +∞ for λ > 0', () => {
    for (const s of [1.5, 3]) {
      expect(zetaLogMgf(0, s) === 0, `logMgf(0; s=${s}) = 0`).toBe(true);
      expect(zetaLogMgf(-0, s) === 0, `logMgf(−0; s=${s}) = 0`).toBe(true);
      expect(zetaLogMgf(Number.MIN_VALUE, s), `logMgf(MIN_VALUE; s=${s})`).toBe(Infinity);
    }
    expect(zeta({ s: 3 }).mgfSup, 'mgfSup(s=3)').toBe(0);
  });

  it('quantile: 1 at u = 0 and at u ≤ 1/ζ(s), ∞ at u = 1, NaN outside [0, 1]', () => {
    for (const s of [1.5, 3]) {
      expect(zetaQuantile(0, s), `quantile(0; s=${s})`).toBe(1);
      expect(zetaQuantile(1, s), `quantile(1; s=${s})`).toBe(Infinity);
      for (const u of [-1e-300, -1, 1 + 2 ** -52, 2]) expect(zetaQuantile(u, s), `quantile(${u}; s=${s})`).toBeNaN();
    }
    // P(X = 1) = 6/π² = 0.6079…; P(X ≤ 2) = 0.7599…
    expect(zetaQuantile(0.6, 2), 'quantile(0.6; s=2)').toBe(1);
    expect(zetaQuantile(0.7, 2), 'quantile(0.7; s=2)').toBe(2);
    // s → 1⁺: F̄(n) ≈ n^{1−s}, so the 0.99-quantile lies beyond every double
    expect(zetaQuantile(0.99, 1 + 1e-9), 'quantile(0.99; s=1+1e-9)').toBe(Infinity);
  });

  it('the law object: spec, support, tails', () => {
    const d = zeta({ s: 2.5 });
    expect(d.spec, 'spec(s=2.5)').toEqual({ family: 'zeta', s: 2.5 });
    expect(d.support, 'support(s=2.5)').toEqual({ lower: 1, upper: Infinity, kind: 'discrete' });
    expect(d.tails.left.bounded, 'left tail bounded').toBe(true);
    expect(d.tails.right.tailClass, 'right tail class').toBe('heavy');
  });
});

describe('zeta: small-probability side, kernels without the cached log ζ(s), quantile contract', () => {
  /**
   * [s, n, log P(X ≤ n)] where the cdf is tiny (s → 1⁺, P(X = 1) = 1/ζ(s) ≈ s − 1), from mpmath at 50 digits:
   * log((ζ(s) − ζ(s, n+1))/ζ(s)). Forming it as log(1 − P(X > n)) loses up to 6e-5 here.
   */
  const SMALL_CDF: [number, number, number][] = [
    [1 + 1e-12, 1, -27.63093221929820704642],
    [1 + 1e-12, 3, -27.02479641572828032557],
    [1 + 1e-12, 100, -25.98470394507959309525],
    [1.000000001, 1, -20.72326575478325929262],
    [1.000000001, 3, -20.11712995160173161044],
    [1.000000001, 100, -19.07703748259716024921],
    [1.001, 1, -6.908332400891258092307],
    [1.001, 100, -5.26413759870126414513],
  ];

  it('logCdf matches mpmath where the cdf is the small probability (s → 1⁺)', () => {
    for (const [s, n, ref] of SMALL_CDF) {
      for (const t of [n, n + 0.5]) {
        expect(logScaledError(zetaLogCdf(t, s), ref), `logCdf(${t}; s=${s}) = ${zetaLogCdf(t, s)}`).toBeLessThan(1e-13);
        expect(logScaledError(zeta({ s }).logCdf(t), ref), `law logCdf(${t}; s=${s})`).toBeLessThan(1e-13);
      }
    }
  });

  it('logMgf called as a bare kernel (no cached log ζ(s)) equals the law value', () => {
    // [s, λ, log E[e^{λX}]] = log(mpmath.polylog(s, e^λ)) − log ζ(s), 80 digits (same rows as zeta.test.ts)
    const MGF: [number, number, number][] = [
      [2.5, -0.01, -0.017926166803603249009],
      [3.5, -0.3, -0.34028460183371124456],
      [1.000000001, -2, -22.651439915442483465],
    ];
    for (const [s, lambda, ref] of MGF) {
      const got = zetaLogMgf(lambda, s);
      expect(relativeError(got, ref), `zetaLogMgf(${lambda}; s=${s}) = ${got}`).toBeLessThan(1e-12);
    }
  });

  it('quantile(1) = ∞ even where log P(X > n) underflows to −∞ at finite n (s = 1e307)', () => {
    for (const s of [1e307, 1.7e308]) {
      expect(zetaLogSf(1e8, s), `logSf(1e8; s=${s}) underflows`).toBe(-Infinity);
      expect(zetaQuantile(1, s), `quantile(1; s=${s})`).toBe(Infinity);
      expect(zeta({ s }).quantile(1), `law quantile(1; s=${s})`).toBe(Infinity);
      expect(zetaQuantile(1 - 2 ** -53, s), `quantile(1 − 2⁻⁵³; s=${s})`).toBe(1);
    }
  });

  it('quantile beyond 2^53 (atoms no longer consecutive doubles) ends and matches mpmath', () => {
    // [s, u, n*] with ζ(s, n*+1)/ζ(s) = 1 − u solved for real n* (mpmath findroot, 50 digits); beyond 2^53 the
    // integers are not all doubles, so the least atom is the double n* rounds up to, within 1e-12 relative.
    const BIG: [number, number, number][] = [
      [1.01, 0.9, 5.6198526234762717303e99],
      [1.01, 0.5, 7.124009551344745715e29],
      [1.001, 0.2, 4.5642786215133632936e96],
      // answers with an odd last significand bit: the midpoint of the final pair of adjacent doubles rounds down
      [1.01, 0.6, 3.4972428735224192701e39],
      [1.05, 0.9, 5.6407411444188321067e19],
    ];
    for (const [s, u, ref] of BIG) {
      const q = zetaQuantile(u, s);
      expect(relativeError(q, ref), `quantile(${u}; s=${s}) = ${q}`).toBeLessThan(1e-12);
    }
  });

  /**
   * [s, n, P(X ≤ n), P(X > n)] from mpmath at 50 digits. quantile(u) = min{n : F(n) ≥ u} is checked at
   * u just below and just above the atom value F(n) (by 1e-11 of the smaller of F and 1 − F, at least 2⁻⁵⁰): far
   * beyond the ~1e-15 to which any double F(n) is known, so the answer n resp. n + 1 is determined.
   */
  const ATOMS: [number, number, number, number][] = [
    [1.000001, 1, 0.0000009999994227023289174668696, 0.9999990000005772976710825],
    [1.000001, 1000, 0.000007485442750095091837820671, 0.9999925145572499049081622],
    [1.1, 2, 0.138553888813820248388108, 0.861446111186179751611892],
    [1.1, 1000, 0.5265108233845649885136904, 0.4734891766154350114863096],
    [1.5, 3, 0.5917999039077890890100427, 0.4082000960922109109899573],
    [2, 1, 0.6079271018540266286632768, 0.3920728981459733713367232],
    [2, 20, 0.9703508949579660750261734, 0.02964910504203392497382661],
    [3, 2, 0.9358957941532959022685171, 0.06410420584670409773148294],
    [3, 100, 0.9999588185053581422115993, 0.00004118149464185778840068444],
    [10, 3, 0.9999989235306200161392684, 0.000001076469379983860731561609],
    [1.01, 1e6, 0.1340411657951488045135143, 0.8659588342048511954864857],
    [2.5, 12345, 0.9999996377076505450271621, 0.00000036229234945497283785239],
  ];

  it('quantile is the generalised inverse next to each atom F(n)', () => {
    for (const [s, n, cdf, sf] of ATOMS) {
      // a relative 1e-11 of the small side, but at least 2⁻⁵⁰ (8 ulps of numbers near 1) so that u moves
      const delta = Math.max(1e-11 * Math.min(cdf, sf), 2 ** -50);
      const [below, above] = cdf <= 0.5 ? [cdf - delta, cdf + delta] : [1 - (sf + delta), 1 - (sf - delta)];
      expect(zetaQuantile(below, s), `quantile(${below}; s=${s}), F(${n}) = ${cdf}`).toBe(n);
      expect(zetaQuantile(above, s), `quantile(${above}; s=${s}), F(${n}) = ${cdf}`).toBe(n + 1);
      expect(zeta({ s }).quantile(below), `law quantile(${below}; s=${s})`).toBe(n);
    }
  });
});
