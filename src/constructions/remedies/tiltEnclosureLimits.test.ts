import { describe, it, expect } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { logMeanHGap, logWLimitGap, type Reward } from './boundedReward.ts';
import { shiftClasses } from './shiftClasses.ts';
import { tiltEnclosure } from './tiltEnclosure.ts';

/**
 * X = Lognormal(100, 1.5) under r = tanh(U), β = 1: W(g) = 1 − e^{−2137}. Before: every gap's interval probability
 * lay in N's lower tail (F̄ = 1 in doubles) and read log −∞ (gap "exactly 0"), and 1 − W(μ) read 0 with an error
 * e^{2137} times the gaps, so the enclosure of E[(V − μ)W] always contained 0. References from mpmath (dps 40,
 * mp.quad over y = log x on 180 equal panels of [−10, 8], npdf(y, 99.99999999999889, 1.5)):
 *   1 − W(2)                  = ∫ −expm1(−2/(1 + e^{2(2 + e^y)})) φ(y) dy                       → log −2136.553138895397736
 *   W(2.2231435513142097) − W(2) = ∫ h(2 + x)·expm1(sinh(Δ)/(cosh(2 + Δ + x) cosh(2 + x))) φ(y) dy, x = e^y, Δ = g − 2
 *                                                                                               → log −2137.5747901429297198
 */
const noise = { family: 'lognormal', mu: 99.99999999999889, sigma: 1.5 } as DistributionSpec;
const tanh: Reward = { squash: 'tanh', loc: 0, scale: 1 };

describe('saturated tanh (W within rounding of 1): gaps from the lower tail, 1 − W formed directly', () => {
  it('1 − W(2) against mpmath', () => {
    const q = logWLimitGap(tanh, 1, 2, build(noise), 'up');
    const msg = `logWLimitGap(tanh, β=1, g=2, N=${JSON.stringify(noise)}, 'up') = ${JSON.stringify(q)}`;
    expect(q?.converged, msg).toBe(true);
    expect(Math.abs(q!.log - -2136.553138895397736), msg).toBeLessThanOrEqual(q!.relError + 1e-12);
  });
  it('W(2.2231435513142097) − W(2) against mpmath', () => {
    const q = logMeanHGap(tanh, 1, 2.2231435513142097, 2, build(noise));
    const msg = `logMeanHGap(tanh, β=1, g=2.2231435513142097, g0=2, N=${JSON.stringify(noise)}) = ${JSON.stringify(q)}`;
    expect(q.converged, msg).toBe(true);
    expect(Math.abs(q.log - -2137.5747901429297198), msg).toBeLessThanOrEqual(q.relError + 1e-12);
  });
  it('the enclosure of E[(V − μ)W] is positive (X ⊥ V, strictly increasing r: the gain is > 0)', () => {
    const pair: PairSpec = { kind: 'independent', x: noise, v: { family: 'laplace', mu: 2, b: 1 } as DistributionSpec };
    const e = tiltEnclosure(tanh, 1, shiftClasses(pair)!);
    expect('reason' in e ? e.reason : e.nLo, `tiltEnclosure(tanh, β=1, ${JSON.stringify(pair)}) = ${JSON.stringify(e)}`).toBeGreaterThan(0);
  });
});
