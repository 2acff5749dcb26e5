import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import type { Reward } from './boundedReward.ts';
import { saturationGainLowerBound } from './saturationGainBound.ts';
import { meanOfV, shiftClasses } from './shiftClasses.ts';
import { weakPenaltyVerdictContinuous } from './weakPenaltyContinuous.ts';

const bound = (pair: PairSpec, r: Reward) => {
  const cs = shiftClasses(pair)!;
  return saturationGainLowerBound(cs, r, r.squash === 'clip' ? r.loc + r.scale : r.loc, meanOfV(cs));
};
const step = (loc: number): Reward => ({ squash: 'step', loc, scale: 1 });

describe('saturationGainLowerBound', () => {
  // X ~ Exp(1) ⊥ V ~ N(0, 1), step at T = −10: φ(v) = P(X > −10 − v) = min(1, e^{10+v}), μ = 0, so
  // E[(V − μ)1{U > T}] = ∫_{−∞}^{−10} (−v)(1 − e^{10+v}) ϕ(v) dv = 6.93865628872816e-24, log = −53.32493409442372
  // (mpmath, 40 digits: quad over [−inf, −20, −12, −10])
  it('is a lower bound, within e^{8} of the gain (exponential X, normal V)', () => {
    const b = bound({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'normal', mu: 0, sigma: 1 } }, step(-10));
    expect(b.log, JSON.stringify(b)).toBeLessThanOrEqual(-53.32493409442372);
    expect(b.log, JSON.stringify(b)).toBeGreaterThan(-53.32493409442372 - 8);
  });
  // X ~ Weibull(½, 1) ⊥ V ~ Gumbel(1, 0.1), step at 0: φ(v) = 1 for v ≥ 0, so the gain lives on V < 0, where
  // P(V ≤ 0) = exp(−e^{10}) (log −22026.47): the bound is below log((μ + 1)·P(V ≤ 0)) and within e^{20} of it
  it('certifies a gain of about e^{−22030} that underflows every linear quadrature (Weibull X, Gumbel V)', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'weibull', k: 0.5, lambda: 1 }, v: { family: 'gumbel', mu: 1, beta: 0.1 } };
    const b = bound(pair, step(0));
    const ceiling = Math.log(2.06) - Math.exp(10);
    expect(b.log, JSON.stringify(b)).toBeLessThan(ceiling);
    expect(b.log, JSON.stringify(b)).toBeGreaterThan(ceiling - 20);
    const v = weakPenaltyVerdictContinuous(shiftClasses(pair)!, step(0));
    expect(v.status, v.summary).toBe('holds');
    expect(weakPenaltyVerdictContinuous(shiftClasses(pair)!, step(0), true).status, 'flipped mutant').toBe('fails');
  });
  // X ~ N(0, 1) ⊥ V ~ U(−1, 1), step at T = 10: E[(V − μ)1{U > T}] = ∫_{−1}^{1} v·Φ̄(10 − v)/2 dv
  // = 5.466717333655565e-21, log = −46.65560863840424 (mpmath, 40 digits): the bound must use φ(μ) − φ(a), not φ(μ)
  it('is a lower bound when N reaches below T − g(μ) (normal X far from the threshold)', () => {
    const b = bound({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'uniform', a: -1, b: 1 } }, step(10));
    expect(b.log, JSON.stringify(b)).toBeLessThanOrEqual(-46.65560863840424);
    expect(b.log, JSON.stringify(b)).toBeGreaterThan(-46.65560863840424 - 8);
  });
  it('finds no certificate where the saturation event does not depend on V (X ≥ 0, V ≥ 5, step at 0: φ ≡ 1)', () => {
    const b = bound({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'uniform', a: 5, b: 6 } }, step(0));
    expect(b.log, JSON.stringify(b)).toBe(-Infinity);
  });
  it('declines a decreasing shift (X = −2V + Z: U = −V + Z)', () => {
    const b = bound({ kind: 'linear', a: -2, v: { family: 'normal', mu: 0, sigma: 1 }, z: { family: 'exponential', rate: 1 } }, step(-10));
    expect(b.side, JSON.stringify(b)).toBe('none');
  });
  // lognormal X with log-mean 100 (F̄ = 1 in doubles below e^{90}), V = mixture of gamma(≈1) ≥ 0 and −1 − Exp(100):
  // the interval probabilities are e^{−4000}-small in the lower tail of X, resolved from the log-cdfs (seed-1 case)
  it('resolves interval probabilities from the lower tail (lognormal X far to the right)', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'lognormal', mu: 100, sigma: 1.1 }, v: { family: 'mixture', components: [{ family: 'gamma', shape: 1, rate: 1 }, { family: 'affine', base: { family: 'exponential', rate: 100 }, loc: -1, scale: -1 }], weights: [0.47, 0.53] } };
    const b = bound(pair, { squash: 'clip', loc: 0, scale: 1.05 });
    expect(Number.isFinite(b.log), JSON.stringify(b)).toBe(true);
  });
});
