import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  erfcInverse,
  levy,
  levyLogCdf,
  levyLogMgf,
  levyLogPartialMean,
  levyLogPdf,
  levyLogSf,
  levyMean,
  levyQuantile,
  levyVariance,
} from './levy.ts';

/**
 * [t, μ, c, log F̄(t), log F(t)]: mpmath at 60 digits with w = √(c/(2(t − μ))):
 * log F̄ = log erf(w) (log1p(−erfc(w)) for w > 1), log F = log erfc(w) (log1p(−erf(w)) for w ≤ 1).
 * t runs from μ + 1e-3 (w up to 316, near the support edge) to μ + 1e300 (w ~ 1e-150).
 */
const REFERENCE: [number, number, number, number, number][] = [
  [0.001, 0, 1, -1.795832784800744905e-219, -503.6806665043816760],
  [0.01, 0, 1, -1.523970604832106815e-23, -52.53813796995252422],
  [0.1, 0, 1, -0.001566628780284845874, -6.459612454150121491],
  [1.0, 0, 1, -0.3817151463021260723, -1.147874464449318196],
  [10.0, 0, 1, -1.393639809173277721, -0.2852455311696768418],
  [1000000.0, 0, 1, -7.133546798293520040, -0.0007982029070198693555],
  [1000000000000.0, 0, 1, -14.04130191060916820, -7.978848791127878753e-7],
  [1e+50, 0, 1, -57.79041867749586957, -7.978845608028653254e-26],
  [1e+200, 0, 1, -230.4843006520492958, -7.978845608028653680e-101],
  [1e+300, 0, 1, -345.6135553017515801, -7.978845608028653349e-151],
  [0.001, 0, 0.001, -0.3817151463021260723, -1.147874464449318196],
  [0.01, 0, 0.001, -1.393639809173277721, -0.2852455311696768418],
  [0.1, 0, 0.001, -2.530042001547238528, -0.08300741217032800987],
  [1.0, 0, 0.001, -3.679835647691704255, -0.02555077935595062236],
  [10.0, 0, 0.001, -4.830978205188374698, -0.008010712884424786116],
  [1000000.0, 0, 0.001, -10.58742427128459967, -0.00002523164353123681239],
  [1000000000000.0, 0, 0.001, -17.49517955010007022, -2.523132553851148808e-8],
  [1e+50, 0, 0.001, -61.24429631698693809, -2.523132522020159978e-27],
  [1e+200, 0, 0.001, -233.9381782915403643, -2.523132522020160113e-102],
  [1e+300, 0, 0.001, -349.0674329412426486, -2.523132522020160008e-152],
  [5.001, 5, 2, -9.051619389586116601e-437, -1004.026741958617823],
  [5.01, 5, 2, -2.088487583758070836e-45, -102.8798890248470308],
  [5.1, 5, 2, -7.744246417642676536e-6, -11.76856426015691187],
  [6.0, 5, 2, -0.1711433152410409567, -1.849605509933248249],
  [15.0, 5, 2, -1.063402047154528662, -0.4235463234759657247],
  [1000005.0, 5, 2, -6.786973374680180719, -0.001129015889621354803],
  [1000000000005.0, 5, 2, -13.69472832032936222, -1.128379803715387714e-6],
  [1e+50, 5, 2, -57.44384508721589692, -1.128379167095512531e-25],
  [1e+200, 5, 2, -230.1377270617693232, -1.128379167095512591e-100],
  [1e+300, 5, 2, -345.2669817114716074, -1.128379167095512544e-150],
  [-2.999, -3, 100, -4.762561026326521049e-21718, -50005.98226409038662],
  [-2.99, -3, 100, -2.688358153201838959e-2174, -5004.831061513751735],
  [-2.9, -3, 100, -1.795832784801524500e-219, -503.6806665043812419],
  [-2.0, -3, 100, -1.523970604832105213e-23, -52.53813796995252527],
  [7.0, -3, 100, -0.001566628780284845401, -6.459612454150121792],
  [999997.0, -3, 100, -4.830978205188374709, -0.008010712884424786032],
  [999999999997.0, -3, 100, -11.73871681763162252, -7.978877439053607492e-6],
  [1e+50, -3, 100, -55.48783358450182389, -7.978845608028653254e-25],
  [1e+200, -3, 100, -228.1817155590552501, -7.978845608028653680e-100],
  [1e+300, -3, 100, -343.3109702087575344, -7.978845608028653349e-150],
];

