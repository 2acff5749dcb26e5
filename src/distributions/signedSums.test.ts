/**
 * signedSums.ts: positive (e^log as a SignedLog), logExpIntegral (log G(a, ℓ), G(a, ℓ) = ∫₀^ℓ e^{−aτ}dτ) against
 * mpmath for a < 0, a = 0, a > 0, and sumOf (a signed sum in log space refusing to cancel more than 3 digits):
 * zero sums, NaN and ∞ − ∞, the 1e-3 threshold itself, and a property against the sum of doubles.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { lsum, SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { logExpIntegral, positive, sumOf } from './signedSums.ts';

const show = (terms: readonly SignedLog[]): string => JSON.stringify(terms.map((t) => [String(t.log), t.sign]));

describe('positive', () => {
  it('is e^log with sign 1, SIGNED_ZERO (sign 0) at log = −∞, undefined for NaN', () => {
    for (const log of [-745.5, 0, 3, 1e308, Infinity]) expect(positive(log), `positive(${log})`).toEqual({ log, sign: 1 });
    expect(positive(-Infinity), 'positive(-Infinity)').toEqual(SIGNED_ZERO);
    expect(positive(NaN), 'positive(NaN)').toBeUndefined();
  });
});

describe('logExpIntegral', () => {
  /** [a, ℓ, log G(a, ℓ)]: mpmath at 40 digits, log(ℓ) at a = 0, else log(−expm1(−aℓ)/a). */
  const REFERENCE: readonly (readonly [number, number, number])[] = [
    [0, 2, 0.6931471805599453094172321],
    [0, 1e-300, -690.7755278982137051803383],
    [-1, 2, 1.854586542131140943027352],
    [-0.5, 1e-20, -46.05170185988091373520406],
    [-3, 300, 898.9013877113318903086048], // e^{900}/3: G itself overflows, its log does not
    [0.7, 3, 0.2260462734764329387868343],
    [2, 1e-10, -23.02585093004045680374605],
    [1e-12, 5, 1.60943791243160037460076],
    [-1e-12, 5, 1.60943791243660037460076],
  ];
  it('matches mpmath to 1e-14 (log-scaled) for a < 0, a = 0 and a > 0', () => {
    for (const [a, ell, ref] of REFERENCE) {
      const got = logExpIntegral(a, ell);
      expect(logScaledError(got, ref), `logExpIntegral(a=${a}, ell=${ell}) = ${got} vs mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });
  it('is log ℓ at a = ±0', () => {
    for (const a of [0, -0]) for (const ell of [1e-200, 0.5, 7]) expect(logExpIntegral(a, ell), `logExpIntegral(a=${a}, ell=${ell})`).toBe(Math.log(ell));
  });
});

describe('sumOf', () => {
  const P = (log: number): SignedLog => ({ log, sign: 1 });
  const N = (log: number): SignedLog => ({ log, sign: -1 });

  it('is SIGNED_ZERO for an empty list and for zero terms only (an exact zero, not a refusal)', () => {
    for (const terms of [[], [SIGNED_ZERO], [SIGNED_ZERO, SIGNED_ZERO], [toSignedLog(0)]]) {
      expect(sumOf(terms), `sumOf(${show(terms)})`).toEqual(SIGNED_ZERO);
    }
  });

  it('counts a sign-0 term as zero whatever its log (as lsum and fromSignedLog read it)', () => {
    const terms = [P(0), { log: 10, sign: 0 } as const, N(-1)];
    expect(sumOf(terms), `sumOf(${show(terms)})`).toEqual(lsum(P(0), N(-1)));
  });

  it('is undefined for a NaN term (toSignedLog(NaN), sign 0) and for ∞ − ∞', () => {
    for (const terms of [[toSignedLog(NaN)], [P(0), toSignedLog(NaN)], [P(1), { log: NaN, sign: 1 } as const], [P(Infinity), N(Infinity)]]) {
      expect(sumOf(terms), `sumOf(${show(terms)})`).toBeUndefined();
    }
  });

  it('keeps +∞ and −∞ terms', () => {
    expect(sumOf([P(Infinity), N(3)]), 'sumOf([+∞, −e^3])').toEqual(P(Infinity));
    expect(sumOf([N(Infinity)]), 'sumOf([−∞])').toEqual(N(Infinity));
  });

  it('keeps a sum that cancels exactly 3 digits (|Σ|/max = 1e-3 as doubles) and refuses one that cancels more', () => {
    // x: a double with log(1 − e^x) = log(1e-3) exactly in lsum (found by search near log(1 − 1e-3))
    const x = -0.0010005003335835341;
    const atLimit = [P(0), N(x)];
    expect(lsum(P(0), N(x)).log, 'precondition: lsum(1, −e^x) = 1e-3 exactly').toBe(Math.log(1e-3));
    expect(sumOf(atLimit), `sumOf(${show(atLimit)})`).toEqual({ log: Math.log(1e-3), sign: 1 });
    const beyond = [P(0), N(Math.log1p(-9.99e-4))];
    expect(sumOf(beyond), `sumOf(${show(beyond)})`).toBeUndefined();
    const exact = [P(2), N(2)];
    expect(sumOf(exact), `sumOf(${show(exact)})`).toBeUndefined();
  });

  test.prop([
    // normal doubles only: 1.01e-3·max|x| must not underflow (the threshold test is on logs, this check is not)
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-290), { minLength: 1, maxLength: 5 }),
    // the residue's size log-uniform over 1e-5…5e-3 (fc.double alone rarely lands between 1e-4 and 1e-3, so a
    // limit loosened to 1e-4 went unseen), either sign
    fc.boolean(),
    fc.double({ min: -5, max: Math.log10(5e-3), noNaN: true }),
  ])(
    'agrees with the sum of doubles where it keeps ≥ 1.01e-3 of the largest term; refuses below 0.99e-3',
    (head, negative, log10Residue) => {
      const residue = (negative ? -1 : 1) * 10 ** log10Residue;
      // a last term that nearly cancels the others, so that both sides of the 1e-3 threshold are reached
      const partial = head.reduce((s, x) => s + x, 0);
      const xs = [...head, -partial + residue * Math.max(...head.map(Math.abs))];
      const terms = xs.map(toSignedLog);
      const r = sumOf(terms);
      const exact = xs.reduce((s, x) => s + x, 0); // ≤ 6 terms: error ≤ 6ε·max|x|, ≪ the margin below
      const big = Math.max(...xs.map(Math.abs));
      const at = `sumOf(${show(terms)}) = ${JSON.stringify(r)}; xs = [${xs.join(', ')}]`;
      if (big === 0) expect(r, at).toEqual(SIGNED_ZERO);
      else if (Math.abs(exact) >= 1.01e-3 * big) {
        expect(r, at).toBeDefined();
        expect(relativeError((r?.sign ?? NaN) * Math.exp(r?.log ?? NaN), exact), at).toBeLessThan(1e-10); // ≤ ~60ε·max|x| in both sums, over ≥ 1e-3·max|x|
      } else if (Math.abs(exact) <= 0.99e-3 * big) expect(r, at).toBeUndefined();
    },
  );
});
