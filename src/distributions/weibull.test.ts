import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  weibull,
  weibullLogCdf,
  weibullLogMgf,
  weibullLogPartialMean,
  weibullLogPdf,
  weibullLogSf,
  weibullMean,
  weibullQuantile,
  weibullTailMean,
  weibullVariance,
} from './weibull.ts';

/**
 * [t, k, λ, log F̄(t), log F(t), log m(t), E[X | X > t]]: mpmath at 60 digits with y = (t/λ)^k:
 * −y, log(−expm1(−y)), log(λ·gammainc(1 + 1/k, y)) (upper incomplete gamma) and λ·gammainc(1 + 1/k, y)·e^y.
 * Covers k = 0.5 out to t = 1e200 (log F̄ = −1e100) and t → 0⁺ (log F = ln y).
 */
const REFERENCE: [number, number, number, number, number, number, number][] = [
  [1e-300, 0.5, 1, -1.000000000000000013e-150, -345.3877639491068526, 0.6931471805599453094, 2.000000000000000000],
  [1e-50, 0.5, 1, -1.000000000000000004e-25, -57.56462732485114210, 0.6931471805599453094, 2.000000000000000000],
  [1e-10, 0.5, 1, -0.00001000000000000000018, -11.51293046496606174, 0.6931471805599451428, 2.000020000100000000],
  [0.01, 0.5, 1, -0.1000000000000000010, -2.352168461044090799, 0.6929925155296614483, 2.210000000000000002],
  [0.5, 0.5, 1, -0.7071067811865475244, -0.6793797705566755265, 0.6575076500118972477, 3.914213562373095049],
  [1, 0.5, 1, -1.000000000000000000, -0.4586751453870818910, 0.6094379124341003746, 5.000000000000000000],
  [3, 0.5, 1, -1.732050807568877294, -0.1947033432982153313, 0.4037830730442054141, 8.464101615137754587],
  [20, 0.5, 1, -4.472135954999579393, -0.01148863333736942509, -1.039948048603420659, 30.94427190999915879],
  [1000.0, 0.5, 1, -31.62277660168379332, -1.846726662409710152e-14, -24.65181598372847393, 1065.245553203367587],
  [10000000000.0, 0.5, 1, -100000.0000000000000, 0.0, -99976.97412907005954, 10000200002.00000000],
  [1e+50, 0.5, 1, -1.000000000000000038e25, 0.0, -1.000000000000000038e25, 1.000000000000000076e50],
  [1e+200, 0.5, 1, -9.999999999999999849e99, 0.0, -9.999999999999999849e99, 9.999999999999999697e199],
  [1e-300, 0.1, 2, -9.330329915368038369e-31, -69.14686750787736889, 15.79755975363545930, 7257599.999999990525],
  [1e-10, 0.1, 2, -0.09330329915368072965, -2.418188757536395430, 15.79755975363545930, 7967354.415309938922],
  [0.5, 0.1, 2, -0.8705505632961241324, -0.5425243506606082785, 15.79755975117503068, 17332784.33631610820],
  [3, 0.1, 2, -1.041379743992410589, -0.4353585085755185511, 15.79755973852035396, 20561675.37850628816],
  [1000.0, 0.1, 2, -1.861645566636069478, -0.1689118754148435051, 15.79755547448577089, 46697493.14042938802],
  [1e+50, 0.1, 2, -93303.29915368080158, 0.0, -93188.16979184915806, 1.000107187685425391e50],
  [1e+200, 0.1, 2, -9.330329915368097948e19, 0.0, -9.330329915368097902e19, 9.999999999999999698e199],
  [1e+300, 0.1, 2, -9.330329915368109951e29, 0.0, -9.330329915368109951e29, 1.000000000000000053e300],
  [1e-100, 0.9, 1, -9.999999999999949052e-91, -207.2326583694641167, 0.05086773869830000983, 1.052183720891293313],
  [0.01, 0.9, 1, -0.01584893192461113353, -4.152567167180031412, 0.05079714842275550178, 1.068917100452007897],
  [1, 0.9, 1, -1.000000000000000000, -0.4586751453870818910, -0.2167674627594033201, 2.188535365552364311],
  [20, 0.9, 1, -14.82268898213895533, -3.652481689335548778e-7, -11.75417848782944746, 21.50983977324924916],
  [1000.0, 0.9, 1, -501.1872336272723619, 0.0, -494.2772633544516275, 1002.217448749652886],
  [1e+50, 0.9, 1, -1.000000000000002625e45, 0.0, -1.000000000000002625e45, 1.000000000000000076e50],
  [1e+200, 0.9, 1, -1.000000000000010198e180, 0.0, -1.000000000000010198e180, 9.999999999999999697e199],
  [1e-100, 1, 3, -3.333333333333333400e-101, -231.3571215880726781, 1.098612288668109691, 3.000000000000000000],
  [0.01, 1, 3, -0.003333333333333333403, -5.705448678359947609, 1.098606745427451027, 3.010000000000000000],
  [1, 1, 3, -0.3333333333333333333, -1.260653604854656547, 1.052961027786557286, 4.000000000000000000],
  [20, 1, 3, -6.666666666666666667, -0.001273444287443613907, -3.531172450737516976, 23.00000000000000000],
  [1000.0, 1, 3, -333.3333333333333333, 0.0, -326.4225825453713978, 1003.000000000000000],
  [1e+50, 1, 3, -3.333333333333333588e49, 0.0, -3.333333333333333588e49, 1.000000000000000076e50],
  [1e+200, 1, 3, -3.333333333333333232e199, 0.0, -3.333333333333333232e199, 9.999999999999999697e199],
  [1e-100, 2, 1, -1.000000000000000040e-200, -460.5170185988091368, -0.1207822376352452223, 0.8862269254527580136],
  [0.01, 2, 1, -0.0001000000000000000042, -9.210390371559516028, -0.1207829898431726396, 0.8863148858832515296],
  [1, 2, 1, -1.000000000000000000, -0.4586751453870818910, -0.6786877560915928925, 1.378936078070656053],
  [3, 2, 1, -9.000000000000000000, -0.0001234174197031195051, -7.849859825172878526, 3.158635639863987539],
  [20, 2, 1, -400.0000000000000000, 0.0, -397.0030200617802980, 20.02496886646141569],
  [1000.0, 2, 1, -1000000.000000000000, 0.0, -999993.0922442210182, 1000.000499999750000],
  [1e+50, 2, 1, -1.000000000000000153e100, 0.0, -1.000000000000000153e100, 1.000000000000000076e50],
  [1e+150, 2, 1, -9.999999999999999617e299, 0.0, -9.999999999999999617e299, 9.999999999999999808e149],
  [1e-50, 5, 0.5, -3.200000000000000122e-249, -572.1805373457116944, -0.7785212705632611591, 0.4590843711998803053],
  [0.01, 5, 0.5, -3.200000000000000333e-9, -19.56011502874073019, -0.7785212706213477948, 0.4590843726422836288],
  [0.5, 5, 0.5, -1.000000000000000000, -0.4586751453870818910, -1.570280865044675729, 0.5653666246756294566],
  [1, 5, 0.5, -32.00000000000000000, -1.266416554909425591e-14, -31.99391669119914418, 1.006101849701446612],
  [3, 5, 0.5, -7776.000000000000000, 0.0, -7774.901361994143466, 3.000077152557341664],
  [20, 5, 0.5, -102400000.0000000000, 0.0, -102399997.0042677245, 20.00000003906249969],
  [1000.0, 5, 0.5, -32000000000000000.00, 0.0, -31999999999999993.09, 1000.000000000000006],
  [1e+50, 5, 0.5, -3.200000000000001221e251, 0.0, -3.200000000000001221e251, 1.000000000000000076e50],
];

