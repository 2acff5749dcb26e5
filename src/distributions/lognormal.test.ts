import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
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

/**
 * [t, μ, σ, log F̄(t), log F(t), log m(t), E[X | X > t]]: mpmath at 60 digits with w = (ln t − μ)/σ:
 * log(erfc(w/√2)/2), log(erfc(−w/√2)/2), log(e^{μ+σ²/2}·erfc((w − σ)/√2)/2), and the ratio m/F̄.
 */
const REFERENCE: [number, number, number, number, number, number, number][] = [
  [1e-300, 0.0, 1.0, 0.0, -238592.8717270766938, 0.5000000000000000000, 1.648721270700128147],
  [1e-10, 0.0, 1.0, 0.0, -269.1523389003993638, 0.5000000000000000000, 1.648721270700128147],
  [0.01, 0.0, 1.0, -2.060645519100239705e-6, -13.09249229578545322, 0.4999999895974781482, 1.648724650982833014],
  [0.5, 0.0, 1.0, -0.2798575583395914045, -1.410142088005838636, 0.4537322377187006933, 2.082543110277527254],
  [1, 0.0, 1.0, -0.6931471805599453094, -0.6931471805599453094, 0.3272462209765501105, 2.774285957670009550],
  [2, 0.0, 1.0, -1.410142088005838636, -0.2798575583395914045, 0.02280626197074044912, 4.191037639681026009],
  [10, 0.0, 1.0, -4.542092167581210645, -0.01070822832002695914, -1.839682523138900598, 14.91562982118101804],
  [100000.0, 0.0, 1.0, -69.64354247097751794, -5.677979296841004758e-31, -58.04119687410738026, 109353.9990863015979],
  [1e+50, 0.0, 1.0, -6633.037707512332646, 0.0, -6517.899730358164142, 1.008760656354296181e50],
  [1e+200, 0.0, 1.0, -106045.0135026281977, 0.0, -105584.4943102164589, 1.002176177373977261e200],
  [1e+300, 0.0, 1.0, -238592.8717270766939, 0.0, -237902.0947504874328, 1.001449740907163062e300],
  [1e-300, 0.0, 0.25, 0.0, -3817375.482592391776, 0.03125000000000000000, 1.031743407499102671],
  [1e-10, 0.0, 0.25, 0.0, -4246.960456662875181, 0.03125000000000000000, 1.031743407499102671],
  [0.01, 0.0, 0.25, 0.0, -173.4960777095316261, 0.03125000000000000000, 1.031743407499102671],
  [0.5, 0.0, 0.25, -0.002784490961563078478, -5.885082123344723576, 0.02999610117923677444, 1.033323795005758651],
  [1, 0.0, 0.25, -0.6931471805599453094, -0.6931471805599453094, -0.4817340754094304321, 1.235422609102734502],
  [2, 0.0, 0.25, -5.885082123344723576, -0.002784490961563078478, -5.114392983270098967, 2.161255148231710404],
  [10, 0.0, 0.25, -45.56590971220727680, -1.625462105016879746e-20, -43.23643583753060055, 10.27253546998931224],
  [100000.0, 0.0, 0.25, -1065.128796322367864, 0.0, -1053.610432536901393, 100545.3135004325393],
  [1e+50, 0.0, 0.25, -106045.0135026281979, 0.0, -105929.8837049681106, 1.000543157841831309e50],
  [1e+200, 0.0, 0.25, -1696615.832936088189, 0.0, -1696155.315781763224, 1.000135735367185686e200],
  [1e+300, 0.0, 0.25, -3817375.482592391777, 0.0, -3816684.706974011477, 1.000090486180368516e300],
  [1e-300, 1.5, 3.0, 0.0, -26631.10513610294498, 6.000000000000000000, 403.4287934927351226],
  [1e-10, 1.5, 3.0, -1.475853266485184762e-16, -36.45212517961866197, 6.000000000000000000, 403.4287934927351821],
  [0.01, 1.5, 3.0, -0.02114456157489972203, -3.866926194496859310, 5.999999761146300836, 412.0498440439699988],
  [0.5, 1.5, 3.0, -0.2644534168407782412, -1.459404582059851642, 5.999904653413674893, 525.5041409234436528],
  [1, 1.5, 3.0, -0.3689464152886563931, -1.175911761593618609, 5.999767343858623195, 583.3070727815182338],
  [2, 1.5, 3.0, -0.5008484255614912195, -0.9314456949889212430, 5.999460119207812843, 665.3468906800405898],
  [10, 1.5, 3.0, -0.9300570820131999134, -0.5017522269676539317, 5.996851996038762141, 1019.338409861505840],
  [100000.0, 1.5, 3.0, -7.769408805884657506, -0.0004225522132196515269, 4.999829059317914595, 351244.5084502621642],
  [1e+50, 1.5, 3.0, -721.8654915358353037, 0.0, -606.6538436857425219, 1.085882695398128112e50],
  [1e+200, 1.5, 3.0, -11711.31742087232321, 0.0, -11250.78060211300346, 1.019997483881830303e200],
  [1e+300, 1.5, 3.0, -26400.84228401570741, 0.0, -25710.05361343975891, 1.013229422325981240e300],
  [1e-300, -2.0, 0.5, 0.0, -948831.6026645905438, -1.875000000000000000, 0.1533549668449284633],
  [1e-10, -2.0, 0.5, 0.0, -888.8312177503066677, -1.875000000000000000, 0.1533549668449284633],
  [0.01, -2.0, 0.5, -9.424725390436692446e-8, -16.17734419445957676, -1.875000005637522393, 0.1533549804336715034],
  [0.5, -2.0, 0.5, -5.408509913502126319, -0.004488365970264382537, -5.933772325658174468, 0.5914001534137408105],
  [1, -2.0, 0.5, -10.36010148652729083, -0.00003167174337748926386, -10.24106530834409293, 1.126410669042745029],
  [2, -2.0, 0.5, -17.14078725493659978, -3.596256728997963203e-8, -16.35651407895202079, 2.190814025671700270],
  [10, -2.0, 0.5, -40.10885511009561665, -3.810180501724821053e-18, -37.74801474929689109, 10.59985541360156803],
  [100000.0, -2.0, 0.5, -369.4154060909666123, 0.0, -357.8838582817157540, 101879.6821509383548],
  [1e+50, -2.0, 0.5, -27444.89997159071371, 0.0, -27329.76858034379180, 1.002138881369950597e50],
  [1e+200, -2.0, 0.5, -427851.7337572979713, 0.0, -427391.2161980336415, 1.000540811706536919e200],
  [1e+300, -2.0, 0.5, -959884.0169015651681, 0.0, -959193.2410127349517, 1.000360997146441748e300],
];

