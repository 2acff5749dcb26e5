import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { BOUNDED, type Reward } from './boundedReward.ts';
import type { CopulaSpec } from './copulaNodes.ts';
import { quantileCouplingPair } from './copulaPairs.ts';
import { rewardArbitrary } from './remedyCases.ts';
import { copulaPairSpec, copulaSaturationDependsOnV, copulaWeakPenaltyLimit, vDegenerateOfPair, weakPenaltyCopulaVerdict } from './weakPenaltyCopula.ts';

const normal = (mu: number, sigma: number): DistributionSpec => ({ family: 'normal', mu, sigma });
const uniform = (a: number, b: number): DistributionSpec => ({ family: 'uniform', a, b });
const exp1: DistributionSpec = { family: 'exponential', rate: 1 };
const rw = (squash: Reward['squash'], loc: number, scale = 1): Reward => ({ squash, loc, scale });

/**
 * References (mpmath, 30 digits):
 *  comonotone X, V ~ N(0, 1) (U = 2Z), clip at T = 1: E[Z | Z > ½] = φ(½)/Φ̄(½);
 *  countermonotone X ~ Exp(1), V ~ U(0, 1) (U = −log(1 − w) + 1 − w, increasing to ∞ as w → 1 where V → 0), tanh:
 *    lim = inf V − E[V] = −½; clip at T = 2: S = {w ≥ w*}, −log(1 − w*) − w* = 1, gain −w*·½;
 *  countermonotone X ~ N(0, 1), V ~ U(0, 4) (U = Φ⁻¹(w) + 4 − 4w, not monotone), clip at T = 2.2: S = [0.0588, 0.3612] ∪
 *    [0.9836, 1) from mp.findroot on a 4001-point grid, E[V | S] − 2 = ∫_S 4(1 − w) dw / |S| − 2 by mp.quad.
 */
const CASES: { name: string; spec: CopulaSpec; r: Reward; limit: number; status: 'holds' | 'fails' }[] = [
  { name: 'comonotone N/N, clip T = 1', spec: { kind: 'comonotone', x: normal(0, 1), v: normal(0, 1) }, r: rw('clip', 0), limit: 1.14107777036806448088388297326, status: 'holds' },
  { name: 'countermonotone Exp(1)/U(0,1), tanh', spec: { kind: 'countermonotone', x: exp1, v: uniform(0, 1) }, r: rw('tanh', 0), limit: -0.5, status: 'fails' },
  { name: 'countermonotone Exp(1)/U(0,1), clip T = 2', spec: { kind: 'countermonotone', x: exp1, v: uniform(0, 1) }, r: rw('clip', 1), limit: -0.420702830218480318923302329006, status: 'fails' },
  { name: 'countermonotone N(0,1)/U(0,4), clip T = 2.2', spec: { kind: 'countermonotone', x: normal(0, 1), v: uniform(0, 4) }, r: rw('clip', 1.2), limit: 0.999060558505225650452428019647, status: 'holds' },
];

describe('weakPenaltyCopula: lim_{β→0} E[V(π*(β))] − E[V] for quantile couplings', () => {
  for (const c of CASES) {
    it(`${c.name}: the enclosure contains the reference ${c.limit} and the verdict is ${c.status}`, () => {
      const l = copulaWeakPenaltyLimit(c.spec, c.r);
      expect(l.kind, `${c.name}: ${JSON.stringify(l)}`).toBe('gain');
      if (l.kind !== 'gain') return;
      expect(l.lo, `${c.name}: lower ${l.lo} ≤ ${c.limit}`).toBeLessThanOrEqual(c.limit);
      expect(l.hi, `${c.name}: upper ${l.hi} ≥ ${c.limit}`).toBeGreaterThanOrEqual(c.limit);
      const v = weakPenaltyCopulaVerdict(c.spec, c.r);
      expect(v.status, `${c.name}: ${v.summary}`).toBe(c.status);
      expect(weakPenaltyCopulaVerdict(c.spec, c.r, true).status, `${c.name}: flipped`).toBe(c.status === 'holds' ? 'fails' : 'holds');
    });
  }

  it('r(U) constant on U\'s range gives an exact 0 (fails): clip saturated everywhere, clip and step at −1 everywhere', () => {
    const zero: [CopulaSpec, Reward][] = [
      [{ kind: 'comonotone', x: uniform(0, 1), v: uniform(0, 1) }, rw('clip', -5)], // U ≥ 0 ≥ T = −4
      [{ kind: 'countermonotone', x: uniform(0, 1), v: uniform(0, 1) }, rw('clip', -5)],
      [{ kind: 'comonotone', x: uniform(0, 1), v: uniform(0, 1) }, rw('step', 10)], // U ≤ 2 < loc
      [{ kind: 'countermonotone', x: uniform(0, 1), v: uniform(0, 1) }, rw('clip', 10)], // U ≤ 2 ≤ loc − s = 9
    ];
    for (const [spec, r] of zero) {
      const l = copulaWeakPenaltyLimit(spec, r);
      expect(l.kind, `${JSON.stringify(spec)} ${JSON.stringify(r)}: ${JSON.stringify(l)}`).toBe('zero');
      expect(weakPenaltyCopulaVerdict(spec, r).status).toBe('fails');
    }
  });

  it('comonotone, non-saturating: the limit is sup V (tanh; clip whose T lies above sup U)', () => {
    const spec: CopulaSpec = { kind: 'comonotone', x: uniform(0, 1), v: uniform(0, 1) };
    for (const r of [rw('tanh', 3), rw('clip', 1.5)]) {
      const l = copulaWeakPenaltyLimit(spec, r);
      expect(l.kind === 'gain' && l.lo === 0.5 && l.hi === 0.5, `${JSON.stringify(r)}: ${JSON.stringify(l)}`).toBe(true);
    }
  });

  it('countermonotone, both ends of W undecided (X ~ N(0, 10), V ~ N(0, 1), tanh): inconclusive with the reason', () => {
    const v = weakPenaltyCopulaVerdict({ kind: 'countermonotone', x: normal(0, 10), v: normal(0, 1) }, rw('tanh', 0));
    expect(v.status, String(v.summary)).toBe('inconclusive');
    expect(v.reason).toMatch(/top of U/);
  });

  test.prop([quantileCouplingPair(), rewardArbitrary(BOUNDED)], { numRuns: 60 })('the verdict and its mutant never agree; the hypotheses read copula pairs without throwing', (pair: PairSpec, r: Reward) => {
    const spec = copulaPairSpec(pair)!;
    expect(spec, JSON.stringify(pair)).toBeDefined();
    expect(vDegenerateOfPair(pair), JSON.stringify(pair)).toBe(false);
    const a = weakPenaltyCopulaVerdict(spec, r), b = weakPenaltyCopulaVerdict(spec, r, true);
    const msg = `${JSON.stringify(pair)} ${JSON.stringify(r)}: ${a.summary} / ${b.summary}`;
    if (a.status === 'holds') expect(b.status, msg).toBe('fails');
    if (a.status === 'fails') expect(b.status, msg).toBe('holds');
    // a certified 0 < Q(S) < 1 on a comonotone pair is a certified gain
    if (pair.kind === 'comonotone' && copulaSaturationDependsOnV(spec, r)) expect(a.status, msg).toBe('holds');
  });
});
