import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { pairArbitrary } from '../../arbitraries/pair.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { headlineNecessityPairs } from '../headlineCases.ts';
import { sumLawOf, vMarginalOf } from '../headlineSumLaw.ts';
import { addClasses, meanClassOf, meanUClass, vMarginal, type MeanClass } from './pairMeans.ts';

/**
 * Does some functional component square a V whose mean is not finite? Then E[V² + V] = +∞ exactly (V² + V ≥ −¼ and
 * E[V²] = ∞), while the sum law forms E[V²] + E[V] = ∞ + (−∞ or NaN) = NaN.
 */
function squaresNonFiniteMean(p: PairSpec): boolean {
  if (p.kind === 'latentMixture') return p.components.some((c, i) => p.weights[i] > 0 && squaresNonFiniteMean(c));
  return p.kind === 'functional' && p.f.kind === 'square' && !Number.isFinite(vMarginalOf(p).mean());
}

const seed = Number(process.env.GOODHART_SEED ?? 20240717);
const generators: [string, fc.Arbitrary<PairSpec>][] = [
  ['every kind, any V', pairArbitrary()],
  ['every kind, V with a finite mean', pairArbitrary({ vFiniteMean: true })],
  ['independent and comonotone (the literal claim\'s necessity search)', pairArbitrary({ kinds: ['independent', 'comonotone'] })],
  ['headline: heavy error without a finite mean', headlineNecessityPairs.infiniteMeanU],
  ['headline: X = −V + Z, E[V] = −∞', headlineNecessityPairs.minusInfiniteMeanV],
];

describe('meanUClass agrees with the sum law (headlineSumLaw.ts) on generated pairs', () => {
  for (const [name, arb] of generators) {
    it(`${name}: finiteMean(U) identical; 'undefined' exactly where the sum law's mean is NaN`, () => {
      let finite = 0;
      let infinite = 0;
      for (const p of fc.sample(arb, { numRuns: 800, seed })) {
        const old = sumLawOf(p).mean;
        const cls = meanUClass(p);
        const what = `${JSON.stringify(p).slice(0, 400)}: sum law ${old}, class ${cls}`;
        expect(cls === 'finite', what).toBe(Number.isFinite(old));
        // the one documented difference (squaresNonFiniteMean): there the class is +∞ or, summed, possibly undefined
        if (!squaresNonFiniteMean(p)) expect(cls, what).toBe(meanClassOf(old));
        if (cls === 'finite') finite++;
        else infinite++;
      }
      expect(finite + infinite, name).toBe(800);
    });
  }
  it('both classes occur where the generators aim at them', () => {
    const classes = new Set(fc.sample(headlineNecessityPairs.infiniteMeanU, { numRuns: 300, seed }).map(meanUClass));
    expect([...classes].sort(), 'classes over infinite-mean errors').toEqual(expect.arrayContaining(['finite', 'plusInfinity']));
  });
});

describe('class arithmetic', () => {
  const all: MeanClass[] = ['finite', 'plusInfinity', 'minusInfinity', 'undefined'];
  const rep: Record<MeanClass, number> = { finite: 1, plusInfinity: Infinity, minusInfinity: -Infinity, undefined: NaN };
  it('addClasses is the class of the IEEE sum of representatives', () => {
    for (const a of all) for (const b of all) expect(addClasses(a, b), `${a} + ${b}`).toBe(meanClassOf(rep[a] + rep[b]));
  });
});

describe('vMarginal', () => {
  it('is V\'s marginal as the sum law builds it (mean, log F̄ at quantiles)', () => {
    for (const p of fc.sample(pairArbitrary({ vFiniteMean: true }), { numRuns: 300, seed })) {
      const a = vMarginal(p);
      const b = vMarginalOf(p);
      const what = JSON.stringify(p).slice(0, 300);
      expect(Object.is(a.mean(), b.mean()) || Math.abs(a.mean() - b.mean()) <= 1e-12 * Math.abs(b.mean()), `mean of ${what}: ${a.mean()} vs ${b.mean()}`).toBe(true);
      for (const q of [0.01, 0.5, 0.99]) {
        const t = b.quantile(q);
        if (!Number.isFinite(t)) continue;
        const [la, lb] = [a.logSf(t), b.logSf(t)];
        expect(Object.is(la, lb) || Math.abs(la - lb) <= 1e-12 * (1 + Math.abs(lb)), `logSf(${t}) of ${what}: ${la} vs ${lb}`).toBe(true);
      }
      expect(a.support, `support of ${what}`).toEqual(b.support);
    }
  });
});
