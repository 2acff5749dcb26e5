import { describe, it, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { binaryKl, binaryKlFromProbs, binaryKlReverse, klCategorical, totalVariationBound } from './kl.ts';
import { log1mExp } from './logspace.ts';
import { relativeError } from './tolerance.ts';

/** Uniform on [lo, hi] (fc.double concentrates on tiny magnitudes; mixed with it where edge cases matter). */
const uniform = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 30 }).map((i) => lo + ((hi - lo) * i) / 2 ** 30);
const mixed = (lo: number, hi: number): fc.Arbitrary<number> => fc.oneof(uniform(lo, hi), fc.double({ min: lo, max: hi, noNaN: true }));

/**
 * mpmath at 50 digits: kl = p(log p − lq) + (1−p)(log1p(−p) − log1p(−e^{lq})) and the reverse
 * q(lq − log p) + (1−q)(log1p(−q) − log1p(−p)), with p and lq the exact doubles shown.
 * [label, p, logQ, kl(p‖q), kl(q‖p)]
 */
const MPMATH: [string, number, number, number, number][] = [
  ['p = 3/t (t = 1e6), q = Student-t(3) sf(1e6)', 3e-6, -41.34880823485182, 0.00008289573439667258158583811, 0.000003000004499976326236563893],
  ['p = 3e-6, q = 1e-19', 3e-6, -43.74911676688687, 0.00009009665999277672282464129, 0.000003000004500005796874103089],
  ['p = 1e-3, q = 1e-300', 1e-3, -690.7755278982137, 0.6828682727859816087274239, 0.001000500333583533520980501],
  ['p = 0.01, logQ = −1e5', 0.01, -1e5, 999.9439984656451734752731, 0.01005033585350144139381837],
  ['p = 0.5, logQ = −1e5', 0.5, -1e5, 49999.30685281944005469058, 0.6931471805599453094172321],
  ['p = 0.25, q = 0.5', 0.25, -0.6931471805599453, 0.1308120359411369707244359, 0.1438410362258904764582761],
  ['p = 0.999, logQ = −1e-5', 0.999, -1e-5, 0.003615665352733978744838008, 0.0009444389070278759177167886],
];

