import { describe, it, expect } from 'vitest';
import type { PairSpec } from '../pairs/types.ts';
import { sumLawOf, vMarginalOf } from './headlineSumLaw.ts';
import { logSfBracket } from './headlineSfBracket.ts';
import { headlineVerdict } from './headlineVerdict.ts';
import { limitVerdict } from './headlineLimit.ts';
import { logLogNodeOf, logYLowerOfU, logYUpperOfU } from './pairLogLogSum.ts';
import { findPairLogLogWitness } from './pairLogLogWitness.ts';
import { findPairWitness, pairLaws } from './pairWitness.ts';

const weibull = (k: number, lambda = 1) => ({ family: 'weibull', k, lambda }) as const;
const bounds = (pair: PairSpec, sigma: number) => {
  const node = logLogNodeOf(pair, sumLawOf(pair).structure);
  return { lo: logYLowerOfU(node, sigma), hi: logYUpperOfU(node, sigma) };
};

describe('log-log tail bounds of U = X + V', () => {
  it('U = X + b exactly (V a point mass, every coupling): y⁻ ≤ log((e^σ − b)/λ)^k ≤ y⁺, both within 2e-6 for σ ≥ 50', () => {
    for (const kind of ['independent', 'comonotone', 'countermonotone'] as const) {
      for (const b of [-1e5, -3, 0, 7, 1e4]) {
        const pair = { kind, x: weibull(0.9, 2), v: { family: 'pointMass', x: b } } as PairSpec;
        for (const sigma of [12, 20, 50, 300, 650]) {
          const exact = 0.9 * Math.log((Math.exp(sigma) - b) / 2);
          const { lo, hi } = bounds(pair, sigma);
          const what = `${kind}, b=${b}, σ=${sigma}: [${lo}, ${hi}] vs ${exact}`;
          expect(lo, what).toBeLessThanOrEqual(exact + 1e-12);
          expect(hi, what).toBeGreaterThanOrEqual(exact - 1e-12);
          // loose only where |b| is comparable with t (σ = 12: t = 1.6e5) or s₀ = 2^{4i} ≥ |b| matters
          expect(hi - lo, what).toBeLessThan(sigma < 30 ? 2 : 2e-6);
        }
      }
    }
  });

  it('agree with the certified bracket of headlineSfBracket.ts where t is a double (normal, exponential, categorical V)', () => {
    const pairs: PairSpec[] = [
      { kind: 'independent', x: weibull(0.95), v: { family: 'normal', mu: -2, sigma: 3 } },
      { kind: 'comonotone', x: weibull(0.8, 3), v: { family: 'exponential', rate: 0.5 } },
      { kind: 'countermonotone', x: weibull(0.99), v: { family: 'categorical', values: [-10, 1, 10], probs: [0.5, 0.25, 0.25] } },
      { kind: 'linear', v: { family: 'normal', mu: 0, sigma: 1 }, z: weibull(0.97), a: -3 },
      { kind: 'latentMixture', components: [{ kind: 'independent', x: weibull(0.9), v: { family: 'normal', mu: 0, sigma: 1 } }, { kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'normal', mu: 0, sigma: 1 } }], weights: [0.3, 0.7] },
    ];
    for (const pair of pairs) {
      for (const sigma of [30, 100, 400, 650]) {
        const br = logSfBracket(sumLawOf(pair).structure, Math.exp(sigma)); // lo ≤ log F̄_U ≤ hi
        const { lo, hi } = bounds(pair, sigma);
        const what = `${JSON.stringify(pair)}, σ=${sigma}: [${lo}, ${hi}] vs bracket of −log F̄ [${-br.hi}, ${-br.lo}]`;
        expect(lo, what).toBeLessThanOrEqual(Math.log(-br.lo) + 1e-9);
        expect(hi, what).toBeGreaterThanOrEqual(Math.log(-br.hi) - 1e-9);
        expect(hi - lo, what).toBeLessThan(sigma < 100 ? 0.1 : 0.05); // an exponential V: Chernoff only for λ < rate
      }
    }
  });

  it('no bounds where the tail is polynomial at the lower side (Student-t X) or V is heavy on the left (countermonotone)', () => {
    const t: PairSpec = { kind: 'independent', x: { family: 'studentT', df: 3 }, v: { family: 'normal', mu: 0, sigma: 1 } };
    expect(bounds(t, 1000).lo, 'Student-t: no log-log lower bound').toBe(-Infinity);
    const heavyLeft: PairSpec = { kind: 'countermonotone', x: weibull(0.99), v: { family: 'affine', base: weibull(0.5), loc: 0, scale: -1 } };
    expect(bounds(heavyLeft, 1000).hi, 'countermonotone, heavy-left V: no lower bound on F̄_U').toBe(Infinity);
  });
});

describe('the pair log-log witness (Weibull k → 1: t ≈ e^{σ} far beyond 1e307)', () => {
  const cases: { pair: PairSpec; M: number; eps: number; eta: number }[] = [
    { pair: { kind: 'independent', x: weibull(0.9967), v: { family: 'normal', mu: 0, sigma: 1 } }, M: 10, eps: 0.05, eta: 0.1 },
    { pair: { kind: 'comonotone', x: weibull(1 - 1e-8, 2), v: { family: 'exponential', rate: 1 } }, M: 1000, eps: 1e-3, eta: 1e-3 },
    { pair: { kind: 'countermonotone', x: weibull(0.999), v: { family: 'categorical', values: [-10, 1, 10], probs: [0.99, 0.005, 0.005] } }, M: 10, eps: 1, eta: 1 },
    { pair: { kind: 'functional', v: { family: 'laplace', mu: 2, b: 1 }, noise: weibull(0.9999949), f: { kind: 'linear', a: -1, b: -10 } }, M: 1000, eps: 1e-3, eta: 1e-3 },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c)}: the ordinary search stops at 1e307, the log-log witness certifies, and the verdicts hold`, () => {
      const laws = pairLaws(c.pair, vMarginalOf(c.pair));
      const g = { M: c.M, eps: c.eps, eta: c.eta };
      expect(findPairWitness(laws, g).witness, 'ordinary search').toBeUndefined();
      const w = findPairLogLogWitness(laws, c.pair, g);
      expect(w, 'log-log witness').toBeDefined();
      if (!w) return;
      const what = JSON.stringify(w);
      expect(w.logT, what).toBeGreaterThan(Math.log(1e307));
      expect(w.meanULower, what).toBeGreaterThan(c.M);
      // D ≤ p·y⁺ = e^{log c − σ + log y⁺}, and D ≥ p(y⁻ + log p − 1)
      expect(Math.log(w.klUpper), what).toBeCloseTo(Math.log(w.c) - w.logT + w.logYUpper, 4); // + the pad 8ε·σ
      expect(w.klUpper, what).toBeLessThan(c.eps);
      expect(w.klLower, what).toBeLessThanOrEqual(w.klUpper);
      expect(w.klLower, what).toBeGreaterThan(0.2 * w.klUpper);
      expect(w.deltaVUpper, what).toBeLessThan(c.eta);
      expect(w.deltaVUpper, what).toBeLessThanOrEqual(w.dvOfKlLower);
      const v = headlineVerdict(c);
      expect(v.status, v.summary).toBe('holds');
      expect(v.summary, 'the verdict names the certificate').toContain('log-log');
      const lim = limitVerdict({ pair: c.pair, M: c.M });
      expect(lim.status, lim.summary).toBe('holds');
    });
  }
});
