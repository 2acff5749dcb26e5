import { describe, expect, it } from 'vitest';
import { finiteAtoms } from './finitePair.ts';
import { oddsRatioVerdict, quantilizerShift } from './oddsRatio.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { build } from '../../distributions/build.ts';
import type { FiniteAtom } from './finitePair.ts';

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

// The continuous-noise sum (pu = 0): Σᵢ pᵢ(vᵢ − μ)·K·P(u − gᵢ < N ≤ u − g_min), summed in log space. The linear
// sum made a term K·P = e^{−1400} a 0 with its error — and a gain made only of such terms an exact 0, which the
// verdict read as the certificate "the cap reweights every value of V alike" (a false `fails`).
describe('quantilizerShift: interval terms far below the double range keep their value (log-space sum)', () => {
  const noise = build({ family: 'normal', mu: 0, sigma: 1 });
  it('N(0,1) noise, shifts 45, 1, 0 with centred values 0, +1, −1, K = e^50: gain e^{−1392.96}, not "exactly 0"', () => {
    // u_K ≈ 54.6 (set by the atom at 45, whose centred value is 0); the atom at 1 gains ¼·K·P(u − 1 < N ≤ u) ≈ e^{−1393}.
    // log gain = log ¼ + 50 + log(Φc(u − 1) − Φc(u)) at u = 54.603666611896095 (u as the code finds it):
    // −1392.96373520981759586537448217885 (mpmath, 80 digits); P-mass den = 1 to 1e-13
    const atoms: FiniteAtom[] = [{ p: 0.5, v: 0, g: 45, noise }, { p: 0.25, v: 1, g: 1, noise }, { p: 0.25, v: -1, g: 0, noise }];
    const s = quantilizerShift(atoms, 50);
    if ('reason' in s) throw new Error(s.reason);
    const what = `quantilizerShift(N(0,1) at g = 45, 1, 0; v = 0, 1, −1; log K = 50): ${JSON.stringify(s)}`;
    expect(s.threshold, what).toBe(54.603666611896095);
    expect(s.logShift.sign, what).toBe(1);
    expect(Math.abs(s.logShift.log - -1392.9637352098176), what).toBeLessThan(1e-10);
    // the centring's rounding (δμ ≈ 1e-15 on the atom with weight ~1) dwarfs e^{−1393}: honestly undecided, never a certificate
    expect(oddsRatioVerdict(atoms, 50).status, what).toBe('inconclusive');
  });
  it('V ∈ {0, 1} with P(V = 1) = 1e-300, shifts 0 and 1e-30, K = 2: gain e^{−760.08} > its error — holds (was "fails: exactly 0")', () => {
    // gain = 1e-300·2·P(−1e-30 < N ≤ 0) (u_K = 0; V − μ = 1 on the second atom, the first has the empty interval):
    // log = −760.078872040679803049904765217993 (mpmath, 80 digits); every other weight is e^{−760}-small too, so the
    // centring's rounding counts only at that scale
    const atoms: FiniteAtom[] = [{ p: 1, v: 0, g: 0, noise }, { p: 1e-300, v: 1, g: 1e-30, noise }];
    const s = quantilizerShift(atoms, Math.LN2);
    if ('reason' in s) throw new Error(s.reason);
    const what = `quantilizerShift(N(0,1) at g = 0, 1e-30; p = 1, 1e-300; K = 2): ${JSON.stringify(s)}`;
    expect(s.logShift.sign, what).toBe(1);
    expect(Math.abs(s.logShift.log - -760.0788720406798), what).toBeLessThan(1e-10);
    expect(s.logError, what).toBeLessThan(s.logShift.log);
    const v = oddsRatioVerdict(atoms, Math.LN2);
    expect(v.status, `${what}: ${v.summary}`).toBe('holds');
    expect(oddsRatioVerdict(atoms, Math.LN2, true).status, `${what}: the flipped mutant`).toBe('fails');
  });
});