/** [k, λ, E[X], Var X]: mpmath at 60 digits, λΓ(1 + 1/k) and λ²(Γ(1 + 2/k) − Γ(1 + 1/k)²). */
const MOMENTS: [number, number, number, number][] = [
  [0.5, 1, 2, 20],
  [0.1, 2, 7257599.999999990525, 9731555359948767366],
  [0.9, 1, 1.052183720891293313, 1.371503394658797179],
  [1, 3, 3, 9],
  [2, 1, 0.8862269254527580136, 0.2146018366025516904],
  [5, 0.5, 0.4590843711998803053, 0.01105749449577933278],
  [100, 1, 0.9943258511915060371, 0.0001603049162002611261],
];

/** [k, λ, θ, log E[e^{θX}]]: mpmath.quad of e^{θx}·(k/λ)(x/λ)^{k−1}e^{−(x/λ)^k} over (0, ∞) at 30 digits. */
const LOG_MGF: [number, number, number, number][] = [
  [0.5, 1, -2, -0.82512040894889118],
  [2, 1, 1, 1.0043874786615189],
  [2, 1, -1, -0.78886843852842568],
  [5, 0.5, 3, 1.4256445152740575],
  [0.9, 1, -0.5, -0.40647383997604864],
];

/**
 * [θ, k, λ, log E[e^{θX}]] for k > 1 at large θ (the peak y* = (θλ/k)^{1/(k−1)} far out): mpmath with
 * y = y*(1 + σs), σ = 1/√(A·k(k − 1)), A = (θλ/k)^{k/(k−1)}: log(kA) + (k − 1)A + log σ +
 * log quad((1 + σs)^{k−1}·exp(A·(k(1 + σs) − (1 + σs)^k − (k − 1))), s over (−1/σ, ∞)), dps = 50 + 2·log10 A;
 * for A > 1e60 the Laplace value log(kA) + (k − 1)A + ½log(2π/(A·k(k − 1))) (error O(1/A)). θλ < k: log quad
 * of k·y^{k−1}e^{−y^k + θλy} at dps 40. Check: k = 2, θ = 10 equals log(1 + θe^{θ²/4}(√π/2)(1 + erf(θ/2))).
 * Relative conditioning in k is (k/(k − 1)²)·log(θλ/k): 1 ulp of k = 1.01 moves log M by ~1e-11 at θ = 1000.
 */