/** [p, erfc⁻¹(p)]: mpmath at 40 digits, findroot of log erfc(w) = log p (p ≤ ½) or erfinv(1 − p). */
const ERFC_INVERSE: [number, number][] = [
  [1e-300, 26.209469960516123886],
  [1e-20, 6.6015806223551425656],
  [0.01, 1.821386367718449668],
  [0.3, 0.73286907795921686905],
  [0.5, 0.47693627620446987338],
  [0.7, 0.27246271472675439801],
  [0.99, 0.0088625012809506057797],
  [1 - 1e-10, 8.86226998779502615e-11],
  [1 - 2 ** -52, 1.9678190753608282596e-16],
];

/** [t, μ, c, log f(t)]: mpmath, ½log(c/2π) − c/(2(t − μ)) − (3/2)log(t − μ). */
const LOG_PDF: [number, number, number, number][] = [
  [1, 0, 1, -1.418938533204672742],
  [5.001, 5, 2, -990.2107320241180404],
  [1e300, 0, 1, -1037.082230380525231],
];

const paramsArb = fc.record({
  mu: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  c: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
});

describe('Lévy kernels against mpmath', () => {
  it('logSf and logCdf to ≤ 1e-13 in |Δlog|/max(1, |log|), from μ + 1e-3 to μ + 1e300', () => {
    for (const [t, mu, c, sf, cdf] of REFERENCE) {
      const label = `(t=${t}; mu=${mu}, c=${c})`;
      expect(logScaledError(levyLogSf(t, mu, c), sf), `logSf${label} = ${levyLogSf(t, mu, c)} vs ${sf}`).toBeLessThanOrEqual(1e-13);
      expect(logScaledError(levyLogCdf(t, mu, c), cdf), `logCdf${label} = ${levyLogCdf(t, mu, c)} vs ${cdf}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('logSf is relatively exact far out where F̄ ≈ √(2c/π(t − μ)) (jStat loses 37–84 % there)', () => {
    for (const t of [1e50, 1e200, 1e300]) {
      const ref = 0.5 * Math.log(2 / (Math.PI * t));
      expect(Math.abs(levyLogSf(t, 0, 1) - ref), `logSf(${t}; mu=0, c=1)`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('logPdf to ≤ 1e-14 in |Δlog|/max(1, |log|)', () => {
    for (const [t, mu, c, ref] of LOG_PDF) {
      expect(logScaledError(levyLogPdf(t, mu, c), ref), `logPdf(${t}; mu=${mu}, c=${c})`).toBeLessThanOrEqual(1e-14);
    }
  });

  it('erfcInverse to ≤ 1e-14 relative', () => {
    for (const [p, ref] of ERFC_INVERSE) {
      expect(relativeError(erfcInverse(p), ref), `erfcInverse(${p}) = ${erfcInverse(p)} vs ${ref}`).toBeLessThanOrEqual(1e-14);
    }
    expect(erfcInverse(0)).toBe(Infinity);
    expect(erfcInverse(1)).toBe(0);
    expect(erfcInverse(1.3)).toBeCloseTo(-erfcInverse(0.7), 15);
    expect(erfcInverse(2.5)).toBeNaN();
  });

  it('mean, variance and partial means are +∞; the MGF has the closed form e^{λμ − √(−2cλ)}', () => {
    expect(levyMean(0, 1)).toBe(Infinity);
    expect(levyVariance(0, 1)).toBe(Infinity);
    expect(levyLogPartialMean(1e300, 0, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(levyLogPartialMean(-5, 0, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(levyLogPartialMean(Infinity, 0, 1).sign).toBe(0);
    expect(levyLogMgf(0, 3, 1)).toBe(0);
    expect(levyLogMgf(1e-12, 3, 1)).toBe(Infinity);
    expect(levyLogMgf(-1, 0, 1)).toBeCloseTo(-Math.SQRT2, 15);
    expect(levyLogMgf(-2, 3, 4)).toBeCloseTo(-6 - 4, 14);
  });

  it('edge values at and below μ', () => {
    expect(levyLogSf(3, 3, 1)).toBe(0);
    expect(levyLogSf(-1, 3, 1)).toBe(0);
    expect(levyLogCdf(3, 3, 1)).toBe(-Infinity);
    expect(levyLogPdf(3, 3, 1)).toBe(-Infinity);
    expect(levyLogSf(Infinity, 3, 1)).toBe(-Infinity);
    expect(levyLogCdf(Infinity, 3, 1)).toBe(0);
  });
});

describe('Lévy identities', () => {
  test.prop([fc.double({ min: -10, max: 700, noNaN: true }), paramsArb])('cdf + sf = 1', (lz, { mu, c }) => {
    const x = mu + c * Math.exp(lz);
    const d = levy({ mu, c });
    const total = d.cdf(x) + d.sf(x);
    expect(Math.abs(total - 1), `cdf + sf at x=${x}; mu=${mu}, c=${c}: ${total}`).toBeLessThanOrEqual(4e-15);
  });

  test.prop([fc.double({ min: -6, max: Math.log(14), noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true })])(
    'quantile(cdf(x)) ≈ x (μ = 0, w = √(c/2x) from 14 near the edge, F ≈ 1e-87, to e^-6 in the tail)',
    (lw, c) => {
      const w = Math.exp(lw);
      const x = c / (2 * w * w);
      const p = Math.exp(levyLogCdf(x, 0, c));
      const back = levyQuantile(p, 0, c);
      // Δx/x = 2Δw/w with Δw = Δp/(2e^{−w²}/√π); Δp: a few ulps of p (p ≤ ½, plus subnormal spacing) or 2^-53.
      const dp = p <= 0.5 ? 4e-16 * p + 5e-324 : 2.3e-16;
      const tol = 1e-13 + (2 * dp) / ((2 / Math.sqrt(Math.PI)) * Math.exp(-w * w) * w);
      expect(relativeError(back, x), `quantile(cdf(${x})) = ${back}; c=${c}, p=${p}`).toBeLessThanOrEqual(tol);
    },
  );

  test.prop([fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true })])(
    'the density is the derivative of the cdf (central difference on the tail side; μ = 0 so x − μ is exact)',
    (u, c) => {
      const x = c * u;
      const h = 1e-6 * x;
      const tail = u >= 0.5 ? (v: number) => -Math.exp(levyLogSf(v, 0, c)) : (v: number) => Math.exp(levyLogCdf(v, 0, c));
      const diff = (tail(x + h) - tail(x - h)) / (2 * h);
      const pdf = Math.exp(levyLogPdf(x, 0, c));
      expect(relativeError(diff, pdf), `pdf(${x}; mu=0, c=${c}) = ${pdf}, difference ${diff}`).toBeLessThanOrEqual(1e-5);
    },
  );
});

describe('levy factory', () => {
  it('fills in μ = 0; power right tail of index ½, bounded left', () => {
    const d = levy({ c: 2 });
    expect(d.spec).toEqual({ family: 'levy', mu: 0, c: 2 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tailClass).toBe('heavy');
    expect(d.tails.right.powerIndex).toBe(0.5);
    expect(d.tails.left.bounded).toBe(true);
    expect(d.mean()).toBe(Infinity);
    expect(d.tailMean(10)).toBe(Infinity);
    expect(d.quantile(0)).toBe(0);
    expect(d.quantile(1)).toBe(Infinity);
  });

  it('throws DomainError naming the parameter', () => {
    expect(() => levy({ c: 0 })).toThrow(DomainError);
    expect(() => levy({ c: -1 })).toThrow(/'c'/);
    expect(() => levy({ mu: NaN, c: 1 })).toThrow(/'mu'/);
  });

  it('kernels are total: NaN for invalid parameters', () => {
    expect(levyLogSf(1, 0, 0)).toBeNaN();
    expect(levyLogCdf(1, Infinity, 1)).toBeNaN();
    expect(levyLogPdf(NaN, 0, 1)).toBeNaN();
    expect(levyLogPartialMean(1, 0, -1).log).toBeNaN();
    expect(levyQuantile(0.5, 0, -1)).toBeNaN();
    expect(levyMean(0, -1)).toBeNaN();
    expect(levyVariance(NaN, 1)).toBeNaN();
    expect(levyLogMgf(-1, 0, NaN)).toBeNaN();
  });
});
