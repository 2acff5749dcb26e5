import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
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

/**
 * [t, α, s, m, log F̄(t), log F(t), log|m(t)|, sign m(t), E[X | X > t]]: mpmath at 60 digits with
 * y = ((t − m)/s)^{−α}: log(−expm1(−y)), −y, m(t) = s·gammainc(1 − 1/α, 0, y) + m·(−expm1(−y)) (α > 1;
 * +∞ otherwise) and m(t)/F̄(t). t runs from m + 1e-3 (near the support edge) to m + 1e200.
 */
const REFERENCE: [number, number, number, number, number, number, number, number, number][] = [
  [0.001, 0.5, 1, 0, -1.846726662409710760e-14, -31.62277660168379299, Infinity, 1, Infinity],
  [0.05, 0.5, 1, 0, -0.01148863333736942652, -4.472135954999579269, Infinity, 1, Infinity],
  [0.3, 0.5, 1, 0, -0.1756614897507081241, -1.825741858350553745, Infinity, 1, Infinity],
  [1.0, 0.5, 1, 0, -0.4586751453870818910, -1.000000000000000000, Infinity, 1, Infinity],
  [2.0, 0.5, 1, 0, -0.6793797705566755265, -0.7071067811865475244, Infinity, 1, Infinity],
  [10.0, 0.5, 1, 0, -1.305243229559846681, -0.3162277660168379332, Infinity, 1, Infinity],
  [100000.0, 0.5, 1, 0, -5.758043454648566455, -0.003162277660168379332, Infinity, 1, Infinity],
  [1e+50, 0.5, 1, 0, -57.56462732485114214, -9.999999999999999619e-26, Infinity, 1, Infinity],
  [1e+200, 0.5, 1, 0, -230.2585092994045684, -1.000000000000000015e-100, Infinity, 1, Infinity],
  [0.001, 1.5, 1, 0, 0.0, -31622.77660168379233, 0.9854206469277670692, 1, 2.678938534707747634],
  [0.05, 1.5, 1, 0, -1.430607997196601376e-39, -89.44271909999158041, 0.9854206469277670692, 1, 2.678938534707747634],
  [0.3, 1.5, 1, 0, -0.002277521132486002753, -6.085806194501846043, 0.9851882909609153924, 1, 2.684423012900021945],
  [1.0, 1.5, 1, 0, -0.4586751453870818910, -1.000000000000000000, 0.8848139125378899608, 1, 3.832391642044422857],
  [2.0, 1.5, 1, 0, -1.211294547411031848, -0.3535533905932737622, 0.6684951131776934265, 1, 6.552126546798755001],
  [10.0, 1.5, 1, 0, -3.469647361472460467, -0.03162277660168379332, -0.06054590048619223956, 1, 30.23806197067519207],
  [100000.0, 1.5, 1, 0, -17.26938821326673089, -3.162277660168379332e-8, -4.657850451722698629, 1, 300000.0023717082541],
  [1e+50, 1.5, 1, 0, -172.6938819745534264, -9.999999999999998856e-76, -56.46601503618303245, 1, 3.000000000000000229e50],
  [1e+200, 1.5, 1, 0, -690.7755278982137052, -1.000000000000000045e-300, -229.1598970107364587, 1, 2.999999999999999909e200],
  [-4.999, 3, 2, -5, 0.0, -7999999999.991985078, 0.8293218795718430572, -1, -2.291764121147199166],
  [-4.95, 3, 2, -5, 0.0, -64000.00000000068212, 0.8293218795718430572, -1, -2.291764121147199166],
  [-4.7, 3, 2, -5, 0.0, -296.2962962962968226, 0.8293218795718430572, -1, -2.291764121147199166],
  [-4.0, 3, 2, -5, -0.0003355189080768201739, -8.000000000000000000, 0.8287308983244969769, -1, -2.291178736498806934],
  [-3.0, 3, 2, -5, -0.4586751453870818910, -1.000000000000000000, 0.05942466531727482671, -1, -1.678834513506351951],
  [5.0, 3, 2, -5, -4.832311070637056678, -0.008000000000000000000, -2.528525898899428338, 1, 10.01200799126221198],
  [99995.0, 3, 2, -5, -32.45933485323085333, -8.000000000000000000e-15, -20.54097761404136096, 1, 149995.0000000001200],
  [1e+50, 3, 2, -5, -343.3083224074270169, -7.999999999999998169e-150, -227.7736026496165682, 1, 1.500000000000000114e50],
  [1e+200, 3, 2, -5, -1379.471614254747574, -8.000000000000000726e-600, -918.5491305478302732, 1, 1.499999999999999955e200],
  [10.001, 1.01, 0.5, 10, 0.0, -532.0588903739846228, 4.097942157711472206, 1, 60.21624447620628096],
  [10.05, 1.01, 0.5, 10, -0.00003596688372431568872, -10.23292992280739465, 4.097936157430888917, 1, 60.21804897954442518],
  [10.3, 1.01, 0.5, 10, -0.2073567066889517125, -1.675202209371664856, 4.065679802143566564, 1, 71.73914176002779657],
  [11.0, 1.01, 0.5, 10, -0.9380995446210179249, -0.4965462477185179477, 3.986167481777704595, 1, 137.5884559680420629],
  [12.0, 1.01, 0.5, 10, -1.520904719136577006, -0.2465581761233397902, 3.948867223986599752, 1, 237.4060445059114969],
  [20.0, 1.01, 0.5, 10, -3.049853663128426799, -0.04852434751964800198, 3.901168618320073628, 1, 1044.216666057911699],
  [100010.0, 1.01, 0.5, 10, -12.32813558472120507, -4.425473091059202767e-6, 3.799913556535439512, 1, 10100031.91044649242],
  [1e+50, 1.01, 0.5, 10, -116.9806258485648529, -1.570217106400701673e-51, 2.763749317978689938, 1, 1.009999999999999189e52],
  [1e+200, 1.01, 0.5, 10, -465.8222674371627770, -4.965462477185159319e-203, -0.6901283215123816551, 1, 1.009999999999999081e202],
  [0.001, 10, 1, 0, 0.0, -9.999999999999997918e29, 0.06637623973474297119, 1, 1.068628702119319355],
  [0.05, 10, 1, 0, 0.0, -10239999999999.99432, 0.06637623973474297119, 1, 1.068628702119319355],
  [0.3, 10, 1, 0, 0.0, -169350.8780843029298, 0.06637623973474297119, 1, 1.068628702119319355],
  [1.0, 10, 1, 0, -0.4586751453870818910, -1.000000000000000000, -0.3260851222468288942, 1, 1.141781798245690810],
  [2.0, 10, 1, 0, -6.931960047113023560, -0.0009765625000000000000, -6.133426650626101363, 1, 2.222279334665345184],
  [10.0, 10, 1, 0, -23.02585092999045684, -1.000000000000000000e-10, -20.61790532133595328, 1, 11.11111111114035088],
  [100000.0, 10, 1, 0, -115.1292546497022842, -1.000000000000000000e-50, -103.5109686690742295, 1, 111111.1111111111111],
  [1e+50, 10, 1, 0, -1151.292546497022843, -9.999999999999992370e-501, -1036.057931331662732, 1, 1.111111111111111196e50],
  [1e+200, 10, 1, 0, -4605.170185988091368, -1.000000000000000303e-2000, -4144.547806873624405, 1, 1.111111111111111077e200],
];

