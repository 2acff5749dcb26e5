import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { balancedTheta, toyQuantities } from './toyModel.ts';
import { severityAt } from './severity.ts';
import { isBalanced } from './directions.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

describe('toyQuantities', () => {
  it('matches mpmath closed forms for Pareto(1, 2) at (θ, p, s) = (0.3, 0.05, 10)', () => {
    // mpmath, 30 digits: L = (μ − q·H)/(1 − q), KL = θ²/2 + kl(p‖s^{-α}), E[U] = θ + (1 − p)L + pH, and the s-derivatives
    const t = toyQuantities(build({ family: 'pareto', xm: 1, alpha: 2 }), { theta: 0.3, p: 0.05, s: 10 });
    const cases: [string, number, number][] = [
      ['L', t.L, 1.81818181818181818181818181818],
      ['kl', t.kl, 0.0862910850143583810995230443],
      ['meanU', t.meanU, 3.02727272727272727272727272727],
      ['∂sKL', t.gradKl[2], 0.00808080808080808080808080808081],
      ['∂sEU', t.gradU[2], 0.115702479338842975206611570248],
    ];
    for (const [name, got, want] of cases) expect(rel(got, want), `${name}: ${got} vs ${want}`).toBeLessThan(1e-12);
  });

  const laws: DistributionSpec[] = [{ family: 'studentT', df: 3 }, { family: 'lognormal', mu: 0, sigma: 1 }, { family: 'exponential', rate: 2 }, { family: 'weibull', k: 0.5, lambda: 1 }];
  for (const spec of laws) {
    it(`gradients agree with central differences (${spec.family})`, () => {
      const x = build(spec);
      const s = severityAt(x, -4);
      const pt = { theta: 0.7, p: 0.2, s };
      const t = toyQuantities(x, pt);
      const h = [1e-5, 1e-6, 1e-5 * s];
      const keys = ['theta', 'p', 's'] as const;
      keys.forEach((k, i) => {
        const up = toyQuantities(x, { ...pt, [k]: pt[k] + h[i] });
        const dn = toyQuantities(x, { ...pt, [k]: pt[k] - h[i] });
        const dKl = (up.kl - dn.kl) / (2 * h[i]);
        const dU = (up.meanU - dn.meanU) / (2 * h[i]);
        expect(rel(t.gradKl[i], dKl), `∂KL/∂${k} ${spec.family}: ${t.gradKl[i]} vs ${dKl}`).toBeLessThan(1e-5);
        expect(rel(t.gradU[i], dU), `∂EU/∂${k} ${spec.family}: ${t.gradU[i]} vs ${dU}`).toBeLessThan(1e-5);
      });
    });
  }

  it('severityAt inverts log F̄ far in the tail, and balancedTheta balances', () => {
    for (const spec of laws) {
      const x = build(spec);
      for (const l of [-0.5, -10, -300]) {
        const s = severityAt(x, l);
        expect(rel(x.logSf(s), l), `logSf(severityAt(${l})) for ${spec.family}: ${x.logSf(s)}`).toBeLessThan(1e-9);
        const theta = balancedTheta(x, Math.min(0.5, Math.exp(l + 2)), s);
        expect(isBalanced(toyQuantities(x, { theta, p: Math.min(0.5, Math.exp(l + 2)), s })), `${spec.family} at ${l}`).toBe(true);
      }
    }
  });
});
