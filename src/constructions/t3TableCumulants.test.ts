import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { logUniform } from '../arbitraries/logUniform.ts';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { tableCumulants } from './t3TableCumulants.ts';

/**
 * The node tables (octave, shared per octave, fitted to λ rounded to 2^{−10} in log₂λ) against the family's own
 * adaptive quadrature of log E[e^{λX}]: the centred Λ(λ) = log M(λ) − λμ must agree within the table's own error
 * estimate plus 1e-8 of |Λ| + |λμ| (the reference's accuracy: log M − λμ cancels), at λ over ten octaves.
 * Below λ ≈ 1e-3 the reference itself cancels too far to judge the tables; larger λ (where the family quadrature
 * is no reference at this accuracy) are checked against mpmath in t3TableCumulantsWeibull.test.ts.
 */
const laws: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc.record({ xm: logUniform(0.5, 2), alpha: fc.double({ min: 2.5, max: 6, noNaN: true }) }).map(({ xm, alpha }): DistributionSpec => ({ family: 'affine', base: { family: 'pareto', xm, alpha }, loc: 0, scale: -1 })),
  fc.record({ k: fc.double({ min: 1.2, max: 3, noNaN: true }), lambda: logUniform(0.5, 2) }).map(({ k, lambda }): DistributionSpec => ({ family: 'weibull', k, lambda })),
  fc.record({ mu: fc.double({ min: -1, max: 1, noNaN: true }), sigma: fc.double({ min: 0.3, max: 1.5, noNaN: true }) }).map(({ mu, sigma }): DistributionSpec => ({ family: 'affine', base: { family: 'lognormal', mu, sigma }, loc: 1, scale: -1 })),
);

describe('tableCumulants against the family quadrature', () => {
  it('Λ(λ) within the table error + 1e-9 relative, λ from 1e-3 to 1', () => {
    fc.assert(
      fc.property(laws, fc.array(logUniform(1e-3, 1), { minLength: 3, maxLength: 6 }), (spec, lambdas) => {
        const q = build(spec);
        const c = tableCumulants(q);
        const mu = q.mean();
        for (const l of lambdas) {
          const ref = q.logMgf(l) - l * mu;
          const got = c.logMgf(l);
          const msg = `Λ(${l}) of ${JSON.stringify(spec)} = ${got.value} ± ${got.error} vs quadrature ${ref}`;
          expect(Number.isFinite(got.value), msg).toBe(true);
          expect(Math.abs(got.value - ref), msg).toBeLessThanOrEqual(got.error + 1e-8 * (Math.abs(ref) + Math.abs(l * mu)));
          // and the estimate is useful: the tables resolve these smooth laws
          expect(got.error, msg).toBeLessThanOrEqual(1e-6 * (Math.abs(got.value) + Math.abs(l * mu)));
        }
      }),
      { numRuns: 40 }, // each case builds several node tables and quadratures (~50 ms)
    );
  });
});