/** [α, s, m, E[X], Var X]: mpmath, m + sΓ(1 − 1/α) and s²(Γ(1 − 2/α) − Γ(1 − 1/α)²) (Infinity for α ≤ 2). */
const MOMENTS: [number, number, number, number, number][] = [
  [1.5, 1, 0, 2.678938534707747634, Infinity],
  [3, 2, -5, -2.291764121147199166, 3.38121256332538802],
  [1.01, 0.5, 10, 60.21624447620628096, Infinity],
  [10, 1, 0, 1.068628702119319355, 0.02226241073208239493],
  [2.5, 1, 0, 1.489192248812817102, 2.373150158074627693],
];

/** [α, s, m, λ, log E[e^{λX}]]: mpmath.quad of e^{λx}·f(x) over (m, ∞) at 30 digits. */
const LOG_MGF: [number, number, number, number, number][] = [
  [1.5, 1, 0, -1, -1.2565496185064142],
  [3, 2, -5, -0.5, 1.3248445788791118],
  [0.5, 1, 0, -0.1, -0.45525999202868587],
];

const paramsArb = fc.record({
  alpha: fc.oneof(fc.constantFrom(0.5, 1, 1.01, 2, 3), fc.double({ min: 0.2, max: 20, noNaN: true })),
  s: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
});

