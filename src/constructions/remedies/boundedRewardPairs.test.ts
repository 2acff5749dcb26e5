import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { boundedRewardPair } from './boundedRewardPairs.ts';

describe('boundedRewardPair', () => {
  it('mixes X discrete ⊥ V continuous in at about a fifth of the pairs, and keeps remedyPair\'s constraints', () => {
    const pairs = fc.sample(boundedRewardPair({ independent: true, maxAtoms: 3 }), { numRuns: 600, seed: 5 });
    const discrete = pairs.filter((p) => p.kind === 'independent' && build(p.x).support.kind === 'discrete' && build(p.v).support.kind === 'continuous');
    const share = discrete.length / pairs.length;
    expect(share, `share of discrete-X ⊥ continuous-V pairs ${share}`).toBeGreaterThan(0.12);
    expect(share, `share of discrete-X ⊥ continuous-V pairs ${share}`).toBeLessThan(0.3);
    // independent only: no linear or functional kinds
    expect(pairs.every((p) => p.kind === 'independent' || p.kind === 'latentMixture'), 'kinds').toBe(true);
  });
  it('discreteNoise: 0 leaves remedyPair alone', () => {
    const pairs = fc.sample(boundedRewardPair({ independent: true, discreteNoise: 0 }), { numRuns: 300, seed: 6 });
    const discreteWithContinuousV = pairs.filter((p) => p.kind === 'independent' && build(p.x).support.kind === 'discrete' && build(p.v).support.kind === 'continuous');
    expect(discreteWithContinuousV.length).toBe(0);
  });
  it('copula: quantile couplings (both kinds) where dependence is allowed, never with independent', () => {
    const kinds = (c: Parameters<typeof boundedRewardPair>[0]) => fc.sample(boundedRewardPair(c), { numRuns: 400, seed: 7 }).map((p) => p.kind);
    const dependent = kinds({ maxAtoms: 3, copula: 1 });
    const share = dependent.filter((k) => k === 'comonotone' || k === 'countermonotone').length / dependent.length;
    expect(share, `share of quantile couplings ${share}`).toBeGreaterThan(0.08);
    expect(dependent.includes('comonotone') && dependent.includes('countermonotone'), 'both couplings').toBe(true);
    const independent = kinds({ maxAtoms: 3, copula: 1, independent: true });
    expect(independent.filter((k) => k === 'comonotone' || k === 'countermonotone').length, 'couplings with independent').toBe(0);
  });
});
