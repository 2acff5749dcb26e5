import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  logLogistic,
  logLogisticLogCdf,
  logLogisticLogMgf,
  logLogisticLogPartialMean,
  logLogisticLogPdf,
  logLogisticLogSf,
  logLogisticMean,
  logLogisticQuantile,
  logLogisticTailMean,
  logLogisticVariance,
} from './logLogistic.ts';

/**
 * [α, β, t, log F̄(t), E[X | X > t], log m(t)]: mpmath at 50 digits from the exact doubles,
 * F̄ = 1/(1 + (t/α)^β), m(t) = α·betainc(1 − 1/β, 1 + 1/β, 0, F̄(t)) (unregularised); m was confirmed by
 * mp.quad of x·f(x) for α = 1, 1e-3 < t < 1e4. Regimes: t → 0⁺, far tail to 1e300, tiny and huge scales,
 * β near 1 (1.000001, 1 + 1e-10), large β (a steep body around α).
 */
const REF: [number, number, number, number, number, number][] = [
  [1.0, 3.0, 1e-10, -1e-30, 1.2091995761561452, 0.18995863340718094],
  [1.0, 3.0, 0.5, -0.11778303565638346, 1.314272338256477, 0.1555001218779575],
  [1.0, 3.0, 1.0, -0.6931471805599453, 1.7471014557828484, -0.13518907680529185],
  [1.0, 3.0, 2.0, -2.1972245773362196, 3.0727806133491624, -1.0746416884223013],
  [1.0, 3.0, 100000.0, -34.538776394910684, 150000.00000000003, -22.620385821832294],
  [1.0, 3.0, 1e200, -1381.5510557964274, 1.5e200, -920.6285720895102],
  [2.5, 1.2, 1e-8, -8.365116420380318e-11, 13.089969391052465, 2.571846241489546],
  [2.5, 1.2, 1.0, -0.287448007281228, 17.28297305150423, 2.5622737928871837],
  [2.5, 1.2, 2.5, -0.6931471805599453, 25.094294343719305, 2.529493322754077],
  [2.5, 1.2, 1000.0, -7.190511444251451, 6003.232406959982, 1.5095418933867437],
  [2.5, 1.2, 1e100, -275.2106622810365, 6.000000000000001e100, -43.160393512403864],
  [2.5, 1.2, 1e200, -551.5208734403219, 6.000000000000001e200, -89.21209537228476],
  [1e-100, 5.0, 1e-101, -9.999950000333332e-6, 1.0689691883763405e-100, -230.19182449057425],
  [1e-100, 5.0, 1e-100, -0.6931471805599453, 1.361291518927613e-100, -230.643222584575],
  [1e-100, 5.0, 1e-50, -575.6462732485114, 1.25e-50, -690.5523843468995],
  [1e-100, 5.0, 1e200, -3453.8776394910687, 1.2499999999999999e200, -2993.137477340945],
  [1e100, 1.000001, 1.0, -9.997697679981755e-101, 1.0000000000839115e106, 244.07401985745275],
  [1e100, 1.000001, 1e100, -0.6931471805599453, 1.9999996138732036e106, 244.07401966430544],
  [1e100, 1.000001, 1e105, -11.512946977730564, 1.0000109999571389e111, 244.07400934450516],
  [1e100, 1.000001, 1e300, -460.5174791158277, 1.0000010000822667e306, 244.07356034043204],
  [1.0, 50.0, 0.9, -0.005140539962716464, 1.0012682275510574, -0.0038731159329261984],
  [1.0, 50.0, 1.0, -0.6931471805599453, 1.0283985949327905, -0.6651443504165568],
  [1.0, 50.0, 1.1, -4.77399146338185, 1.122545292381019, -4.658392774001672],
  [1.0, 50.0, 10.0, -115.12925464970229, 10.204081632653061, -112.80646684939072],
  [3.0, 1.0000000001, 3.0, -0.6931471805599453, 59999995034.419266, 24.124463135848885],
  [3.0, 1.0000000001, 10000000000.0, -21.927238643765072, 9.999999176596359e19, 24.124463133775475],
];