describe('Fréchet kernels against mpmath', () => {
  it('logSf and logCdf to ≤ 1e-13 in |Δlog|/max(1, |log|), from m⁺ to m + 1e200', () => {
    for (const [t, alpha, s, m, sf, cdf] of REFERENCE) {
      const label = `(t=${t}; alpha=${alpha}, s=${s}, m=${m})`;
      expect(logScaledError(frechetLogSf(t, alpha, s, m), sf), `logSf${label} vs ${sf}`).toBeLessThanOrEqual(1e-13);
      expect(logScaledError(frechetLogCdf(t, alpha, s, m), cdf), `logCdf${label} vs ${cdf}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('logPartialMean to ≤ 1e-14 (log metric) with its sign, tailMean to ≤ 1e-12 relative; +∞ for α ≤ 1', () => {
    for (const [t, alpha, s, m, , , pm, sign, tm] of REFERENCE) {
      const label = `(t=${t}; alpha=${alpha}, s=${s}, m=${m})`;
      const got = frechetLogPartialMean(t, alpha, s, m);
      expect(got.sign, `sign of logPartialMean${label}`).toBe(sign);
      expect(logScaledError(got.log, pm), `logPartialMean${label} = ${got.log} vs ${pm}`).toBeLessThanOrEqual(1e-14);
      const tail = frechetTailMean(t, alpha, s, m);
      expect(relativeError(tail, tm), `tailMean${label} = ${tail} vs ${tm}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('mean and variance to ≤ 1e-12 relative; Infinity where they diverge', () => {
    for (const [alpha, s, m, mean, variance] of MOMENTS) {
      const label = `(alpha=${alpha}, s=${s}, m=${m})`;
      expect(relativeError(frechetMean(alpha, s, m), mean), `mean${label}`).toBeLessThanOrEqual(1e-12);
      expect(relativeError(frechetVariance(alpha, s, m), variance), `variance${label}`).toBeLessThanOrEqual(1e-12);
    }
    expect(frechetMean(1, 1, 0)).toBe(Infinity);
    expect(frechetMean(0.5, 1, -3)).toBe(Infinity);
    expect(frechetVariance(0.5, 1, 0)).toBe(Infinity);
    expect(frechetVariance(2, 1, 0)).toBe(Infinity);
  });

  it('logMgf: 0 at λ = 0, Infinity for λ > 0, quadrature for λ < 0 (≤ 1e-12 absolute)', () => {
    expect(frechetLogMgf(0, 3, 1, 0)).toBe(0);
    expect(frechetLogMgf(1e-9, 30, 1, 0)).toBe(Infinity);
    for (const [alpha, s, m, lambda, ref] of LOG_MGF) {
      const got = frechetLogMgf(lambda, alpha, s, m);
      expect(Math.abs(got - ref), `logMgf(${lambda}; alpha=${alpha}, s=${s}, m=${m}) = ${got} vs ${ref}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('edge values at and below the support edge m', () => {
    expect(frechetLogSf(2, 3, 1, 2)).toBe(0);
    expect(frechetLogSf(1, 3, 1, 2)).toBe(0);
    expect(frechetLogSf(2 + 1e-300, 3, 1, 2)).toBe(0);
    expect(frechetLogCdf(2, 3, 1, 2)).toBe(-Infinity);
    expect(frechetLogPdf(2, 3, 1, 2)).toBe(-Infinity);
    expect(frechetLogSf(Infinity, 3, 1, 2)).toBe(-Infinity);
    const whole = frechetLogPartialMean(-10, 3, 2, -5);
    expect(whole.sign).toBe(-1);
    expect(relativeError(Math.exp(whole.log), 2.291764121147199166)).toBeLessThanOrEqual(1e-14);
    expect(frechetTailMean(-5, 3, 2, -5)).toBe(frechetMean(3, 2, -5));
    expect(frechetLogPartialMean(0.5, 1, 1, 0)).toEqual({ log: Infinity, sign: 1 });
  });
});

describe('Fréchet identities', () => {
  test.prop([fc.double({ min: -5, max: 30, noNaN: true }), paramsArb])('cdf + sf = 1', (ly, { alpha, s }) => {
    const x = s * Math.exp(-ly / alpha);
    const d = frechet({ alpha, s });
    const total = d.cdf(x) + d.sf(x);
    expect(Math.abs(total - 1), `cdf + sf at x=${x}; alpha=${alpha}, s=${s}: ${total}`).toBeLessThanOrEqual(4e-15);
  });

  test.prop([fc.double({ min: -36, max: 6.5, noNaN: true }), paramsArb])(
    'quantile(cdf(x)) ≈ x (x = s·y^{−1/α}, from the far tail y = e^-36 to near the edge)',
    (ly, { alpha, s }) => {
      const x = s * Math.exp(-ly / alpha);
      const p = Math.exp(frechetLogCdf(x, alpha, s, 0));
      const back = frechetQuantile(p, alpha, s, 0);
      const y = Math.exp(ly);
      // Δx/x = Δy/(α·y) with Δy = Δp/p; Δp: a few ulps of p (p ≤ ½, plus subnormal spacing) or 2^-53.
      const dp = p <= 0.5 ? 4e-16 * p + 5e-324 : 2.3e-16;
      const tol = 1e-13 + (1e-16 * Math.abs(ly) + dp / (p * y)) / alpha;
      expect(relativeError(back, x), `quantile(cdf(${x})) = ${back}; alpha=${alpha}, s=${s}, p=${p}`).toBeLessThanOrEqual(tol);
    },
  );

  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -3, max: 690, noNaN: true }), paramsArb])(
    'shifting by m shifts logSf, the tail mean and the partial mean consistently',
    (m, lz, { alpha, s }) => {
      const z = s * Math.exp(lz);
      const label = `(m=${m}, z=${z}; alpha=${alpha}, s=${s})`;
      const t = m + z;
      const shifted = frechetLogSf(t, alpha, s, m);
      const base = frechetLogSf(t - m, alpha, s, 0);
      expect(logScaledError(shifted, base), `logSf${label}`).toBeLessThanOrEqual(1e-12);
      if (alpha > 1) {
        const tm = frechetTailMean(t, alpha, s, m);
        const tm0 = frechetTailMean(t - m, alpha, s, 0);
        expect(Math.abs(tm - m - tm0), `tailMean${label} = ${tm} vs m + ${tm0}`).toBeLessThanOrEqual(1e-12 * (Math.abs(tm) + Math.abs(m)));
      }
    },
  );
});

describe('frechet factory', () => {
  it('fills in defaults; power right tail of index α, bounded left', () => {
    const d = frechet({ alpha: 2.5 });
    expect(d.spec).toEqual({ family: 'frechet', alpha: 2.5, s: 1, m: 0 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tailClass).toBe('heavy');
    expect(d.tails.right.powerIndex).toBe(2.5);
    expect(d.tails.left.bounded).toBe(true);
    expect(frechet({ alpha: 2, s: 3, m: -1 }).support.lower).toBe(-1);
    expect(d.tailMean(1e200)).toBe(frechetTailMean(1e200, 2.5, 1, 0));
    expect(d.quantile(0)).toBe(0);
    expect(d.quantile(1)).toBe(Infinity);
  });

  it('throws DomainError naming the parameter', () => {
    expect(() => frechet({ alpha: 0 })).toThrow(DomainError);
    expect(() => frechet({ alpha: -2 })).toThrow(/'alpha'/);
    expect(() => frechet({ alpha: 2, s: 0 })).toThrow(/'s'/);
    expect(() => frechet({ alpha: 2, m: Infinity })).toThrow(/'m'/);
  });

  it('kernels are total: NaN for invalid parameters', () => {
    expect(frechetLogSf(1, 0)).toBeNaN();
    expect(frechetLogCdf(1, 2, -1)).toBeNaN();
    expect(frechetLogPdf(NaN, 2)).toBeNaN();
    expect(frechetLogPartialMean(1, 2, 1, NaN).log).toBeNaN();
    expect(frechetTailMean(1, NaN)).toBeNaN();
    expect(frechetQuantile(-1, 2)).toBeNaN();
    expect(frechetMean(2, 0)).toBeNaN();
    expect(frechetVariance(-3)).toBeNaN();
    expect(frechetLogMgf(-1, 2, 1, Infinity)).toBeNaN();
  });
});

describe('frechet: edges found by the mutation-survivor analysis (session 7)', () => {
  it('quantile(1) = +∞ for every α, including 1/α odd (pow(−0, −1) is −∞)', () => {
    for (const alpha of [1, 1 / 3, 0.2, 2, 0.7]) {
      expect(frechetQuantile(1, alpha), `quantile(1; α=${alpha})`).toBe(Infinity);
      expect(frechet({ alpha, s: 2, m: -1 }).quantile(1), `built quantile(1; α=${alpha})`).toBe(Infinity);
    }
  });
  it('t − m past the double range with z = (t − m)/s inside it (mpmath, 40 digits)', () => {
    // t = 1.5e308, m = −1.5e308, s = 10, α = 0.001: y = (3e307)^{−0.001}
    const [t, m] = [1.5e308, -1.5e308];
    expect(logScaledError(frechetLogCdf(t, 0.001, 10, m), -0.4926322946623079382), 'logCdf').toBeLessThanOrEqual(1e-14);
    expect(logScaledError(frechetLogSf(t, 0.001, 10, m), -0.94421681427760351045), 'logSf').toBeLessThanOrEqual(1e-14);
    expect(logScaledError(frechetLogPdf(t, 0.001, 10, m), -718.4032007403164655), 'logPdf').toBeLessThanOrEqual(1e-15);
    // α = 50, s = 1e300: E[X | X > t] = m + s·γ(1 − 1/α, y)/(1 − e^{−y}) = 1.5612244897959183845e308 (finite)
    expect(relativeError(frechetTailMean(t, 50, 1e300, m), 1.5612244897959183845e308), 'tailMean').toBeLessThanOrEqual(1e-14);
  });
});

describe('frechet: log z on its fallback routes (mutation survivors, session 7)', () => {
  it('z and t − m both overflow (t = 1.5e308, m = −1.5e308, s = ½), and z subnormal (t = 1 + 2^−52, m = 1, s = 1e300)', () => {
    // mpmath, 40 digits: −((t − m)/s)^{−α}. The first is good to α·ulp(log z) ≈ 5e-14 relative (log z ≈ 710.4).
    expect(relativeError(frechetLogCdf(1.5e308, 0.5, 0.5, -1.5e308), -4.0824829046386301413e-155), 'z overflowing').toBeLessThanOrEqual(1e-12);
    expect(relativeError(frechetLogCdf(1 + 2 ** -52, 0.001, 1e300, 1), -2.0684906387513943873), 'z subnormal').toBeLessThanOrEqual(1e-14);
  });
});