const LOG_MGF_LARGE_THETA: [number, number, number, number][] = [
  [2, 1.01, 1, 9.2804879251502170103e27],
  [5, 1.01, 1, 1.4438154536052737028e68],
  [50, 1.01, 1, 1.4438154536049784271e169],
  [1000, 1.01, 1, 3.6605070527613144385e300],
  [2, 1.1, 1, 77.18656632704180353],
  [5, 1.1, 1, 1711406.4391501389533],
  [100, 1.1, 1, 3.5049389948137845839e20],
  [1e4, 1.1, 1, 3.5049389948136412241e42],
  [1e6, 1.1, 1, 3.5049389948134978647e64],
  [1.1, 1.1, 1, 2.2280470836114363636],
  [2, 1.5, 1, 3.0649357439589944722],
  [1000, 1.5, 1, 148148159.36982808181],
  [10, 2, 1, 27.874950035918760585],
  [1e6, 2, 1, 250000000014.3878755],
  [50, 5, 1, 73.603987843439903168],
  [1e6, 5, 1, 16917948.87435475153],
  [3, 1.01, 2.5, 8.8049896644191979214e85],
  [1, 1.001, 1, 5.2025533421411045471],
  [1.0005, 1.001, 1, 5.2829061856869511865],
  [0.99, 1.0001, 1, 4.5571194892117519288],
  [-10, 1.1, 1, -2.5750394547614922287],
];

const paramsArb = fc.record({
  k: fc.oneof(fc.constantFrom(0.1, 0.5, 1, 2), fc.double({ min: 0.1, max: 10, noNaN: true })),
  lambda: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
});

