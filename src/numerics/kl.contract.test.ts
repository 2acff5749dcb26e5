/**
 * Contracts of the KL kernels (kl.ts, numerics.md §4.3) in the regimes where a naive formula fails:
 * nearly equal laws (cancellation), p ≪ q and p ≫ q (log ratio large, series not convergent), one law at
 * the edge of the double range, and the exact edge cases. Reference values: mpmath at 50 digits of
 * p·log(p/q) + (1 − p)·log((1 − p)/(1 − q)) (Σ p_i log(p_i/q_i) for klCategorical) with the exact doubles shown.
 */
import { describe, it, expect } from 'vitest';
import { binaryKl, binaryKlFromProbs, binaryKlReverse, klCategorical } from './kl.ts';
import { relativeError } from './tolerance.ts';

/** [label, p, q, kl(p ‖ q)] from mpmath. */
const BINARY: [string, number, number, number][] = [
  ['nearly equal at ½: p = ½ + 2^−30', 0.5 + 2 ** -30, 0.5, 1.734723475976807095415013e-18],
  ['nearly equal and small: p = 2^−10 + 2^−40, q = 2^−10', 2 ** -10 + 2 ** -40, 2 ** -10, 4.239304680935494798106243e-22],
  ['p ≪ q: p = 1e-20, q = ½', 1e-20, 0.5, 0.6931471805599453089467151],
  ['p ≪ q reverse: p = 1e-19, q = 3e-6', 1e-19, 3e-6, 0.000003000004500005796874103089],
  ['p ≪ q: p = 1e-12, q = ¼', 1e-12, 0.25, 0.2876820724242485186119591],
  ['(1 − b)/(b − a) large: p = 0.01, q = 0.99', 0.01, 0.99, 4.503217453131897247195362],
  ['(b − a)/(1 − b) near −1: p = 0.99, q = 0.01', 0.99, 0.01, 4.503217453131898026083247],
  // here (b − a)/(1 − b) rounds to exactly −1, where (1 + y)·log1p(y) − y is 0·(−∞)
  ['p = 1 − 2^−53, q = 3·2^−54', 1 - 2 ** -53, 3 * 2 ** -54, 36.33133546156892879392029],
];

describe('binary KL against mpmath where cancellation or divergence threatens', () => {
  for (const [label, p, q, ref] of BINARY) {
    it(label, () => {
      expect(relativeError(binaryKlFromProbs(p, q), ref), `binaryKlFromProbs(${p}, ${q})`).toBeLessThanOrEqual(4e-15);
      // log q rounds to ε·|log q| absolutely; ∂kl/∂log q = (q − p)/(1 − q) bounds its effect
      const slack = (8 * Number.EPSILON * Math.abs(Math.log(q)) * Math.abs(q - p)) / (1 - q) / ref;
      expect(relativeError(binaryKl(p, Math.log(q)), ref), `binaryKl(${p}, log ${q})`).toBeLessThanOrEqual(4e-15 + slack);
      // kl(p ‖ q) = reverse(q, log p): q given through its log
      const slackRev = (8 * Number.EPSILON * Math.abs(Math.log(p)) * Math.abs(Math.log(p / q) - Math.log((1 - p) / (1 - q))) * p) / ref;
      expect(relativeError(binaryKlReverse(q, Math.log(p)), ref), `binaryKlReverse(${q}, log ${p})`).toBeLessThanOrEqual(4e-15 + slackRev);
    });
  }
});

