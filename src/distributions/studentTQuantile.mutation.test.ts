/**
 * Targeted tests for mutants of studentTQuantile.ts that survived mutation testing (reasons in
 * .scratch/mutation/reasons-s7-st.json). Reference quantiles are from mpmath at 50 digits: the root z of
 *   log P(Z > z) = log(1 − p),  P(Z > z) = betainc(ν/2, ½, 0, ν/(ν + z²), regularized=True)/2,
 * found by findroot (secant in u = log z, tol 1e-45) from scipy's t.ppf, with p the double written below.
 */
import { describe, it, expect } from 'vitest';
import { studentTQuantile } from './studentTQuantile.ts';

function expectRel(actual: number, expected: number, tol: number, what: string): void {
  expect(Math.abs(actual - expected) <= tol * Math.abs(expected), `${what}: got ${actual}, expected ${expected}`).toBe(true);
}

describe('studentTQuantile in the upper tail p > ¾ (inverted from 1 − p, not from δ = p − ½, which loses 1 − p)', () => {
  // [df, p, mpmath quantile]
  const cases: [number, number, number][] = [
    [3, 0.8, 0.978472312363304652419665147670699802],
    [3, 0.999999, 103.299467779428971772379380981043009],
    [3, 1 - 2 ** -53, 214952.998062579528766520306869795372],
    [30, 0.999999, 5.87111712040862381330104579566813266],
    [0.3, 0.9, 64.7865456370969492346161037084134544],
  ];
  it('matches mpmath to 1e-13 relative', () => {
    for (const [df, p, ref] of cases) expectRel(studentTQuantile(p, df), ref, 1e-13, `quantile(${p}; df=${df})`);
  });
  it('with loc and scale: loc + scale·z', () => {
    for (const [df, p, ref] of cases) {
      expectRel(studentTQuantile(p, df, -2, 0.5) + 2, 0.5 * ref, 1e-13, `quantile(${p}; df=${df}, loc=-2, scale=0.5) + 2`);
    }
  });
});

describe('studentTQuantile where the root in u = log z is found at u ≈ 260 (z ≈ 1e113, ulp(u)/u ≈ 2e-16)', () => {
  // the Newton iterate can land exactly on a zero of h(u) = log(1 − p) − log F̄(e^u); it must be returned as is
  it('quantile(0.999999; df=0.05) = 1.08760446697468383467032757986513544e113 (mpmath) to 1e-13 relative', () => {
    expectRel(studentTQuantile(0.999999, 0.05), 1.08760446697468383467032757986513544e113, 1e-13, 'quantile(0.999999; df=0.05)');
    expectRel(studentTQuantile(1 - 0.999999, 0.05), -1.08760446697468383467032757986513544e113, 1e-13, 'quantile(1e-6; df=0.05)');
  });
});
