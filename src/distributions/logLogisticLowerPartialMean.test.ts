/**
 * logLogisticLowerPartialMean: E[X·1{X < t}] of the log-logistic(α, β) law for β > 1, against mpmath; its
 * contract (undefined for β ≤ 1 and where F(t) leaves the double range, never a throw); the identity
 * E[X·1{X < t}] + E[X·1{X ≥ t}] = E[X] with the family's upper partial mean.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { logLogisticLogPartialMean, logLogisticMean } from './logLogistic.ts';
import { logLogisticLowerPartialMean } from './logLogisticLowerPartialMean.ts';

/**
 * [α, β, t, log E[X·1{X < t}]]: mpmath at 50 digits from the exact doubles, log(α·betainc(1 + 1/β, 1 − 1/β, 0, F))
 * with F = 1/(1 + (t/α)^{−β}) (X = α(p/(1 − p))^{1/β} at p = F(X)).
 */
const REFERENCE: readonly (readonly [number, number, number, number])[] = [
  [1, 2, 0.5, -2.754393519479172517306084], // t < α: I₁ alone
  [1, 2, 1, -1.253870009147744235941375], // t = α: F = ½ exactly
  [1, 2, 3, -0.05229824929271792284825597],
  [1, 2, 1e6, 0.4515814320490995602551644],
  [1, 2, Infinity, 0.4515827052894548647261952], // the mean, π/2
  [2.5, 1.000000001, 0.1, -6.26698791732283815075119], // β → 1: the incomplete-beta form lost 8 digits here
  [2.5, 1.000000001, 2.5, -0.7280120545854459498197791],
  [2.5, 1.000000001, 1e3, 2.525019429377877580955804],
  [2.5, 1.000000001, 1e12, 4.163354713499002174922489],
  [1, 1.5, 1e-200, -1151.803372120788832736951], // the value (1e-500) is below the double range
  [0.75, 7, 0.9, -0.6122505685148208718318995],
  [0.75, 7, 1.3, -0.2955275436358788366119763],
  [3, 1.25, 1e100, 2.551592238184522049288299],
  [1e-3, 4, 1e-3 * 1.0000000000000002, -7.910222316597053006461142], // t one ulp above α: S just below ½
];

describe('logLogisticLowerPartialMean', () => {
  it('matches mpmath to 1e-14 (log-scaled; measured ≤ 8e-16) on both branches (t ≤ α, t > α), near β = 1 and far in the tails', () => {
    for (const [alpha, beta, t, ref] of REFERENCE) {
      const r = logLogisticLowerPartialMean(alpha, beta, t);
      const at = `logLogisticLowerPartialMean(alpha=${alpha}, beta=${beta}, t=${t})`;
      expect(r, at).toBeDefined();
      expect(r?.sign, at).toBe(1);
      expect(logScaledError(r?.log ?? NaN, ref), `${at}: log ${r?.log} vs mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });

  it('is undefined for β ≤ 1 (infinite mean; the caller uses other methods) and for NaN or infinite β', () => {
    for (const beta of [1, 0.999, 0.5, 0, -2, NaN, Infinity]) {
      for (const t of [0.3, 1, 4, Infinity]) {
        const at = `logLogisticLowerPartialMean(alpha=1, beta=${beta}, t=${t})`;
        expect(() => logLogisticLowerPartialMean(1, beta, t), at).not.toThrow();
        expect(logLogisticLowerPartialMean(1, beta, t), at).toBeUndefined();
      }
    }
  });

  it('is undefined for a NaN or negative t and a NaN α (never a value from NaN)', () => {
    for (const [alpha, t] of [[1, NaN], [1, -1], [NaN, 2]] as const) {
      expect(logLogisticLowerPartialMean(alpha, 2, t), `logLogisticLowerPartialMean(alpha=${alpha}, beta=2, t=${t})`).toBeUndefined();
    }
  });

  it('where F(t) underflows (t/α = 1e-320, β = 2: F ≈ e^{−1474}) gives undefined or the true value, never 0', () => {
    // mpmath, same expression as REFERENCE: log E[X·1{X < 1e-320}] = −2210.887187781029882834939 (α = 1, β = 2)
    for (const [alpha, beta, t, ref] of [[1, 2, 1e-320, -2210.887187781029882834939]] as const) {
      const r = logLogisticLowerPartialMean(alpha, beta, t);
      const at = `logLogisticLowerPartialMean(alpha=${alpha}, beta=${beta}, t=${t}) = ${JSON.stringify(r)}`;
      if (r !== undefined) {
        expect(r.sign, at).toBe(1);
        expect(logScaledError(r.log, ref), at).toBeLessThan(1e-11);
      }
    }
  });

  test.prop([fc.double({ min: 1.05, max: 20, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })])(
    'E[X·1{X < t}] + E[X·1{X ≥ t}] = E[X] (upper part: logLogistic.ts), and 0 < E[X·1{X < t}] < t·F(t)',
    (beta, logRatio, alpha) => {
      const t = alpha * Math.exp(logRatio);
      const at = `alpha=${alpha}, beta=${beta}, t=${t}`;
      const lower = logLogisticLowerPartialMean(alpha, beta, t);
      expect(lower, at).toBeDefined();
      const upper = logLogisticLogPartialMean(t, alpha, beta);
      const mean = logLogisticMean(alpha, beta);
      const sum = Math.exp(lower?.log ?? NaN) + upper.sign * Math.exp(upper.log);
      expect(relativeError(sum, mean), `${at}: lower ${lower?.log}, upper ${upper.log}, mean ${mean}`).toBeLessThan(1e-10);
      const tF = t / (1 + (t / alpha) ** -beta);
      expect(Math.exp(lower?.log ?? NaN), `${at}: lower ${lower?.log} vs t·F ${tF}`).toBeLessThan(tF);
    },
  );
});