describe('Weibull kernels against mpmath', () => {
  it('logSf and logCdf to ≤ 1e-13 in |Δlog|/max(1, |log|), t from 1e-300 to 1e300', () => {
    for (const [t, k, lambda, sf, cdf] of REFERENCE) {
      const label = `(t=${t}; k=${k}, lambda=${lambda})`;
      expect(logScaledError(weibullLogSf(t, k, lambda), sf), `logSf${label} vs ${sf}`).toBeLessThanOrEqual(1e-13);
      expect(logScaledError(weibullLogCdf(t, k, lambda), cdf), `logCdf${label} vs ${cdf}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('logPartialMean to ≤ 1e-14 (log metric) and tailMean to ≤ 1e-12 relative', () => {
    for (const [t, k, lambda, , , pm, tm] of REFERENCE) {
      const label = `(t=${t}; k=${k}, lambda=${lambda})`;
      const got = weibullLogPartialMean(t, k, lambda);
      expect(got.sign, `sign of logPartialMean${label}`).toBe(1);
      expect(logScaledError(got.log, pm), `logPartialMean${label} = ${got.log} vs ${pm}`).toBeLessThanOrEqual(1e-14);
      const tail = weibullTailMean(t, k, lambda);
      expect(relativeError(tail, tm), `tailMean${label} = ${tail} vs ${tm}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('mean and variance to ≤ 1e-12 relative', () => {
    for (const [k, lambda, mean, variance] of MOMENTS) {
      expect(relativeError(weibullMean(k, lambda), mean), `mean(k=${k}, lambda=${lambda})`).toBeLessThanOrEqual(1e-12);
      expect(relativeError(weibullVariance(k, lambda), variance), `variance(k=${k}, lambda=${lambda})`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('logMgf: Infinity for θ > 0 when k < 1, the exponential closed form at k = 1, quadrature otherwise', () => {
    expect(weibullLogMgf(0, 0.5, 1)).toBe(0);
    expect(weibullLogMgf(1e-9, 0.5, 1)).toBe(Infinity);
    expect(weibullLogMgf(0.2, 1, 3)).toBeCloseTo(-Math.log1p(-0.6), 15);
    expect(weibullLogMgf(1 / 3, 1, 3)).toBe(Infinity);
    expect(weibullLogMgf(-1, 1, 3)).toBeCloseTo(-Math.log(4), 15);
    for (const [k, lambda, theta, ref] of LOG_MGF) {
      const got = weibullLogMgf(theta, k, lambda);
      expect(Math.abs(got - ref), `logMgf(${theta}; k=${k}, lambda=${lambda}) = ${got} vs ${ref}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('logMgf for k > 1 at large θ matches mpmath to 1e-13 (log-scaled), finite up to where (k − 1)A overflows', () => {
    for (const [theta, k, lambda, ref] of LOG_MGF_LARGE_THETA) {
      const got = weibullLogMgf(theta, k, lambda);
      expect(logScaledError(got, ref), `logMgf(${theta}; k=${k}, lambda=${lambda}) = ${got} vs ${ref}`).toBeLessThanOrEqual(1e-13);
    }
    expect(weibullLogMgf(1e5, 1.01, 1), 'logMgf(1e5; k=1.01): log M ≈ 3.7e502 overflows').toBe(Infinity);
  });

  test.prop([fc.double({ min: 1 + 1e-3, max: 5, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: 1e-2, max: 1e2, noNaN: true })])(
    'logMgf for k > 1 is never NaN and obeys Jensen, log E[e^{θX}] ≥ θ·E[X]',
    (k, theta, lambda) => {
      const got = weibullLogMgf(theta, k, lambda);
      const jensen = theta * weibullMean(k, lambda);
      expect(got, `logMgf(${theta}; k=${k}, lambda=${lambda}) = ${got}`).toBeGreaterThanOrEqual(jensen * (1 - 1e-12));
    },
  );

  it('edge values at the support edge 0 and below', () => {
    expect(weibullLogSf(0, 0.5, 1)).toBe(0);
    expect(weibullLogSf(-1, 0.5, 1)).toBe(0);
    expect(weibullLogCdf(0, 0.5, 1)).toBe(-Infinity);
    expect(weibullLogPdf(0, 0.5, 1)).toBe(Infinity);
    expect(weibullLogPdf(0, 1, 4)).toBe(-Math.log(4));
    expect(weibullLogPdf(0, 2, 1)).toBe(-Infinity);
    expect(weibullLogPdf(-1, 2, 1)).toBe(-Infinity);
    expect(weibullLogPartialMean(-1, 0.5, 3).log).toBeCloseTo(Math.log(6), 14);
    expect(weibullTailMean(0, 0.5, 3)).toBeCloseTo(6, 13);
    expect(weibullLogPartialMean(Infinity, 0.5, 3).sign).toBe(0);
  });
});

describe('Weibull identities', () => {
  test.prop([fc.double({ min: -30, max: 3, noNaN: true }), paramsArb])('cdf + sf = 1', (ly, { k, lambda }) => {
    const x = lambda * Math.exp(ly / k);
    const d = weibull({ k, lambda });
    const total = d.cdf(x) + d.sf(x);
    expect(Math.abs(total - 1), `cdf + sf at x=${x}; k=${k}, lambda=${lambda}: ${total}`).toBeLessThanOrEqual(4e-15);
  });

  test.prop([fc.double({ min: -700, max: 3.5, noNaN: true }), paramsArb])(
    'quantile(cdf(x)) ≈ x (x = λy^{1/k}, y = e^{ly} down to e^-700)',
    (ly, { k, lambda }) => {
      const x = lambda * Math.exp(ly / k);
      const p = Math.exp(weibullLogCdf(x, k, lambda));
      const back = weibullQuantile(p, k, lambda);
      const y = Math.exp(ly);
      // Δx/x = Δy/(k·y) with Δy = Δp/e^{−y}; Δp: a few ulps of p (p ≤ ½, plus subnormal spacing) or 2^-53;
      // pow(·, 1/k) adds |log y|·ulp/k.
      const dp = p <= 0.5 ? 4e-16 * p + 5e-324 : 2.3e-16;
      const tol = 1e-13 + (1e-16 * Math.abs(ly) + dp / (y * Math.exp(-y))) / k;
      expect(relativeError(back, x), `quantile(cdf(${x})) = ${back}; k=${k}, lambda=${lambda}, p=${p}`).toBeLessThanOrEqual(tol);
    },
  );

  test.prop([fc.double({ min: -5, max: 60, noNaN: true }), paramsArb])(
    'the mean excess E[X | X > t] − t is on the right side of 1/hazard(t) = t/(k·y): ≥ for k ≤ 1 (DFR), ≤ for k ≥ 1 (IFR)',
    (ly, { k, lambda }) => {
      const t = lambda * Math.exp(ly / k);
      const tm = weibullTailMean(t, k, lambda);
      const bound = t + t / (k * Math.exp(ly));
      const label = `tailMean(${t}; k=${k}, lambda=${lambda}) = ${tm}, t + 1/hazard = ${bound}`;
      expect(tm, label).toBeGreaterThanOrEqual(t);
      if (k <= 1) expect(tm, label).toBeGreaterThanOrEqual(bound * (1 - 1e-12));
      if (k >= 1) expect(tm, label).toBeLessThanOrEqual(bound * (1 + 1e-12));
    },
  );
});

describe('weibull factory', () => {
  it('spec, support and tails by k: heavy (k < 1), exponential (k = 1), strongly light and ratio-light (k > 1)', () => {
    const heavy = weibull({ k: 0.5, lambda: 2 });
    expect(heavy.spec).toEqual({ family: 'weibull', k: 0.5, lambda: 2 });
    expect(heavy.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(heavy.tailClass).toBe('heavy');
    expect(heavy.tails.right.subexponential).toBe(true);
    expect(heavy.tails.left.bounded).toBe(true);
    const exponential = weibull({ k: 1, lambda: 4 });
    expect(exponential.tailClass).toBe('light');
    expect(exponential.mgfSup).toBe(0.25);
    expect(exponential.tails.right.ratioLight).toBe(false);
    const light = weibull({ k: 2, lambda: 1 });
    expect(light.tailClass).toBe('stronglyLight');
    expect(light.mgfSup).toBe(Infinity);
    expect(light.tails.right.ratioLight).toBe(true);
    expect(heavy.tailMean(1e200)).toBe(weibullTailMean(1e200, 0.5, 2));
  });

  it('throws DomainError naming the parameter', () => {
    expect(() => weibull({ k: 0, lambda: 1 })).toThrow(DomainError);
    expect(() => weibull({ k: -1, lambda: 1 })).toThrow(/'k'/);
    expect(() => weibull({ k: 1, lambda: 0 })).toThrow(/'lambda'/);
    expect(() => weibull({ k: 1, lambda: NaN })).toThrow(/'lambda'/);
  });

  it('kernels are total: NaN for invalid parameters', () => {
    expect(weibullLogSf(1, 0, 1)).toBeNaN();
    expect(weibullLogCdf(1, 1, -1)).toBeNaN();
    expect(weibullLogPdf(NaN, 1, 1)).toBeNaN();
    expect(weibullLogPartialMean(1, NaN, 1).log).toBeNaN();
    expect(weibullTailMean(1, 1, 0)).toBeNaN();
    expect(weibullQuantile(2, 1, 1)).toBeNaN();
    expect(weibullMean(-1, 1)).toBeNaN();
    expect(weibullVariance(1, Infinity)).toBeNaN();
    expect(weibullLogMgf(-1, 0, 1)).toBeNaN();
  });
});