describe('binaryKl (numerics.md §4.3)', () => {
  for (const [label, p, lq, fwd, rev] of MPMATH) {
    it(`matches mpmath: ${label}`, () => {
      expect(relativeError(binaryKl(p, lq), fwd), `binaryKl(${p}, ${lq})`).toBeLessThanOrEqual(2e-15);
      expect(relativeError(binaryKlReverse(p, lq), rev), `binaryKlReverse(${p}, ${lq})`).toBeLessThanOrEqual(2e-15);
    });
  }

  it('exact edge cases p = 0, p = 1, q = 0, q = 1', () => {
    expect(binaryKl(0, Math.log(0.25))).toBe(-Math.log1p(-0.25));
    expect(binaryKl(0, -1e5), 'kl(0 ‖ e^{−1e5}) = −log(1 − q) underflows to 0 but is not NaN').toBe(0);
    expect(binaryKl(0, Math.log(1e-300)), 'kl(0 ‖ 1e-300) = 1e-300').toBeCloseTo(1e-300, 310);
    expect(binaryKl(1, -1e5)).toBe(1e5);
    expect(binaryKl(1, 0)).toBe(0);
    expect(binaryKl(0, -Infinity)).toBe(0);
    expect(binaryKl(0.5, -Infinity)).toBe(Infinity);
    expect(binaryKl(0.5, 0)).toBe(Infinity);
    expect(binaryKlReverse(0, -1e5), 'kl(q ‖ 0) with q > 0').toBe(Infinity);
    expect(binaryKlReverse(1, -1e5)).toBe(Infinity);
    expect(binaryKlReverse(0.5, -Infinity)).toBe(Math.LN2);
  });

  it('NaN for invalid arguments', () => {
    for (const [p, lq] of [[-0.1, -1], [1.1, -1], [NaN, -1], [0.5, 0.1], [0.5, NaN]])
      expect(binaryKl(p, lq), `binaryKl(${p}, ${lq})`).toBeNaN();
    expect(binaryKlFromProbs(0.5, 1.5)).toBeNaN();
    expect(binaryKlReverse(2, -1)).toBeNaN();
  });

  test.prop([mixed(0, 1), mixed(1e-300, 1)])(
    'KL ≥ 0, and 0 when the laws are equal',
    (p, q) => {
      expect(binaryKlFromProbs(p, q), `kl(${p} ‖ ${q})`).toBeGreaterThanOrEqual(0);
      expect(binaryKlFromProbs(q, q), `kl(${q} ‖ ${q})`).toBe(0);
      expect(binaryKl(p, Math.log(q)), `binaryKl(${p}, log ${q})`).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([mixed(1e-6, 1 - 1e-6), mixed(1e-6, 1 - 1e-6)])(
    'KL = 0 only when equal: kl(p ‖ q) ≥ 2(p − q)² (Pinsker for Bernoulli laws)',
    (p, q) => {
      expect(binaryKlFromProbs(p, q), `kl(${p} ‖ ${q})`).toBeGreaterThanOrEqual(2 * (p - q) ** 2 * (1 - 1e-12));
    },
  );

  test.prop([mixed(0, 1), mixed(-50, -1e-3)])(
    'symmetry: kl(p ‖ q) = kl(1 − p ‖ 1 − q), with log(1 − q) = log1mExp(log q)',
    (p, lq) => {
      const a = binaryKl(p, lq);
      const b = binaryKl(1 - p, log1mExp(lq));
      // 1 − p is rounded by up to ε/2 absolutely, and ∂kl/∂p = log(p/q) − log((1−p)/(1−q)); e^{lq} and
      // log1mExp(lq) carry ε·|lq| relatively (q is given through its log)
      const eps = Number.EPSILON;
      const dp = p === 0 ? 0 : eps * (2 + Math.abs(Math.log(p) - lq) + Math.abs(Math.log1p(-p) - log1mExp(lq)));
      const slack = 1e-12 * a + dp + 8 * eps * Math.abs(lq) * (p + Math.exp(lq));
      expect(a === b || Math.abs(a - b) <= slack, `p=${p} lq=${lq}: ${a} vs ${b}`).toBe(true);
    },
  );

  test.prop([mixed(-460, 0), mixed(-7, 7)])(
    'the three entry points agree: binaryKl(p, log q) = binaryKlFromProbs(p, q); reverse(p, log q) = fromProbs(q, p)',
    (logQ, logRatio0) => {
      // q from its log, p = q·e^{r} clipped to [0, 1]: covers p ≈ q (|r| small) as well as far apart
      const q = Math.exp(logQ);
      const p = Math.min(1, q * Math.exp(logRatio0));
      const a = binaryKl(p, Math.log(q));
      const b = binaryKlFromProbs(p, q);
      // binaryKl sees q only through log q (rounded: δ = ε·(|log q| + 2)); the sensitivities are
      // ∂kl(p‖q)/∂log q = (q − p)/(1 − q) and ∂kl(q‖p)/∂log q = q·[log(q/p) − log((1−q)/(1−p))]
      const delta = 8 * Number.EPSILON * (Math.abs(logQ) + 2);
      // plus the second-order term (p + q)δ²/(1 − max(p, q)), which remains where the first order vanishes (p = q)
      const second = p < 1 && q < 1 ? (delta * delta * (p + q)) / Math.min(1 - p, 1 - q) : 0;
      const slack = (q < 1 ? (delta * Math.abs(q - p)) / (1 - q) : 0) + second;
      const slackRev = (p > 0 && p < 1 ? delta * q * Math.abs(logQ - Math.log(p) - Math.log1p(-q) + Math.log1p(-p)) : 0) + second;
      expect(a === b || Math.abs(a - b) <= 1e-13 * b + slack + 1e-300, `p=${p} q=${q}: ${a} vs ${b}`).toBe(true);
      const c = binaryKlReverse(p, Math.log(q));
      const d = binaryKlFromProbs(q, p);
      expect(c === d || Math.abs(c - d) <= 1e-13 * d + slackRev + 1e-300, `reverse p=${p} q=${q}: ${c} vs ${d}`).toBe(true);
    },
  );
});

describe('klCategorical', () => {
  it('a known value: KL([½, ½] ‖ [¼, ¾]) = ½ log 2 + ½ log(2/3)', () => {
    const v = klCategorical([0.5, 0.5], [0.25, 0.75]);
    const exact = 0.5 * Math.log(2) + 0.5 * Math.log(2 / 3);
    expect(relativeError(v, exact)).toBeLessThanOrEqual(4e-16);
  });
  it('0·log 0 = 0; +∞ where p > 0 = q; NaN for invalid input', () => {
    expect(klCategorical([0, 1], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    expect(klCategorical([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klCategorical([0.5, 0.5], [0.5])).toBeNaN();
    expect(klCategorical([0.5, 0.6], [0.5, 0.5])).toBeNaN();
    expect(klCategorical([1.5, -0.5], [0.5, 0.5])).toBeNaN();
  });
  it('no cancellation for nearly equal laws: KL([½ + e, ½ − e] ‖ [½, ½]) ≈ 2e², e = 2^-30', () => {
    const e = 2 ** -30; // both entries and their sum are exact doubles
    const v = klCategorical([0.5 + e, 0.5 - e], [0.5, 0.5]);
    // mpmath (50 digits): (½+e)log(1+2e) + (½−e)log(1−2e) = 1.734723475976807095415013e-18
    expect(relativeError(v, 1.734723475976807095415013e-18), `KL = ${v}`).toBeLessThanOrEqual(4e-16);
  });
  test.prop([fc.array(mixed(0, 1), { minLength: 2, maxLength: 8 }), fc.array(mixed(1e-3, 1), { minLength: 8, maxLength: 8 })])(
    'KL ≥ 0 and KL(p ‖ p) = 0',
    (raw, rawQ) => {
      const sp = raw.reduce((s, x) => s + x, 0);
      fc.pre(sp > 0);
      const p = raw.map((x) => x / sp);
      const qs = rawQ.slice(0, p.length);
      const sq = qs.reduce((s, x) => s + x, 0);
      const q = qs.map((x) => x / sq);
      expect(klCategorical(p, q), `p=${p} q=${q}`).toBeGreaterThanOrEqual(0);
      expect(klCategorical(p, p), `p=${p}`).toBeLessThanOrEqual(1e-15);
    },
  );
});

describe('totalVariationBound', () => {
  it('√(KL/2), NaN for negative KL', () => {
    expect(totalVariationBound(0.5)).toBe(0.5);
    expect(totalVariationBound(0)).toBe(0);
    expect(totalVariationBound(-1)).toBeNaN();
    expect(totalVariationBound(NaN)).toBeNaN();
  });
});
