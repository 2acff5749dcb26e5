import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { DistributionSpec } from '../distributions/types.ts';
import { relativeError } from '../numerics/tolerance.ts';
import { buildPair } from './buildPair.ts';
import { prepareLaw } from './logExpectation.ts';

/**
 * Densities infinite at an end of the support: independent pairs U = X + V, X ~ N(0, 1).
 * [V law, t, E[V·1{U > t}], log P(U > t)]: mpmath, dps = 50, tanh-sinh quad over the support (split at the
 * points shown) of v·f_V(v)·Φc(t − v) and of f_V(v)·Φc(t − v), Φc(z) = erfc(z/√2)/2, with
 * f = v^{−½}(1 − v)/B(½, 2); v(1 − v)^{−½}/B(2, ½); 0.6·v^{−0.4}e^{−v^{0.6}}; v^{−0.7}e^{−v}/Γ(0.3).
 */
const SINGULAR_V: readonly (readonly [string, DistributionSpec, number, number, number])[] = [
  ['Beta(0.5, 2)', { family: 'beta', alpha: 0.5, beta: 2 }, 0.5, 0.09442028934337686, -0.9573090232213621],
  ['Beta(0.5, 2)', { family: 'beta', alpha: 0.5, beta: 2 }, 3, 0.0012324232192121242, -5.740951895261824],
  ['Beta(2, 0.5)', { family: 'beta', alpha: 2, beta: 0.5 }, 0.5, 0.5104956599271812, -0.4843859680895225],
  ['Beta(2, 0.5)', { family: 'beta', alpha: 2, beta: 0.5 }, 3, 0.013669150895973571, -4.169552108400607],
  ['Weibull(0.6, 1)', { family: 'weibull', k: 0.6, lambda: 1 }, 0.5, 1.3744643980271556, -0.5048195088375389],
  ['Weibull(0.6, 1)', { family: 'weibull', k: 0.6, lambda: 1 }, 3, 0.9375954489152027, -1.814065574241668],
  ['Gamma(0.3, 1)', { family: 'gamma', shape: 0.3, rate: 1 }, 0.5, 0.20643872106772834, -0.888470726246508],
  ['Gamma(0.3, 1)', { family: 'gamma', shape: 0.3, rate: 1 }, 3, 0.03704741398865532, -4.154933929348785],
];

describe('logExpectation with an infinite density at an end of the support', () => {
  it('E[V·1{U > t}] and log P(U > t) for independent pairs match mpmath to 1e-12', () => {
    for (const [name, v, t, partial, logSf] of SINGULAR_V) {
      const p = buildPair({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v });
      const got = p.partialV(t);
      expect(got.converged, `partialV(${t}); V ~ ${name}: ${JSON.stringify(got)}`).toBe(true);
      expect(relativeError(got.value, partial), `partialV(${t}); V ~ ${name} = ${got.value}`).toBeLessThan(1e-12);
      const sf = p.u.logSf(t);
      expect(relativeError(sf, logSf), `u.logSf(${t}); V ~ ${name} = ${sf}`).toBeLessThan(1e-12);
    }
  });

  const singularLaws: readonly DistributionSpec[] = [
    { family: 'beta', alpha: 0.05, beta: 2 },
    { family: 'beta', alpha: 0.5, beta: 0.5 },
    { family: 'beta', alpha: 3, beta: 0.2 },
    { family: 'weibull', k: 0.3, lambda: 2 },
    { family: 'gamma', shape: 0.05, rate: 1 },
  ];
  test.prop([fc.constantFrom(...singularLaws), fc.double({ min: 1e-3, max: 1 - 1e-3, noNaN: true })])(
    'E[1{V < q}] converges and equals the cdf at q (mass next to the singular end is kept)',
    (spec, p) => {
      const law = prepareLaw(spec);
      const q = law.dist.quantile(p);
      const got = law.logExpectation(() => 0, { upper: q });
      const want = law.dist.logCdf(q);
      const tag = `log E[1{V < ${q}}], V ~ ${JSON.stringify(spec)}`;
      expect(got.converged, `${tag}: ${JSON.stringify(got)}`).toBe(true);
      expect(Math.abs(got.log - want), `${tag} = ${got.log} vs logCdf ${want}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(want)));
      const whole = law.logExpectation(() => 0);
      expect(Math.abs(whole.log), `log E[1], V ~ ${JSON.stringify(spec)} = ${whole.log}`).toBeLessThan(1e-9);
    },
  );
});
