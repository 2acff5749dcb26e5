import { describe, expect, it } from 'vitest';
import { buildCached } from '../../claims/buildCached.ts';
import { logSumExp } from '../../numerics/logspace.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { weakPenaltyPairVerdict } from './weakPenaltyLimit.ts';

const tanh = { squash: 'tanh', loc: 0, scale: 1 } as const;
const geo: DistributionSpec = { family: 'geometric', p: 0.5 };
const cat = (values: number[]): DistributionSpec => ({ family: 'categorical', values, probs: values.map(() => 1 / values.length) });

describe('weakPenaltyPairVerdict, finite V against an exponential-type X with atoms (a lattice): no limit value, the sign only', () => {
  it('X = Geometric(½) ⊥ V ∈ {0, 0.3}, tanh: lim inf gain > 0 — holds without a limit value; the flipped mutant fails', () => {
    const p: PairSpec = { kind: 'independent', x: geo, v: cat([0, 0.3]) };
    const d = weakPenaltyPairVerdict(p, tanh);
    expect(d.status, d.summary).toBe('holds');
    expect(d.summary).toContain('may oscillate');
    expect(d.numbers.limitShift, d.summary).toBeUndefined();
    expect(weakPenaltyPairVerdict(p, tanh, true).status).toBe('fails');
  });
  it('U = −2V + Z (X = −3V + Z, Z geometric): E[V | g] decreasing in g — lim sup gain < 0, fails', () => {
    const d = weakPenaltyPairVerdict({ kind: 'linear', v: cat([0, 0.3]), z: geo, a: -3 }, tanh);
    expect(d.status, d.summary).toBe('fails');
    expect(d.summary).toContain('lim sup');
  });
  it('g = v + v²: E[V | g] monotone over {−1, 0, ½} (holds), not over {−2, 0, ½} (inconclusive)', () => {
    const sq = (values: number[]): PairSpec => ({ kind: 'functional', v: cat(values), noise: geo, f: { kind: 'square' } });
    expect(weakPenaltyPairVerdict(sq([-1, 0, 0.5]), tanh).status).toBe('holds');
    expect(weakPenaltyPairVerdict(sq([-2, 0, 0.5]), tanh).status).toBe('inconclusive');
  });
  it('a continuous exponential-type X keeps its limit value: X ~ Exp(1), V ∈ {0, 1}: e/(1 + e) − ½', () => {
    const d = weakPenaltyPairVerdict({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: cat([0, 1]) }, tanh);
    expect(d.status, d.summary).toBe('holds');
    expect(d.numbers.limitShift as number).toBeCloseTo(Math.E / (1 + Math.E) - 0.5, 12);
  });
  it('direct computation: for X = Geometric(½) ⊥ V ∈ {0, 0.3}, E_{π*(β)}[V] differs across a period of t_β = ½log(2/β), every phase above E[V] = 0.15', () => {
    // (tanh(u) − 1)/β = −1/(e^{−2t} + e^{2(u − t)}), t = ½ log(2/β); atoms k ≥ 1 with P = 2^{−k}
    const d = buildCached(geo);
    const mean = (t: number): number => {
      const logPsi = (v: number): number => {
        const terms: number[] = [];
        for (let k = 1; k <= t + 1000; k++) terms.push(d.logPdf(k) - 1 / (Math.exp(-2 * t) + Math.exp(2 * (k + v - t))));
        return logSumExp(terms);
      };
      const a = logPsi(0), b = logPsi(0.3), top = Math.max(a, b);
      const w0 = Math.exp(a - top), w1 = Math.exp(b - top);
      return (0.3 * w1) / (w0 + w1);
    };
    const m = [40, 40.25, 40.5, 40.75].map(mean);
    expect(Math.min(...m), `${m}`).toBeGreaterThan(0.16);
    expect(Math.max(...m) - Math.min(...m), `${m}`).toBeGreaterThan(1e-3);
  });
});

describe('weakPenaltyPairVerdict, review cases (session 6): no verdict from an order or a tail that rounding or one class decides', () => {
  it('g = v² at v = −1.0038288878392254, 0.003828887839225415: the shifts are 4.4e-19 apart in exact arithmetic, reversed in doubles — not decided', () => {
    const p: PairSpec = { kind: 'functional', v: cat([-1.0038288878392254, 0.003828887839225415]), noise: geo, f: { kind: 'square' } };
    expect(weakPenaltyPairVerdict(p, tanh).status).toBe('inconclusive');
  });
  it('½·(V = 1, X ~ Geometric(½)) + ½·(V = 0, X ~ Geometric(0.05)), tanh: the 0.95^t class dominates (limit 0 < ½): not `holds` from the first class\'s tail', () => {
    const p: PairSpec = {
      kind: 'latentMixture', weights: [0.5, 0.5],
      components: [{ kind: 'independent', x: geo, v: { family: 'pointMass', x: 1 } }, { kind: 'independent', x: { family: 'geometric', p: 0.05 }, v: { family: 'pointMass', x: 0 } }],
    };
    expect(weakPenaltyPairVerdict(p, tanh).status).not.toBe('holds');
  });
});
