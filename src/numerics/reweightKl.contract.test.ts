/**
 * Contracts of reweightKl (claims.md §4, "second way"): r = 0 on a set (P = Q conditioned on the rest, KL =
 * −log Q(A)), r irrelevant where q = 0, the options (method 'gk', mean: false, relTol), and the error
 * fields (klError bounds the true error; reasons on failure).
 */
import { describe, it, expect } from 'vitest';
import { reweightKl } from './reweightKl.ts';
import { relativeError } from './tolerance.ts';

const exp1 = { logPdf: (x: number) => -x, lower: 0, upper: Infinity };
/** P = Exp(1) conditioned on X ≥ 1: r = 0 below 1 and e above, KL = −log P(X ≥ 1) = 1, E_P[X] = 2. */
const conditionAbove1 = (x: number): number => (x < 1 ? -Infinity : 1);

describe('reweightKl contracts', () => {
  it('conditioning (r = 0 on a set): KL = −log Q(A) = 1, mean 2, mass 1, klError bounds the error', () => {
    for (const method of ['both', 'gk'] as const) {
      const r = reweightKl(exp1, conditionAbove1, { breakpoints: [1], method });
      expect(r.converged, `${method}: ${r.reason}`).toBe(true);
      expect(r.reason, method).toBeUndefined();
      expect(relativeError(r.kl, 1), `${method}: kl ${r.kl}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(r.kl - 1), `${method}: klError ${r.klError}`).toBeLessThanOrEqual(r.klError);
      expect(r.klError, method).toBeLessThanOrEqual(1e-10);
      expect(Math.abs(r.mass - 1), `${method}: mass ${r.mass}`).toBeLessThanOrEqual(1e-12);
      expect(r.massError, method).toBeLessThanOrEqual(1e-10);
      expect(relativeError(r.mean!, 2), `${method}: mean ${r.mean}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(r.mean! - 2), `${method}: meanError ${r.meanError}`).toBeLessThanOrEqual(r.meanError! + 1e-15);
      expect(r.meanError!, method).toBeLessThanOrEqual(1e-9);
      expect(r.meanReason, method).toBeUndefined();
    }
  });

  it('a small tilt (|log r| < 1 on the body, > 1 in the tails): KL(N(θ,1) ‖ N(0,1)) = θ²/2 to 1e-12 relative', () => {
    const lsq = 0.5 * Math.log(2 * Math.PI);
    const normal = { logPdf: (x: number) => -0.5 * x * x - lsq, lower: -Infinity, upper: Infinity };
    for (const theta of [0.001, 0.1, 0.7]) {
      const r = reweightKl(normal, (x) => theta * x - 0.5 * theta * theta, { method: 'gk' });
      expect(relativeError(r.kl, 0.5 * theta * theta), `θ=${theta}: kl ${r.kl}`).toBeLessThanOrEqual(1e-11);
      expect(relativeError(r.mean!, theta), `θ=${theta}: mean ${r.mean}`).toBeLessThanOrEqual(1e-11);
    }
  });

  it('r = 1 gives KL = 0 and the mean of Q; a constant r = c gives mass c and KL = 0', () => {
    const same = reweightKl(exp1, () => 0);
    expect(same.kl, 'kl').toBe(0);
    expect(same.mass).toBe(1);
    expect(relativeError(same.mean!, 1)).toBeLessThanOrEqual(1e-12);
    const scaled = reweightKl(exp1, () => Math.log(5));
    expect(relativeError(scaled.mass, 5), `mass ${scaled.mass}`).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(scaled.kl), `kl ${scaled.kl}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(scaled.mean!, 1), `mean ${scaled.mean}`).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(scaled.mean! - 1), `meanError ${scaled.meanError}`).toBeLessThanOrEqual(scaled.meanError! + 1e-15);
  });

  it('r where q = 0 is never used (even r = +∞ or NaN there)', () => {
    // Q uniform on [0, 1] ∪ [2, 3], density ½; log r = NaN on the gap (1, 2), 0 elsewhere
    const gapped = { logPdf: (x: number) => (x > 1 && x < 2 ? -Infinity : -Math.LN2), lower: 0, upper: 3 };
    for (const bad of [Infinity, NaN]) {
      const r = reweightKl(gapped, (x) => (x > 1 && x < 2 ? bad : 0), { breakpoints: [1, 2] });
      expect(r.converged, `log r = ${bad} on the gap: ${r.reason}`).toBe(true);
      expect(Math.abs(r.kl), `log r = ${bad}: kl ${r.kl}`).toBeLessThanOrEqual(1e-14);
      expect(relativeError(r.mean!, 1.5), `log r = ${bad}: mean ${r.mean}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('mean: false skips E_P[X]: no mean, meanError or meanReason fields', () => {
    const r = reweightKl(exp1, conditionAbove1, { breakpoints: [1], mean: false });
    expect(relativeError(r.kl, 1)).toBeLessThanOrEqual(1e-12);
    expect('mean' in r || 'meanError' in r || 'meanReason' in r, JSON.stringify(r)).toBe(false);
  });

  it('a NaN ratio on the support: not converged, KL NaN, with a reason; the mean reports why not', () => {
    const r = reweightKl(exp1, (x) => (x > 0.5 && x < 0.75 ? NaN : 0));
    expect(r.converged).toBe(false);
    expect(r.reason, JSON.stringify(r)).toBeTypeOf('string');
    expect(r.reason!.length).toBeGreaterThan(0);
    expect(r.mean).toBeUndefined();
    expect(r.meanReason).toBeTypeOf('string');
  });

  it('a looser relTol still meets itself', () => {
    const r = reweightKl(exp1, (x) => Math.LN2 - x, { relTol: 1e-6, method: 'gk' });
    expect(r.converged, r.reason).toBe(true);
    expect(relativeError(r.kl, Math.LN2 - 0.5), `kl ${r.kl}`).toBeLessThanOrEqual(1e-6);
  });
});