describe('logLogistic: accuracy against mpmath', () => {
  it.each(REF)('α=%s β=%s t=%s', (alpha, beta, t, logSf, tailMean, logPm) => {
    const label = `(t=${t}; alpha=${alpha}, beta=${beta})`;
    expect(logScaledError(logLogisticLogSf(t, alpha, beta), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(logLogisticTailMean(t, alpha, beta), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    const pm = logLogisticLogPartialMean(t, alpha, beta);
    expect(pm.sign, `partialMean sign${label}`).toBe(1);
    expect(logScaledError(pm.log, logPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
  });
  it('means and variances (mpmath: α(π/β)/sin(π/β), α²(2c/sin 2c − c²/sin²c) with c = π/β)', () => {
    const means: [number, number, number][] = [
      [1.0, 3.0, 1.2091995761561452],
      [2.5, 1.2, 13.089969389957474],
      [1e100, 1.000001, 1.0000000000839115e106],
      [1.0, 50.0, 1.0006582768034462],
      [3.0, 1.0000000001, 29999997517.789074],
      [1.0, 1e6, 1.000000000001645],
    ];
    for (const [alpha, beta, ref] of means) {
      expect(relativeError(logLogisticMean(alpha, beta), ref), `mean(alpha=${alpha}, beta=${beta})`).toBeLessThanOrEqual(1e-12);
    }
    const variances: [number, number, number][] = [
      [1.0, 3.0, 0.9562355373360892],
      [2.5, 2.000001, 12499984.57701646],
      [1.0, 50.0, 0.001319764466514989],
      [1.0, 1e6, 3.289868133720264e-12],
      [2.0, 5.0, 0.7145293838425218],
    ];
    for (const [alpha, beta, ref] of variances) {
      expect(relativeError(logLogisticVariance(alpha, beta), ref), `variance(alpha=${alpha}, beta=${beta})`).toBeLessThanOrEqual(1e-12);
    }
    expect(logLogisticMean(1, 1)).toBe(Infinity);
    expect(logLogisticVariance(1, 2)).toBe(Infinity);
    expect(logLogisticVariance(1, 0.5)).toBe(Infinity);
  });
});

describe('logLogistic: edges', () => {
  it('support edge, density at 0 and infinity', () => {
    expect(logLogisticLogSf(0, 1, 2)).toBe(0);
    expect(logLogisticLogCdf(0, 1, 2)).toBe(-Infinity);
    expect(logLogisticLogSf(Infinity, 1, 2)).toBe(-Infinity);
    expect(Object.is(logLogisticLogCdf(Infinity, 1, 2), 0)).toBe(true);
    expect(logLogisticLogPdf(-1, 1, 2)).toBe(-Infinity);
    expect(logLogisticLogPdf(0, 1, 2)).toBe(-Infinity);
    expect(logLogisticLogPdf(0, 4, 1)).toBe(-Math.log(4));
    expect(logLogisticLogPdf(0, 1, 0.5)).toBe(Infinity);
    expect(logLogisticLogPartialMean(-1, 1, 3).log).toBe(Math.log(logLogisticMean(1, 3)));
    expect(logLogisticLogPartialMean(Infinity, 1, 3).sign).toBe(0);
  });
  it('log density (mpmath: log((β/α)(x/α)^{β−1}/(1 + (x/α)^β)²))', () => {
    const cases: [number, number, number, number][] = [
      [0.5, 1, 3, -0.5232481437645479],
      [1e200, 1, 3, -1840.9694621065685],
      [1e-200, 2.5, 1.2, -93.02063104121684],
      [2.5, 2.5, 1.2, -2.120263536200091],
    ];
    for (const [x, alpha, beta, ref] of cases) {
      expect(logScaledError(logLogisticLogPdf(x, alpha, beta), ref), `logPdf(${x}; alpha=${alpha}, beta=${beta})`).toBeLessThanOrEqual(1e-14);
    }
  });
  it('β ≤ 1: partial mean and tail mean are +∞', () => {
    expect(logLogisticLogPartialMean(10, 1, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(logLogisticTailMean(10, 1, 0.7)).toBe(Infinity);
    expect(logLogistic({ alpha: 1, beta: 0.9 }).partialMean(3)).toBe(Infinity);
  });
  it('total kernels: NaN on invalid parameters', () => {
    for (const [alpha, beta] of [[0, 1], [1, 0], [-1, 2], [NaN, 2], [1, Infinity], [Infinity, 1]]) {
      const label = `(alpha=${alpha}, beta=${beta})`;
      expect(logLogisticLogSf(2, alpha!, beta!), `logSf${label}`).toBeNaN();
      expect(logLogisticLogPartialMean(2, alpha!, beta!).log, `pm${label}`).toBeNaN();
      expect(logLogisticMean(alpha!, beta!), `mean${label}`).toBeNaN();
      expect(logLogisticQuantile(0.5, alpha!, beta!), `quantile${label}`).toBeNaN();
    }
  });
});

describe('logLogistic: quantile and properties', () => {
  it('quantile near both ends (mpmath: 2(p/(1 − p))^{1/3})', () => {
    expect(relativeError(logLogisticQuantile(0.999999999999999, 2, 3), 200053.3135999337)).toBeLessThanOrEqual(1e-12);
    // the exponent 1/β is rounded: |log odds|·ulp(1/β)/(1/β) ≈ 690·5.6e-17 bounds what a double can do here
    expect(relativeError(logLogisticQuantile(1e-300, 2, 3), 2e-100)).toBeLessThanOrEqual(5e-14);
    expect(relativeError(logLogisticQuantile(0.3, 2, 3), 1.5078948822583076)).toBeLessThanOrEqual(1e-14);
    expect(logLogisticQuantile(0, 2, 3)).toBe(0);
    expect(logLogisticQuantile(1, 2, 3)).toBe(Infinity);
  });
  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0.2, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
    'quantile(cdf(x)) = x and cdf + sf = 1 on the body',
    (alpha, beta, u) => {
      const d = logLogistic({ alpha, beta });
      const x = d.quantile(u);
      const label = `(u=${u}; alpha=${alpha}, beta=${beta}, x=${x})`;
      // d log x/d p = 1/(β p(1 − p)): the round trip inherits cdf's rounding amplified by that
      const cond = 1 + 1 / (beta * u * (1 - u));
      expect(relativeError(d.quantile(d.cdf(x)), x), `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-15 * cond);
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
    },
  );
  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1.05, max: 20, noNaN: true }), fc.double({ min: 0.05, max: 0.9999, noNaN: true })])(
    'partial mean: dm/dt = −t·f(t) on both continued-fraction branches, 0 < m ≤ mean, E[X | X > t] ≥ t',
    (alpha, beta, u) => {
      const d = logLogistic({ alpha, beta });
      const t = d.quantile(u);
      const label = `(t=${t}; alpha=${alpha}, beta=${beta}, u=${u})`;
      const pm = d.partialMean(t);
      expect(pm > 0 && pm <= d.mean() * (1 + 1e-14), `0 < pm ≤ mean${label}`).toBe(true);
      expect(d.tailMean(t) >= t * (1 - 1e-14), `tailMean ≥ t${label}`).toBe(true);
      // central difference in t: truncation O(h²β²); cancellation 1e-16·m/(2h·t²f) stays < 1e-7 for F(t) ≥ 0.05.
      // F(t) ∈ [0.05, 0.9999] covers both branches (the switch is at F̄ = (a + 1)/4 ∈ (0.26, 0.49)).
      const h = 1e-5;
      const slope = (d.partialMean(t * (1 - h)) - d.partialMean(t * (1 + h))) / (2 * h * t);
      expect(relativeError(slope, t * d.pdf(t)), `−dm/dt = t·f(t)${label}`).toBeLessThanOrEqual(1e-6);
    },
  );
});

describe('logLogistic: distribution object', () => {
  it('spec, support, tails', () => {
    const d = logLogistic({ alpha: 2, beta: 3.5 });
    expect(d.spec).toEqual({ family: 'logLogistic', alpha: 2, beta: 3.5 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.powerIndex).toBe(3.5);
    expect(d.tails.right.tailClass).toBe('heavy');
    expect(d.tails.left.bounded).toBe(true);
  });
  it('logMgf: Infinity for λ > 0, quadrature for λ < 0', () => {
    expect(logLogisticLogMgf(1e-9, 1, 3)).toBe(Infinity);
    expect(logLogisticLogMgf(0, 1, 3)).toBe(0);
    // mpmath: log(quad(f(x)·e^{−2x}, [0, ½, 1, 2, 5, 20, inf])), α = 1, β = 3, at 50 digits
    expect(relativeError(logLogisticLogMgf(-2, 1, 3), -1.7574978263253649), 'logMgf(-2; alpha=1, beta=3)').toBeLessThanOrEqual(1e-10);
  });
  it.each([
    [{ alpha: 0, beta: 1 }, 'alpha'],
    [{ alpha: NaN, beta: 1 }, 'alpha'],
    [{ alpha: 1, beta: 0 }, 'beta'],
    [{ alpha: 1, beta: Infinity }, 'beta'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => logLogistic(params)).toThrow(DomainError);
    expect(() => logLogistic(params)).toThrow(new RegExp(`'${name}'`));
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples lie in the support', (seed) => {
    const x = logLogistic({ alpha: 2, beta: 1.5 }).sample(seededRng(seed));
    expect(x, `sample(seed=${seed})`).toBeGreaterThan(0);
  });
});
