/**
 * logHurwitzZeta, logHurwitzZetaScaled and logHarmonic at the edges of their branches: s = ∞, the early
 * stop of the direct sum for tiny q and s near 1, the switch to Euler–Maclaurin at q = max(10, s), the
 * Bernoulli series at a = s = 10 (where its high terms still move the result) and the NaN/±∞ contract.
 * Written from surviving mutants (Stryker, .scratch/mutation/hurwitzZeta.json).
 */
import { describe, expect, it } from 'vitest';
import { logScaledError } from '../tolerance.ts';
import { logHarmonic, logHurwitzZeta, logHurwitzZetaScaled } from './hurwitzZeta.ts';

/**
 * [s, q, log ζ(s, q), log(q^{s−1}ζ(s, q))]: mpmath at 60 digits, Σ_{k<N}(q+k)^{−s} + mpmath.zeta(s, q+N) with
 * q + N ≥ s + 60, agreeing with the same at 90 digits and N + 20 terms to 1e-25.
 */
const REFERENCE: readonly (readonly [number, number, number, number])[] = [
  [10, 10, -22.49953423946418488595731, -1.77626840251777372979539],
  [10, 9.5, -22.01747024745766843326075, -1.755844059999212077934589],
  [10, 10.5, -22.95728050764812291448885, -1.79490319317682373073856],
  [9.5, 10, -21.31259980865244915671695, -1.740626518203060842564021],
  [12, 12, -29.30452847059789532468683, -1.970555322929891912160026],
  [2, 10, -2.252212032916222318111444, 0.05037306007782336590654759],
  [2, 3, -0.929036447385182563432463, 0.1695758412829271279627822],
  [10, 3, -10.92443750058690089759922, -1.036926902573913675042018],
  [1.5, 0.2, 2.599695007676429324218548, 1.794976051459379164673744],
  [1e6, 1e6, -13815510.09928849903135252, -13.35683478289151867976652],
  [3, 1e300, -1382.244202976987355825222, -0.6931471805599453094172321],
  [50, 50, -195.1297057275849735488264, -3.440578461605816676507592],
  [50, 49.9, -195.0307810305923941412777, -3.439751895476219454644492],
];

