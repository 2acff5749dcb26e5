import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { capCheck, costBoundVerdict, spreadCapped } from './quantilizerCertificate.ts';
import { costBins, costBound, type CostSpec, type RatioSpec } from './quantilizerCost.ts';

const exp1: DistributionSpec = { family: 'exponential', rate: 1 };
const top10: CostSpec = { kind: 'indicator', side: 1, level: 0.9, w: 1, m: 0 };
const quantilizer4: RatioSpec = { cuts: [0.75], weights: [0, 1] };

describe('costBoundVerdict: holds by the term-by-term certificate, never by rounding', () => {
  // found by the claim's search at seed 20240717: the sums say E_P[c] − K·E_Q[c] = +3.6e-15, inside the error
  // estimate 2.6e-10 — the old verdict called it "equal within the error estimate" and passed
  const spec: DistributionSpec = { family: 'affine', base: exp1, loc: -1, scale: 100 };
  const cost: CostSpec = { kind: 'hinge', side: -1, level: 0.5000000000000007, w: 1, m: 0 };
  const ratio: RatioSpec = { cuts: [1.0000000000000365e-12, 0.9, 0.9957198228964147], weights: [1, 1, 0, 1] };

  it('a case the sums cannot decide (computed excess > 0, within the error) holds by the exact certificate', () => {
    const q = build(spec);
    const b = costBound(q, cost, ratio);
    const diff = b.costP - b.maxRatio * b.costQ;
    expect(diff > 0 && diff <= b.error, `sums: diff ${diff}, error ${b.error}`).toBe(true);
    const v = costBoundVerdict(q, cost, ratio, 1);
    expect(v.status, v.summary).toBe('holds');
    expect(v.numbers.certificate, v.summary).toBe(1);
    // the cap is attained, P_i = K·Q_i on bins 0, 1, 3: bin by bin the least slack is exactly 0
    expect(capCheck(costBins(q, ratio), 1)).toMatchObject({ status: 'capped', slack: 0 });
  });

  it('the quantilizer attains the bound (Exp(1), K = 4, cost 1{X > q(0.9)}: 0.4 = 0.4): holds by the certificate', () => {
    const v = costBoundVerdict(build(exp1), top10, quantilizer4, 1);
    expect([v.status, v.numbers.certificate], v.summary).toEqual(['holds', 1]);
  });

  it('equality without a certificate is inconclusive, not holds (mutant factor 1, P ≠ Q but E_P[c] = E_Q[c] = 0.1)', () => {
    // weights (0, 2, 1) on bins cut at 0.25, 0.5: dP/dQ = 1 on the top half, where the whole cost lives
    const v = costBoundVerdict(build(exp1), top10, { cuts: [0.25, 0.5], weights: [0, 2, 1] }, 1, true);
    expect(v.status, v.summary).toBe('inconclusive');
  });

  it('a bin over the cap fails by the certified sum: Exp(1), dP/dQ = 4 on the top quarter, K = 2 (E_P[c] = 0.4 > 0.2)', () => {
    const q = build(exp1);
    const bins = costBins(q, quantilizer4);
    expect(capCheck(bins, 0.5), 'cap check').toMatchObject({ status: 'violated', bin: 1 });
    const v = costBoundVerdict(q, top10, quantilizer4, 0.5, false, () => bins);
    expect(v.status, v.summary).toBe('fails');
    expect(Math.abs(v.numbers.diff - 0.2), v.summary).toBeLessThan(1e-12);
  });

  it('a negative cost breaks the certificate and fails by the sums: c = 1{X > q(0.9)} − ½ under the quantilizer K = 4', () => {
    const v = costBoundVerdict(build(exp1), { ...top10, m: -0.5 }, quantilizer4, 1);
    expect(v.status, v.summary).toBe('fails'); // E_P[c] = 0.4 − 0.5 = −0.1 > 4·(0.1 − 0.5) = −1.6
  });

  it('a bin outside the support is massless: the point mass at −1 with a heavier weight above it still holds', () => {
    const bins = costBins(build({ family: 'pointMass', x: -1 }), { cuts: [0.5], weights: [1, 2] });
    expect(bins.massless, 'massless bins').toEqual([false, true]);
    expect(capCheck(bins, 1).status).toBe('capped');
  });

  it('the cheap certificate (weights within a factor K/max dP/dQ of each other) holds for every pattern of massless bins, and only then', () => {
    expect(spreadCapped({ cuts: [0.5], weights: [0, 1] }, 1), 'quantilizer').toBe(true);
    expect(spreadCapped({ cuts: [0.5], weights: [1, 2] }, 1.9999999999999998), 'spread 2 > κ').toBe(false);
    expect(spreadCapped({ cuts: [0.5], weights: [1, 2] }, 2), 'spread 2 = κ').toBe(true);
    // spread 2 > κ = 1: decided bin by bin (bin 2 is the heaviest with mass, so the cap holds)
    expect(capCheck(costBins(build(exp1), { cuts: [0.5], weights: [1, 2] }), 1)).toMatchObject({ status: 'capped', slack: 0 });
  });
});
