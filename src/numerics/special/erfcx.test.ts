import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logScaledError, relativeError } from '../tolerance.ts';
import { erf, erfc, erfcx, erfcxRatio, expNegSquare, logErfc } from './erfcx.ts';

type Table = readonly (readonly [number, number])[];
/** [x, e^(x²)·erfc(x)]: mpmath, dps = 50, exp(x**2)*erfc(x) (for x > 1e6 the asymptotic series DLMF 7.12.1 to x⁻⁶). */
const ERFCX: Table = [
  [-26, 7.657724931490568e+293],
  [-5, 144009798674.66104],
  [-1, 5.008980080762283],
  [-1e-10, 1.000000000112838],
  [0, 1.0],
  [1e-300, 1.0],
  [1e-10, 0.999999999887162],
  [0.1, 0.8964569799691267],
  [0.5, 0.6156903441929259],
  [1, 0.427583576155807],
  [2, 0.25539567631050575],
  [5, 0.11070463773306863],
  [10, 0.05614099274382259],
  [26, 0.021683584850562907],
  [100, 0.005641613782989433],
  [1e5, 5.6418958351954685e-06],
  [1e10, 5.641895835477563e-11],
  [1e150, 5.641895835477563e-151],
  [1e300, 5.641895835477562e-301],
];
/** [x, erfc(x)]: mpmath, dps = 50, erfc(mpf(x)). */
const ERFC: Table = [
  [5.3, 6.613081850340811e-14], // x² not exact: tests the splitting of e^(−x²)
  [12.345678901234567, 2.91851145794383e-68], // x² not exact: tests the splitting of e^(−x²)
  [19.7, 8.14808626782638e-171], // x² not exact: tests the splitting of e^(−x²)
  [26.3, 8.590249058794049e-303], // x² not exact: tests the splitting of e^(−x²)
  [-5, 1.9999999999984626],
  [-1, 1.8427007929497148],
  [-0.4, 1.4283923550466684],
  [-1e-10, 1.000000000112838],
  [0, 1.0],
  [1e-10, 0.999999999887162],
  [0.3, 0.6713732405408726],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [3, 2.209049699858544e-05],
  [5, 1.537459794428035e-12],
  [10, 2.088487583762545e-45],
  [20, 5.395865611607901e-176],
  [26, 5.663192408856143e-296],
  [27, 5.23705e-319],
];
/** [x, erf(x)]: mpmath, dps = 50, erf(mpf(x)). */
const ERF: Table = [
  [1e-300, 1.1283791670955126e-300],
  [1e-10, 1.1283791670955126e-10],
  [1e-5, 1.1283791670579e-05],
  [0.1, 0.1124629160182849],
  [0.3, 0.3286267594591274],
  [0.49, 0.511668261188523],
  [0.5, 0.5204998778130465],
  [1, 0.8427007929497149],
  [2, 0.9953222650189527],
  [5, 0.9999999999984626],
  [-0.3, -0.3286267594591274],
  [-2, -0.9953222650189527],
];
/** [x, log erfc(x)]: mpmath, dps = 50, log(erfcx(x)) − x² (x ≥ 0), log(erfc(x)) (x < 0). */
const LOG_ERFC: Table = [
  [-10, 0.6931471805599453],
  [-1, 0.6112323176780705],
  [-1e-10, 1.1283791670318507e-10],
  [0, 0.0],
  [0.5, -0.7350111298370844],
  [1, -1.8496055099332482],
  [5, -27.200889545537436],
  [27, -732.8688865078974],
  [30, -903.9741171106439],
  [100, -10005.177585122665],
  [1e10, -1e+20],
  [1e150, -9.999999999999999e+299],
];

function checkRelative(name: string, f: (x: number) => number, table: Table, tol: number): void {
  for (const [x, ref] of table) {
    expect(relativeError(f(x), ref), `${name}(${x}) = ${f(x)} vs ${ref}`).toBeLessThanOrEqual(tol);
  }
}