describe('logHurwitzZeta at branch edges', () => {
  it('matches mpmath to 1e-14 in |Δlog|/max(1, |log|)', () => {
    for (const [s, q, ref] of REFERENCE) {
      const got = logHurwitzZeta(s, q);
      expect(logScaledError(got, ref), `logHurwitzZeta(${s}, ${q}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });

  // q ≈ 2.6e-18, s = 1 + 1e-8: q^{−s} = e^{40.5} and the rest ζ(s, 1+q) ≈ 1e8 is 2.6e-10 of it. The first
  // skipped term alone is e^{−40.5}, but the rest bound (1 + (q+k)/(s−1)) is 1e8 times larger: the direct sum
  // must not stop there (mpmath, 60 digits, as REFERENCE).
  it('keeps summing when the rest, not the next term, is what matters (tiny q, s near 1)', () => {
    const [s, q, ref] = [1.00000001, 2.58e-18, 40.49874268020471638927856];
    const got = logHurwitzZeta(s, q);
    expect(logScaledError(got, ref), `logHurwitzZeta(${s}, ${q}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-14);
  });

  // ζ(s, ½) = 2^s·(1 + 3^{−s} + …) and H(s, n) = 1 + 2^{−s} + …: with s = 1e15 the direct sum has to stop
  // after its first term (the switch to Euler–Maclaurin would come only after ⌈s − q⌉ = 1e15 terms).
  it('stops the direct sum once the rest is negligible (s = 1e15, q < 1)', () => {
    const got = logHurwitzZeta(1e15, 0.5);
    expect(logScaledError(got, 1e15 * Math.LN2), `logHurwitzZeta(1e15, 0.5) = ${got}`).toBeLessThan(1e-15);
    expect(logHarmonic(1e15, 1e20), 'logHarmonic(1e15, 1e20)').toBe(0);
  });

  it('has the s = ∞ limits: 0 at q = 1, −∞ for q > 1, +∞ for q < 1', () => {
    expect(logHurwitzZeta(Infinity, 1), 'logHurwitzZeta(∞, 1)').toBe(0);
    expect(logHurwitzZeta(Infinity, 1.5), 'logHurwitzZeta(∞, 1.5)').toBe(-Infinity);
    expect(logHurwitzZeta(Infinity, 1 + 2 ** -52), 'logHurwitzZeta(∞, 1+ε)').toBe(-Infinity);
    expect(logHurwitzZeta(Infinity, 0.5), 'logHurwitzZeta(∞, 0.5)').toBe(Infinity);
    expect(logHurwitzZeta(Infinity, 1 - 2 ** -53), 'logHurwitzZeta(∞, 1−ε)').toBe(Infinity);
  });

  // The guards come first: q = ∞ must not turn an invalid s into −∞, nor s = ∞ an invalid q into 0.
  it('is NaN for a NaN q or s, s < 1 and q ≤ 0, also when the other argument is ∞', () => {
    const invalid = [[2, NaN], [NaN, 2], [NaN, NaN], [2, -20], [2, -Infinity], [Infinity, NaN], [Infinity, 0],
      [NaN, Infinity], [0.5, Infinity], [-Infinity, Infinity], [0.5, 2]];
    for (const [s, q] of invalid) {
      expect(logHurwitzZeta(s!, q!), `logHurwitzZeta(${s}, ${q})`).toBeNaN();
    }
  });

  it('is +∞ at s = 1 for every q > 0, q = ∞ included (the series Σ (q+k)^{−1} diverges)', () => {
    for (const q of [1e-300, 3, 1e300, Infinity]) {
      expect(logHurwitzZeta(1, q), `logHurwitzZeta(1, ${q})`).toBe(Infinity);
    }
  });
});

describe('logHurwitzZetaScaled', () => {
  // Near q = s = 10 the Bernoulli terms of the Euler–Maclaurin tail decay only like ((s+2j)/(2πa))^{2j}:
  // B_24…B_50 each still move the result by 1e-16…1e-12. Measured error ≤ 2.6e-16 (1 ulp); 1e-15 allows 4.
  it('matches mpmath to 1e-15 where the Euler–Maclaurin tail carries everything (q ≥ max(10, s))', () => {
    for (const [s, q, , ref] of REFERENCE) {
      if (q < Math.max(10, s)) continue;
      const got = logHurwitzZetaScaled(s, q);
      expect(logScaledError(got, ref), `logHurwitzZetaScaled(${s}, ${q}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-15);
    }
  });

  // At a = s = 10, the slowest case, the sign of B_40/40! moves the result by 4 ulp (9e-16): the series is
  // summed far enough and with the right coefficients to land within 2 ulp (measured: 1 ulp).
  it('is within 2 ulp of mpmath at q = s = 10, the slowest Bernoulli series', () => {
    const ref = -1.77626840251777372979539;
    const got = logHurwitzZetaScaled(10, 10);
    expect(Math.abs(got - ref), `logHurwitzZetaScaled(10, 10) = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(2 * 2 ** -52);
  });

  it('matches mpmath to 1e-14 below the switch (q < max(10, s)), via log ζ + (s−1)·log q', () => {
    for (const [s, q, , ref] of REFERENCE) {
      if (q >= Math.max(10, s)) continue;
      const got = logHurwitzZetaScaled(s, q);
      expect(logScaledError(got, ref), `logHurwitzZetaScaled(${s}, ${q}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });

  it('is NaN for invalid arguments and for q = ∞, +∞ at s = 1', () => {
    for (const [s, q] of [[2, Infinity], [2, NaN], [NaN, 2], [0.5, 2], [0.5, 20], [2, 0], [2, -1]]) {
      expect(logHurwitzZetaScaled(s!, q!), `logHurwitzZetaScaled(${s}, ${q})`).toBeNaN();
    }
    expect(logHurwitzZetaScaled(1, 2), 'logHurwitzZetaScaled(1, 2)').toBe(Infinity);
    expect(logHurwitzZetaScaled(1, 20), 'logHurwitzZetaScaled(1, 20)').toBe(Infinity);
  });
});

/** [s, n, log H(s, n)]: mpmath at 50 digits, fsum of k^{−s} (n < 1e5) or zeta(s) − zeta(s, n+1). */
const HARMONIC: readonly (readonly [number, number, number])[] = [
  [2, 5, 0.3809067457650844095177],
  [2, 9, 0.4316315811326362055472],
  [2, 10, 0.4381050688420969841457],
  [2, 1e6, 0.4976996945437626693267],
  [1.5, 1e12, 0.9602591371437241677793],
  [30, 100, 9.313274319859827899523e-10],
  [12.5, 13, 0.0001737366405505409833636],
];

describe('logHarmonic', () => {
  it('matches mpmath to 1e-14 in |Δlog|/max(1, |log|)', () => {
    for (const [s, n, ref] of HARMONIC) {
      const got = logHarmonic(s, n);
      expect(logScaledError(got, ref), `logHarmonic(${s}, ${n}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });

  it('is total: NaN for s ≤ 1 or NaN, −∞ for n < 1, 0 at s = ∞', () => {
    for (const [s, n] of [[1, 5], [0.5, 5], [1, 50], [NaN, 5], [2, NaN], [NaN, NaN], [Infinity, NaN]]) {
      expect(logHarmonic(s!, n!), `logHarmonic(${s}, ${n})`).toBeNaN();
    }
    expect(logHarmonic(2, 0), 'logHarmonic(2, 0)').toBe(-Infinity);
    expect(logHarmonic(2, -3), 'logHarmonic(2, -3)').toBe(-Infinity);
    expect(logHarmonic(Infinity, 5), 'logHarmonic(∞, 5)').toBe(0);
    expect(logHarmonic(Infinity, 1), 'logHarmonic(∞, 1)').toBe(0);
    expect(logHarmonic(Infinity, 0), 'logHarmonic(∞, 0)').toBe(-Infinity);
  });
});
