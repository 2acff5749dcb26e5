import { describe, expect, it } from 'vitest';
import { finiteAtoms } from './finitePair.ts';
import { oddsRatioVerdict, quantilizerShift } from './oddsRatio.ts';
import type { PairSpec } from '../../pairs/types.ts';

describe('oddsRatioVerdict: an exact zero gain is a certificate only where u_K − g is resolved', () => {
  it('X with two far atoms of mass ½, V ∈ {0, 1}, K = 2: the top half of U is {X = 10}, gain exactly 0 — fails', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'categorical', values: [0, 10], probs: [0.5, 0.5] }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
    const r = oddsRatioVerdict(finiteAtoms(pair)!, Math.LN2);
    expect(r.status, r.summary).toBe('fails');
  });
  it('zeta X with s ≈ 1.0014: u_K ≈ 9e307, where u − 1 rounds to u and the true (tiny, positive) gain vanishes — inconclusive, not fails', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'zeta', s: 1.0014091122938094 }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
    const r = oddsRatioVerdict(finiteAtoms(pair)!, 1);
    expect(r.status, r.summary).toBe('inconclusive');
  });
});

describe('quantilizerShift: the threshold is an atom of U exactly at a bracket end', () => {
  // X ∈ {0, 2}, V ∈ {0, 1} (halves, independent): U ∈ {0, 1, 2, 3} uniformly. K = 3: Q(U > 2) = ¼ ≤ ⅓ < Q(U ≥ 2),
  // so u_K = 2 (where the bracket search first stops: t = 1, 2, …); a threshold one ulp below 2 (the earlier
  // code: sinh(asinh 2) < 2) puts ratio 3 on all of {U ≥ 2}, mass 1.5, and reports E[V | U ≥ 2] − ½ = 0.
  it('u = 2, randomised on the atom: E_P[V] − E[V] = ¼', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'categorical', values: [0, 2], probs: [0.5, 0.5] }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
    const s = quantilizerShift(finiteAtoms(pair)!, Math.log(3));
    if ('reason' in s) throw new Error(s.reason);
    // P = 3·Q on {U = 3} = {X = 2, V = 1}: mass ¾, V = 1; the atom {U = 2} = {X = 2, V = 0}: mass ¼, V = 0 → E_P[V] = ¾
    expect(s.threshold, JSON.stringify(s)).toBe(2);
    expect(Math.abs(s.shift - 0.25), JSON.stringify(s)).toBeLessThan(1e-15);
    expect(Math.abs(s.atomMass - 0.25), JSON.stringify(s)).toBeLessThan(1e-15);
  });
});
