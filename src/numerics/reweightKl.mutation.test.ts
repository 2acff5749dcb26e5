/**
 * reweightKl when the reweighting has no mass (r = 0 everywhere): every integral converges (to 0 or −1),
 * yet KL and E_P[X] are 0/0, so the result must say so. Written from surviving mutants (Stryker,
 * bench/mutation-scores.json).
 */
import { describe, it, expect } from 'vitest';
import { reweightKl } from './reweightKl.ts';

const exp1 = { logPdf: (x: number) => -x, lower: 0, upper: Infinity };

describe('reweightKl with r = 0 everywhere (Z = 0)', () => {
  it('is not converged; the reasons name the NaN KL and mean; no mean is reported', () => {
    for (const method of ['both', 'gk'] as const) {
      const r = reweightKl(exp1, () => -Infinity, { method });
      expect(r.mass, `${method}: mass`).toBe(0);
      expect(r.kl, `${method}: kl`).toBeNaN();
      expect(r.converged, `${method}: converged`).toBe(false);
      expect(r.reason, `${method}: reason`).toBe('KL is NaN');
      expect(r.mean, `${method}: mean`).toBeUndefined();
      expect(r.meanReason, `${method}: meanReason`).toBe('E_P[X] is NaN');
    }
  });
});

describe('reweightKl error scales', () => {
  const lsq = 0.5 * Math.log(2 * Math.PI);
  it('klError is relative to KL: a tiny KL (θ = 0.001, KL = 5e-7) has klError ≤ 1e-16', () => {
    const normal = { logPdf: (x: number) => -0.5 * x * x - lsq, lower: -Infinity, upper: Infinity };
    const r = reweightKl(normal, (x) => 0.001 * x - 0.5e-6, { method: 'gk' });
    expect(r.klError, `KL(N(0.001, 1) ‖ N(0, 1)) = ${r.kl}: klError`).toBeLessThanOrEqual(1e-16);
  });
  it('the mean of a wide symmetric law (σ = 1e6) converges to 0: absolute tolerance relTol·E|X|', () => {
    const s = 1e6;
    const wide = { logPdf: (x: number) => -0.5 * (x / s) ** 2 - lsq - Math.log(s), lower: -Infinity, upper: Infinity };
    const r = reweightKl(wide, () => 0, { method: 'gk' });
    expect(r.meanReason, 'N(0, 1e12), r = 1').toBeUndefined();
    expect(Math.abs(r.mean!), `N(0, 1e12), r = 1: mean ${r.mean}`).toBeLessThan(1e-6 * s);
  });
});