describe('binary KL edge cases', () => {
  it('kl(0 ‖ 0) = 0 and kl(0 ‖ 1) = +∞ in the reverse direction with q = e^{−∞} = 0', () => {
    expect(binaryKlReverse(0, -Infinity), 'kl(0 ‖ 0)').toBe(0);
    expect(binaryKlReverse(1, -Infinity), 'kl(0 ‖ 1)').toBe(Infinity);
    expect(binaryKlReverse(0.25, -Infinity), 'kl(0 ‖ ¼) = −log ¾').toBe(-Math.log1p(-0.25));
  });
  it('q underflows (log q = −800): kl(q ‖ p) = −log(1 − p) + O(q log q); +∞ for p ∈ {0, 1}', () => {
    // mpmath: −log1p(−0.3) = 0.3566749439387323630523098
    expect(relativeError(binaryKlReverse(0.3, -800), 0.3566749439387323630523098), 'binaryKlReverse(0.3, -800)').toBeLessThanOrEqual(2e-16);
    expect(binaryKlReverse(0, -800)).toBe(Infinity);
    expect(binaryKlReverse(1, -800)).toBe(Infinity);
  });
  it('kl(1 ‖ 1) = 0 and kl(0 ‖ 0) = 0 from probabilities; kl(p ‖ 0) = kl(p ‖ 1) = +∞ for 0 < p < 1', () => {
    expect(binaryKlFromProbs(1, 1)).toBe(0);
    expect(binaryKlFromProbs(0, 0)).toBe(0);
    expect(binaryKlFromProbs(0.5, 0)).toBe(Infinity);
    expect(binaryKlFromProbs(0.5, 1)).toBe(Infinity);
    expect(binaryKlFromProbs(1, 0.25), 'kl(1 ‖ q) = −log q').toBe(-Math.log(0.25));
    expect(binaryKlFromProbs(1, 0.7), 'kl(1 ‖ q) = −log q near q = 1').toBe(-Math.log(0.7));
    expect(binaryKlFromProbs(0, 0.25), 'kl(0 ‖ q) = −log(1 − q)').toBe(-Math.log1p(-0.25));
  });
  it('NaN for p or q outside [0, 1] or NaN, and for log q > 0 or NaN in either direction', () => {
    for (const [p, q] of [[-0.1, 0.5], [1.1, 0.5], [0.5, -0.1], [0.5, 1.1], [NaN, 0.5], [0.5, NaN]])
      expect(binaryKlFromProbs(p, q), `binaryKlFromProbs(${p}, ${q})`).toBeNaN();
    for (const [p, lq] of [[0.5, 0.1], [0.5, 1e-300], [0.5, Infinity], [0.5, NaN], [-0.1, -1], [1.1, -1], [NaN, -1]])
      expect(binaryKlReverse(p, lq), `binaryKlReverse(${p}, ${lq})`).toBeNaN();
  });
  it('NaN also where an edge-case shortcut (p ∈ {0, 1}, q ∈ {0, 1}) would otherwise answer for an invalid argument', () => {
    // q > 1 with p = 1 would give −log q; p outside [0, 1] with q = 0 would give +∞; q > 1 with p = 0 would give +∞
    for (const [p, q] of [[1, 1.1], [1, 1.5], [1.1, 0], [-0.1, 0], [-0.1, 1], [2, 1]])
      expect(binaryKlFromProbs(p, q), `binaryKlFromProbs(${p}, ${q})`).toBeNaN();
    for (const [p, lq] of [[1, 0.1], [-0.1, -Infinity], [1.1, -Infinity], [-0.1, 0]])
      expect(binaryKl(p, lq), `binaryKl(${p}, ${lq})`).toBeNaN();
    for (const [p, lq] of [[0, 0.1], [1, 0.1], [0, Infinity], [1.1, -Infinity], [-0.1, -Infinity], [-0.1, -800]])
      expect(binaryKlReverse(p, lq), `binaryKlReverse(${p}, ${lq})`).toBeNaN();
  });
});

describe('klCategorical', () => {
  it('a law with an entry far below the other (log ratio < −45, and < −700): KL = Σ p log(p/q)', () => {
    // mpmath: 1e-20·log(2e-20) + log 2 = 0.6931471805599453089636466
    expect(relativeError(klCategorical([1e-20, 1], [0.5, 0.5]), 0.6931471805599453089636466)).toBeLessThanOrEqual(2e-15);
    // mpmath: 1e-305·log(2e-305) + log 2 = log 2 to 300 digits
    expect(relativeError(klCategorical([1e-305, 1], [0.5, 0.5]), Math.LN2)).toBeLessThanOrEqual(2e-15);
    // log ratios ±log 9: mpmath 0.8·log 9 = 1.757779661868975518151909
    expect(relativeError(klCategorical([0.9, 0.1], [0.1, 0.9]), 1.757779661868975518151909)).toBeLessThanOrEqual(4e-16);
  });
  it('sums within 1e-9 of 1 are accepted, and the value is Σ p log(p/q) of the numbers given', () => {
    // mpmath: 0.3·log(0.5) + 0.7000000004·log(0.7000000004/0.4) = 0.1837868980106585540470021
    const v = klCategorical([0.3, 0.7 + 4e-10], [0.6, 0.4]);
    expect(relativeError(v, 0.1837868980106585540470021), `KL = ${v}`).toBeLessThanOrEqual(1e-14);
    expect(klCategorical([0.5, 0.5 + 2e-9], [0.5, 0.5]), 'Σp = 1 + 2e-9').toBeNaN();
    expect(klCategorical([0.5, 0.5], [0.5, 0.5 - 2e-9]), 'Σq = 1 − 2e-9').toBeNaN();
  });
  it('NaN for different lengths, empty laws, and negative, NaN or infinite entries (also where p_i = 0)', () => {
    expect(klCategorical([1], [1, 0]), 'q longer than p').toBeNaN();
    expect(klCategorical([1, 0], [1]), 'p longer than q').toBeNaN();
    expect(klCategorical([], []), 'empty').toBeNaN();
    for (const [p, q] of [
      [[1, 0], [1.5, -0.5]],
      [[1.5, -0.5], [1, 0]],
      [[1, 0], [1, NaN]],
      [[1, NaN], [1, 0]],
      [[1, 0], [1, Infinity]],
      [[1, Infinity], [1, 0]],
      [[0, 1], [Infinity, 1]],
      [[Infinity, 1], [0, 1]],
    ])
      expect(klCategorical(p, q), `klCategorical([${p}], [${q}])`).toBeNaN();
  });
  it('KL(p ‖ p) = 0 exactly, and a point mass against a uniform law is log n', () => {
    expect(klCategorical([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
    expect(relativeError(klCategorical([0, 0, 1, 0], [0.25, 0.25, 0.25, 0.25]), Math.log(4))).toBeLessThanOrEqual(2e-16);
  });
});