describe('erfcx / erfc / erf / logErfc against mpmath', () => {
  it('erfcx to 2e-14 relative from −26 to 1e300', () => checkRelative('erfcx', erfcx, ERFCX, 2e-14));
  // 2e-15, not 2e-14: a naive e^(−x²) is off by up to x²·ulp/2 (1.7e-14 at 26.3), which 2e-14 would let through
  it('erfc to 2e-15 relative, through its underflow at 27', () => checkRelative('erfc', erfc, ERFC, 2e-15));
  it('erf to 2e-14 relative, down to 1e-300 (Taylor branch)', () => checkRelative('erf', erf, ERF, 2e-14));
  it('logErfc to 2e-14 log-scaled, out to 1e150', () => {
    for (const [x, ref] of LOG_ERFC) {
      expect(logScaledError(logErfc(x), ref), `logErfc(${x}) = ${logErfc(x)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });
  it('has the limits erfcx(∞) = 0, erfc(−∞) = 2, logErfc(∞) = −∞ and NaN for NaN', () => {
    expect(erfcx(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(logErfc(Infinity)).toBe(-Infinity);
    for (const f of [erfcx, erfc, erf, logErfc]) expect(f(NaN), f.name).toBeNaN();
  });
});

/** Uniform on [lo, hi] in steps of 2⁻²⁰ (fc.double concentrates near 0, missing the middle of the range). */
const uniform = (lo: number, hi: number) =>
  fc.integer({ min: Math.ceil(lo * 2 ** 20), max: Math.floor(hi * 2 ** 20) }).map((k) => k / 2 ** 20);

describe('error-function identities', () => {
  test.prop([fc.oneof(uniform(-6, 6), fc.double({ min: -6, max: 6, noNaN: true }))])('erfc(x) + erfc(−x) = 2', (x) => {
    expect(Math.abs(erfc(x) + erfc(-x) - 2), `erfc(${x}) + erfc(${-x})`).toBeLessThanOrEqual(4.5e-16);
  });

  test.prop([fc.oneof(uniform(-6, 6), fc.double({ min: -6, max: 6, noNaN: true }))])('erf(x) + erfc(x) = 1', (x) => {
    expect(Math.abs(erf(x) + erfc(x) - 1), `erf(${x}) + erfc(${x})`).toBeLessThanOrEqual(4.5e-16); // 2 ulp(1): erfc rounds at ulp(2) for x < 0
  });

  test.prop([fc.double({ min: 1e8, max: 1e300, noNaN: true })])('erfcx(x) = 1/(x√π)·(1 − 1/(2x²)) far out', (x) => {
    const asymptotic = 1 / (x * Math.sqrt(Math.PI));
    expect(relativeError(erfcx(x), asymptotic), `erfcx(${x})`).toBeLessThanOrEqual(1e-15);
  });

  test.prop([fc.oneof(uniform(0, 26), fc.double({ min: 0, max: 26, noNaN: true }))])('logErfc(x) = log(erfc(x)) while erfc is a normal double', (x) => {
    expect(logScaledError(logErfc(x), Math.log(erfc(x))), `logErfc(${x})`).toBeLessThanOrEqual(4e-16);
  });

  // a consistency check only: the erfc table (x = 20, 26) is what catches a naive e^(−x²), off by x²·ulp
  test.prop([uniform(0, 13.6)])('expNegSquare(2x) = expNegSquare(x)⁴', (x) => {
    // e^(−x²) at x and at 2x: e^(−4x²) = (e^(−x²))⁴, both sides exact up to a few ulps
    const lhs = expNegSquare(2 * x);
    const rhs = expNegSquare(x) ** 4;
    if (rhs > 1e-300) expect(relativeError(lhs, rhs), `expNegSquare(${2 * x}) vs expNegSquare(${x})^4`).toBeLessThanOrEqual(1e-15);
  });
});

describe('erfcxRatio (fused erfcx(a)/erfcx(b))', () => {
  /** [a, b, erfcx(a)/erfcx(b)]: mpmath, dps = 40, erfc(a)e^{a²}/(erfc(b)e^{b²}); at b = 1e150, √π·b·(1 + 1/(2b²)). */
  const RATIOS: readonly (readonly [number, number, number])[] = [
    [1, 2, 1.6742005281090120103],
    [0, 0.5, 1.6241930857480706697],
    [0.3, 30, 39.082979261257681247],
    [5, 4.2, 0.84631078439269641428],
    [100, 99.3, 0.99300070229072591771],
    [1e6, 1e6 + 1, 1.000000999999999999],
    [0, 1e150, 1.7724538509055160273e150],
    [27, 26.5, 0.98150703494245693442],
  ];
  it('matches mpmath to 1e-15 relative', () => {
    for (const [a, b, ref] of RATIOS) {
      expect(relativeError(erfcxRatio(a, b), ref), `erfcxRatio(${a}, ${b}) = ${erfcxRatio(a, b)}`).toBeLessThanOrEqual(1e-15);
    }
  });

  test.prop([fc.double({ min: -20, max: 1e6, noNaN: true }), fc.double({ min: -20, max: 1e6, noNaN: true })])(
    'equals erfcx(a)/erfcx(b) to 1e-15 relative',
    (a, b) => {
      const got = erfcxRatio(a, b);
      expect(relativeError(got, erfcx(a) / erfcx(b)), `erfcxRatio(${a}, ${b}) = ${got}`).toBeLessThanOrEqual(1e-15);
    },
  );
});
