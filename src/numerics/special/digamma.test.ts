import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { relativeError } from '../tolerance.ts';
import { digamma } from './digamma.ts';

/** [x, ψ(x)]: mpmath, dps = 50, digamma(mpf(x)) at the double x (1.4616… is the double nearest the root). */
const DIGAMMA: readonly (readonly [number, number])[] = [
  [0.01, -100.56088545786868],
  [0.5, -1.9635100260214235],
  [1, -0.5772156649015329],
  [1.4, -0.06138454458511624],
  [1.46, -0.0015805619870834522],
  [1.4616321449683622, -9.241265521729427e-17],
  [1.47, 0.008066489011364869],
  [1.5, 0.03648997397857652],
  [2, 0.42278433509846713],
  [5, 1.5061176684318005],
  [9.9, 2.2411803166063815],
  [10, 2.251752589066721],
  [100, 4.600161852738087],
  [1e10, 23.025850929890456],
  [1e-10, -10000000000.577215],
  [1e-300, -9.999999999999999e+299],
];

describe('digamma', () => {
  it('matches mpmath to 2e-14 relative, including at its positive root', () => {
    for (const [x, ref] of DIGAMMA) {
      expect(relativeError(digamma(x), ref), `digamma(${x}) = ${digamma(x)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });

  it('is NaN for x ≤ 0', () => {
    for (const x of [0, -1, -2.5, NaN]) expect(digamma(x), `digamma(${x})`).toBeNaN();
  });

  // x = k/1024 so that x + 1 is exact. Below 10 both sides recur to the same point, so the check is
  // structural there; x in [10, 20] is where it tests the asymptotic series against itself one step on.
  test.prop([fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 10240, max: 20480 }))])('satisfies ψ(x + 1) = ψ(x) + 1/x', (k) => {
    const x = k / 1024;
    const lhs = digamma(x + 1);
    const rhs = digamma(x) + 1 / x;
    const slack = 2e-15 * (Math.abs(digamma(x)) + 1 / x);
    expect(Math.abs(lhs - rhs), `digamma(${x} + 1) = ${lhs} vs ${rhs}`).toBeLessThanOrEqual(slack);
  });
});