/** [μ, σ, E[X], Var X]: mpmath, exp(μ + σ²/2) and expm1(σ²)·exp(2μ + σ²). */
const MOMENTS: [number, number, number, number][] = [
  [0, 1, 1.648721270700128147, 4.670774270471604992],
  [0, 0.25, 1.031743407499102671, 0.06865399414896688727],
  [1.5, 3, 403.4287934927351226, 1318652979.691795693],
  [-2, 0.5, 0.1533549668449284633, 0.006679637566309392504],
  [0, 1e-8, 1.00000000000000005, 1.000000000000000192e-16],
];

/** [μ, σ, λ, log E[e^{λX}]]: mpmath.quad of e^{λx}·npdf(ln x, μ, σ)/x over (0, ∞) at 30 digits. */
const LOG_MGF: [number, number, number, number][] = [
  [0, 1, -1, -0.96297240050030377],
  [1.5, 3, -0.01, -0.24447041691369532],
  [-2, 0.5, -10, -1.2978373932080648],
];

const paramsArb = fc.record({
  mu: fc.double({ min: -20, max: 20, noNaN: true }),
  sigma: fc.double({ min: 0.05, max: 5, noNaN: true }),
});

describe('lognormal kernels against mpmath', () => {
  it('logSf and logCdf to ≤ 1e-13 in |Δlog|/max(1, |log|), t from 1e-300 to 1e300', () => {
    for (const [t, mu, sigma, sf, cdf] of REFERENCE) {
      const label = `(t=${t}; mu=${mu}, sigma=${sigma})`;
      expect(logScaledError(lognormalLogSf(t, mu, sigma), sf), `logSf${label} vs ${sf}`).toBeLessThanOrEqual(1e-13);
      expect(logScaledError(lognormalLogCdf(t, mu, sigma), cdf), `logCdf${label} vs ${cdf}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('logPartialMean to ≤ 1e-14 (log metric) and tailMean to ≤ 1e-12 relative', () => {
    for (const [t, mu, sigma, , , pm, tm] of REFERENCE) {
      const label = `(t=${t}; mu=${mu}, sigma=${sigma})`;
      const got = lognormalLogPartialMean(t, mu, sigma);
      expect(got.sign, `sign of logPartialMean${label}`).toBe(1);
      expect(logScaledError(got.log, pm), `logPartialMean${label} = ${got.log} vs ${pm}`).toBeLessThanOrEqual(1e-14);
      const tail = lognormalTailMean(t, mu, sigma);
      expect(relativeError(tail, tm), `tailMean${label} = ${tail} vs ${tm}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('mean and variance to ≤ 1e-12 relative', () => {
    for (const [mu, sigma, mean, variance] of MOMENTS) {
      expect(relativeError(lognormalMean(mu, sigma), mean), `mean(mu=${mu}, sigma=${sigma})`).toBeLessThanOrEqual(1e-12);
      expect(relativeError(lognormalVariance(mu, sigma), variance), `variance(mu=${mu}, sigma=${sigma})`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('logMgf: 0 at λ = 0, Infinity for λ > 0, quadrature for λ < 0 (≤ 1e-12 absolute)', () => {
    expect(lognormalLogMgf(0, 0, 1)).toBe(0);
    expect(lognormalLogMgf(1e-12, 0, 1)).toBe(Infinity);
    for (const [mu, sigma, lambda, ref] of LOG_MGF) {
      const got = lognormalLogMgf(lambda, mu, sigma);
      expect(Math.abs(got - ref), `logMgf(${lambda}; mu=${mu}, sigma=${sigma}) = ${got} vs ${ref}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('edge values: support [0, ∞), partial mean below the support is the whole mean', () => {
    expect(lognormalLogSf(0, 0, 1)).toBe(0);
    expect(lognormalLogSf(-5, 0, 1)).toBe(0);
    expect(lognormalLogCdf(0, 0, 1)).toBe(-Infinity);
    expect(lognormalLogPdf(0, 0, 1)).toBe(-Infinity);
    expect(lognormalLogSf(Infinity, 0, 1)).toBe(-Infinity);
    expect(lognormalLogPartialMean(-1, 1, 2)).toEqual({ log: 3, sign: 1 });
    expect(lognormalTailMean(0, 1, 2)).toBe(Math.exp(3));
    expect(lognormalLogPartialMean(Infinity, 1, 2).sign).toBe(0);
  });
});

describe('lognormal identities', () => {
  test.prop([fc.double({ min: -8, max: 8, noNaN: true }), paramsArb])('cdf + sf = 1', (z, { mu, sigma }) => {
    const x = Math.exp(mu + sigma * z);
    const d = lognormal({ mu, sigma });
    const total = d.cdf(x) + d.sf(x);
    expect(Math.abs(total - 1), `cdf + sf at x=${x}; mu=${mu}, sigma=${sigma}: ${total}`).toBeLessThanOrEqual(4e-15);
  });

  test.prop([fc.double({ min: -37, max: 8, noNaN: true }), paramsArb])(
    'quantile(cdf(x)) ≈ x (x = e^{μ+σz}, the left tail down to z = −37)',
    (z, { mu, sigma }) => {
      const x = Math.exp(mu + sigma * z);
      const p = Math.exp(lognormalLogCdf(x, mu, sigma));
      const back = lognormalQuantile(p, mu, sigma);
      if (p === 1) {
        expect(back, `quantile(1); mu=${mu}, sigma=${sigma}`).toBe(Infinity);
        return;
      }
      // Δx/x = σ·Δz with Δz ≈ Δp/φ(z): a few ulps of p (p ≤ ½) or 2^-53 absolute (p > ½); plus 1e-13 relative.
      const dp = p <= 0.5 ? 4e-16 * p : 2.3e-16;
      const tol = 1e-13 + (sigma * dp) / Math.exp(lognormalLogPdf(x, mu, sigma) + Math.log(x) + Math.log(sigma));
      expect(relativeError(back, x), `quantile(cdf(${x})) = ${back}; mu=${mu}, sigma=${sigma}, p=${p}`).toBeLessThanOrEqual(tol);
    },
  );

  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), paramsArb])(
    'the tail mean exceeds t and the partial mean never exceeds the mean',
    (u, { mu, sigma }) => {
      const t = u * Math.exp(mu);
      const tm = lognormalTailMean(t, mu, sigma);
      expect(tm, `tailMean(${t}; mu=${mu}, sigma=${sigma})`).toBeGreaterThan(t);
      expect(lognormalLogPartialMean(t, mu, sigma).log, `logPartialMean(${t})`).toBeLessThanOrEqual(mu + 0.5 * sigma * sigma);
    },
  );
});

describe('lognormal factory', () => {
  it('spec, support and tails (subexponential right, bounded left)', () => {
    const d = lognormal({ mu: 1, sigma: 2 });
    expect(d.spec).toEqual({ family: 'lognormal', mu: 1, sigma: 2 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tailClass).toBe('heavy');
    expect(d.tails.right.subexponential).toBe(true);
    expect(d.tails.right.powerIndex).toBe(Infinity);
    expect(d.tails.left.bounded).toBe(true);
    expect(d.tailMean(1e200)).toBe(lognormalTailMean(1e200, 1, 2));
    expect(d.quantile(0.5)).toBe(Math.exp(1));
    expect(d.quantile(0)).toBe(0);
    expect(d.quantile(1)).toBe(Infinity);
  });

  it('throws DomainError naming the parameter', () => {
    expect(() => lognormal({ mu: 0, sigma: 0 })).toThrow(DomainError);
    expect(() => lognormal({ mu: 0, sigma: -1 })).toThrow(/'sigma'/);
    expect(() => lognormal({ mu: Infinity, sigma: 1 })).toThrow(/'mu'/);
    expect(() => lognormal({ mu: NaN, sigma: 1 })).toThrow(/'mu'/);
  });

  it('kernels are total: NaN for invalid parameters', () => {
    expect(lognormalLogSf(1, 0, 0)).toBeNaN();
    expect(lognormalLogCdf(1, NaN, 1)).toBeNaN();
    expect(lognormalLogPdf(NaN, 0, 1)).toBeNaN();
    expect(lognormalLogPartialMean(1, 0, -1).log).toBeNaN();
    expect(lognormalTailMean(1, 0, -1)).toBeNaN();
    expect(lognormalQuantile(-0.1, 0, 1)).toBeNaN();
    expect(lognormalMean(0, 0)).toBeNaN();
    expect(lognormalVariance(Infinity, 1)).toBeNaN();
    expect(lognormalLogMgf(-1, 0, 0)).toBeNaN();
  });
});

describe('lognormal logMgf for λ < 0 with the mass far from 1 (session 7)', () => {
  it('matches mpmath (40 digits, w = (log x − μ)/σ quadrature); quadrature in x gave −0.70 at (−1; −50, 0.01)', () => {
    for (const [lambda, mu, sigma, want] of [
      [-1, -50, 0.01, -1.9288462878672934717e-22],
      [-1e-3, -50, 0.01, -1.9288462878672935118e-25],
      [-1, -10, 0.01, -0.000045402199712650693317],
      [-1, 0, 1, -0.96297240050030376733],
      [-0.5, 1.5, 3, -1.0843824990569404618],
      [-100, 0, 1, -9.8501332816545517799],
      [-1e6, 1.5, 3, -15.188444533773184821],
    ]) {
      expect(relativeError(lognormalLogMgf(lambda, mu, sigma), want), `logMgf(${lambda}; ${mu}, ${sigma})`).toBeLessThanOrEqual(1e-13);
    }
    expect(Object.is(lognormalLogMgf(-5e-324, -700, 0.05), -0), 'λ = −5e-324 at μ = −700 (was NaN)').toBe(true);
    expect(lognormalLogMgf(-Infinity, 0, 1)).toBe(-Infinity);
  });
});
