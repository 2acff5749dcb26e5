import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { logMeanH, logMeanHGap, rewardAt } from './boundedReward.ts';
import { tiltShift } from './boundedRewardVerdicts.ts';

describe('logMeanH: log E[e^{(r(g + N) − 1)/β}]', () => {
  it('clip, N ~ U(0, 1), scale 10: e^{−1/β}·10β(e^{1/(10β)} − 1) (r = U/10 on the support)', () => {
    const n = build({ family: 'uniform', a: 0, b: 1 });
    const beta = 0.5;
    const exact = -1 / beta + Math.log(10 * beta * Math.expm1(1 / (10 * beta)));
    const r = logMeanH({ squash: 'clip', loc: 0, scale: 10 }, beta, 0, n);
    expect(Math.abs(r.log - exact), `log W = ${r.log} vs ${exact}`).toBeLessThan(1e-9);
  });

  it('step: e^{−2/β} + (1 − e^{−2/β})·F̄_N(loc − g) exactly', () => {
    const n = build({ family: 'exponential', rate: 1 });
    const r = logMeanH({ squash: 'step', loc: 2, scale: 1 }, 1, 0, n);
    expect(Math.abs(r.log - Math.log(Math.exp(-2) + (1 - Math.exp(-2)) * Math.exp(-2))), `${r.log}`).toBeLessThan(1e-14);
  });

  it('tanh, N = point mass 0.3: e^{(tanh(0.3) − 1)/β}', () => {
    const n = build({ family: 'pointMass', x: 0.3 });
    const beta = 0.25;
    const r = logMeanH({ squash: 'tanh', loc: 0, scale: 1 }, beta, 0, n);
    expect(Math.abs(r.log - (Math.tanh(0.3) - 1) / beta), `${r.log}`).toBeLessThan(1e-9);
  });

  it('the gap W(0) − W(−2) for sigmoid, Pareto(100, 1), β = 1: ≈ 2(e² − 1)·E[e^{−X}] ≈ e^{−102.08}', () => {
    const gap = logMeanHGap({ squash: 'sigmoid', loc: 0, scale: 1 }, 1, 0, -2, build({ family: 'pareto', xm: 100, alpha: 1 }));
    // 1 − tanh(y/2) ≈ 2e^{−y}; E[e^{−X}] = e^{−100}/100·(1 − 2/100 + …): log ≈ −102.0776 (first order)
    expect(Math.abs(gap.log - -102.0776), `${gap.log}`).toBeLessThan(2e-3);
  });

  it('rewardAt stays in [−1, 1] for the bounded squashes', () => {
    for (const squash of ['clip', 'tanh', 'sigmoid', 'step'] as const) {
      for (const u of [-1e300, -3, 0, 0.5, 1e300]) {
        const r = rewardAt({ squash, loc: 0, scale: 1 }, u);
        expect(Math.abs(r) <= 1, `${squash}(${u}) = ${r}`).toBe(true);
      }
    }
  });

  it('E_{P*}[V] − E[V] > 0 for X ⊥ V (normal X, V ∈ {0, 1}, clip, β = 1e-3): weights Φ̄-like, shift ≈ 0.26', () => {
    const s = tiltShift({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } }, { squash: 'clip', loc: 0, scale: 1 }, 1e-3);
    if (!('shift' in s)) throw new Error(s.reason);
    // β → 0 limit: E[V | U ≥ 1] − 1/2 = Φ̄(0)/(Φ̄(0) + Φ̄(1)) − 1/2 = 0.5/(0.5 + 0.15866) − 0.5 = 0.2591
    expect(Math.abs(s.shift - 0.2591), `shift ${s.shift}`).toBeLessThan(2e-3);
  });
});

describe('logMeanHGap over a bounded noise: the s-window where the integrand is non-zero (gapWindow)', () => {
  // N = −1 + 2·Beta(2, 3) ∈ [−1, 1], tanh(u + 10), β = 0.1: every U = g + N lies where 1 − r ≈ e^{−20}…e^{−28},
  // so the integrand is non-zero only on a stretch of s near −20 inside [−1e7, log 20]; the quadrature over the
  // whole range stepped over it and returned an exact 0 marked converged. References: mpmath (60 digits),
  // log(W(g) − W(g0)), W(g) = quad(exp((tanh(g − 1 + 2x + 10) − 1)/0.1)·12x(1 − x)², x ∈ [0, 1]).
  const noise = build({ family: 'affine', base: { family: 'beta', alpha: 2, beta: 3 }, loc: -1, scale: 2 });
  const r = { squash: 'tanh', loc: -10, scale: 1 } as const;
  it.each([
    [3, 1, -18.33494108443277333411013],
    [2, 1.5, -19.77513077816569508725901],
  ])('g = %d, g0 = %d: log gap within its error of mpmath', (g, g0, exact) => {
    const q = logMeanHGap(r, 0.1, g, g0, noise);
    expect(q.converged, `logMeanHGap(tanh(u + 10), β = 0.1, g = ${g}, g0 = ${g0}): ${JSON.stringify(q)}`).toBe(true);
    expect(Math.abs(q.log - exact), `log gap ${q.log} vs mpmath ${exact} (relError ${q.relError})`).toBeLessThanOrEqual(Math.max(q.relError, 1e-12));
    expect(q.relError, `claimed relError ${q.relError}`).toBeLessThan(1e-6);
  });
});
