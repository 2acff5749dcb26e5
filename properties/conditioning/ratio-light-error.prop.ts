/**
 * Paper Theorem 6 (from the earlier posts): with X ⊥ V and X ratio-light (F̄_X(t+1)/F̄_X(t) → 0), conditioning on a
 * high proxy X + V drives E[V] to infinity for every V of finite mean unbounded above. E[V | U > t] is one integral
 * over V in log space (conditionalMeanFast.ts); certificates and the grid trend in t6Verdict.ts; past the grid, lower bounds
 * from X's hazard floor (t6TiltBound.ts), beyond the double range if need be (Weibull k → 1⁺ X).
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds } from '../../src/claims/verdicts.ts';
import { conditioningPair } from '../../src/constructions/conditioning/conditionalMean.ts';
import { anyDistribution, heavyTailed, independent, lightTailed } from '../../src/constructions/conditioning/conditioningCases.ts';
import { ratioLightErrorVerdict } from '../../src/constructions/conditioning/t6Verdict.ts';
import { ratioLightSeries } from '../../src/constructions/conditioning/t6Series.ts';
import { conditioningGrid, FINE_LEVELS, resolvableLimit } from '../../src/constructions/conditioning/thresholdGrid.ts';
import { buildV, independentXV } from '../../src/constructions/t4Structure.ts';
import { buildCached } from '../../src/claims/buildCached.ts';

import type { Distribution, DistributionSpec } from '../../src/distributions/types.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec }

const pairOf = (c: Case) => conditioningPair(c.pair);
/** The built marginals, once per case (independent pairs: cached per spec, so thresholds are shared with the generator's filter). */
const xOf = (c: Case) => (c.pair.kind === 'independent' ? buildCached(c.pair.x) : pairOf(c).x!);
const vCache = new WeakMap<object, Distribution>();
const vOf = (c: Case): Distribution => {
  let v = vCache.get(c.pair);
  if (!v) vCache.set(c.pair, (v = c.pair.kind === 'independent' ? buildCached(c.pair.v) : buildV(c.pair)));
  return v;
};
const ratioLightX = lightTailed({ tailClass: 'stronglyLight', maxDepth: 1 }).filter((x) => buildCached(x).tails.right.ratioLight);
const at = (pair: fc.Arbitrary<PairSpec>): fc.Arbitrary<Case> => pair.map((p) => ({ pair: p }));
/** X = aV + c, a ≤ −1 (X's right tail is V's left tail: ratio-light when V's is). */
const linearNegative = (v: fc.Arbitrary<DistributionSpec>) =>
  fc.tuple(v, fc.constantFrom(-1, -2, -3, -1.5), fc.constantFrom(0, 1, -1)).map(([vs, a, c]): PairSpec => ({ kind: 'linear', v: vs, z: { family: 'pointMass', x: c }, a }));

const claim = defineClaim<Case>({
  id: 'conditioning/ratio-light-error',
  title: 'Ratio-light error: conditioning on a high proxy drives E[V] to infinity',
  source: 'Kwa, Thomas & Garriga-Alonso 2024, "Catastrophic Goodhart", arXiv:2407.14503, Theorem 6 (earlier posts: hard-threshold conditioning)',
  quote: 'Let X, V be independent random variables such that lim F̄_X(t+1)/F̄_X(t) = 0. Then for any V with a finite mean which has no upper bound, lim_{t→∞} E[V | X + V > t] = ∞.',
  aliases: ['paper T6'],
  reading:
    'Holds exactly when X is bounded above (E[V | U > t] ≥ t − sup X); otherwise on the three farthest thresholds t(L), L ∈ {1, 2, 3, 5, 7, 10, 14, 20, 30, 50, 100, 200, 400, 700}, with |t| ≤ 2e7·IQR(X) (t − v resolved), E[V | U > t] increases beyond the errors and exceeds E[V] + IQR(V) at the farthest; where that grid is not conclusive, the same on t(L) without V\'s left-tail scale, or (X ⊥ V) rigorous closed-form lower bounds of E[V | U > t] at the three farthest t(L) within 1e300 that increase and exceed E[V] + IQR(V) (proxyLowerBound.ts); or (X ⊥ V, X with a closed-form floor θ ≤ inf_{y > t/2} h_X(y) of its hazard) rigorous lower bounds E[V | U > t] ≥ E_θ[V] (V tilted by e^{θ min(v, t/2)}, which the law of V given U > t dominates in likelihood ratio), aimed at c, 2c, 4c above E[V] + IQR(V), at three increasing thresholds t = e^σ past the grid, σ up to 1e12 (beyond the double range in log space; t6TiltBound.ts). A trend on a finite set of thresholds, not the limit itself. Fails only with a certificate (t6Verdict.ts).',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the pair structure (t4Structure.ts)', holds: (c) => independentXV(c.pair) },
    { name: 'ratioLight(X)', description: 'F̄_X(t+1)/F̄_X(t) → 0 (claims.md §1 L_r), the right-tail profile of the built X', holds: (c) => xOf(c).tails.right.ratioLight },
    { name: 'finiteMean(V)', description: 'E[V] finite, read from the built law of V', holds: (c) => Number.isFinite(vOf(c).mean()) },
    { name: 'unboundedAbove(V)', description: 'sup of the support of the built V is +∞', holds: (c) => vOf(c).support.upper === Infinity },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'ratioLight(X)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'unboundedAbove(V)': 'load-bearing' },
  conclusion: (c) => ratioLightErrorVerdict(pairOf(c), xOf(c), vOf(c)),
  expect: 'holds',
  uses: ['conditioning/subexponential-error'],
  arbitrary: at(independent(ratioLightX, anyDistribution({ finiteMean: true, unboundedAbove: true, maxDepth: 1 }))),
  necessityArbitraries: {
    'independent(X, V)': at(linearNegative(anyDistribution({ finiteMean: true, unboundedAbove: true, maxDepth: 0 }))),
    'ratioLight(X)': at(independent(heavyTailed({ maxDepth: 0 }), lightTailed({ finiteMean: true, unboundedAbove: true, maxDepth: 0 }))),
    'finiteMean(V)': at(independent(ratioLightX, anyDistribution({ unboundedAbove: true, maxDepth: 0 }).filter((v) => !Number.isFinite(buildCached(v).mean())))),
    'unboundedAbove(V)': at(independent(ratioLightX, anyDistribution({ finiteMean: true, boundedAbove: true, maxDepth: 0 }))),
  },
  mutants: [
    {
      name: 'the limit is finite: E[V | U > t] ≤ E[V] + IQR(V) at the farthest threshold',
      conclusion: (c) => {
        const v = vOf(c);
        const g = conditioningGrid(pairOf(c), xOf(c), v, 3, resolvableLimit(xOf(c)), FINE_LEVELS);
        const last = g.points[g.points.length - 1];
        const level = v.mean() + (v.quantile(0.75) - v.quantile(0.25));
        if (!last) return holds('no grid', {});
        return last.value - last.error > level ? fails(`E[V | U > ${fmt(last.t)}] = ${fmt(last.value)} > E[V] + IQR(V) = ${fmt(level)}`, { value: last.value, level }) : holds('below', {});
      },
    },
    {
      name: 'V takes all of the proxy: E[V | U > t] ≥ t at the farthest threshold',
      conclusion: (c) => {
        const v = vOf(c);
        const g = conditioningGrid(pairOf(c), xOf(c), v, 3, resolvableLimit(xOf(c)), FINE_LEVELS);
        const last = g.points[g.points.length - 1];
        if (!last) return holds('no grid', {});
        return last.value + last.error < last.t ? fails(`E[V | U > ${fmt(last.t)}] = ${fmt(last.value)} < t`, { value: last.value, t: last.t }) : holds('at least t', {});
      },
    },
  ],
  inconclusiveBudget: {
    share: 0.015,
    reason: 'measured 0.5% (5/1000) at seed 20240717, 1000 runs (1.6% before the hazard-floor bounds past the grid, t6TiltBound.ts), 0.9% at seed 1, 1.3% at seed 2: all but a few have a Poisson part in X (a lattice law: F̄_X(t − v) is a step function of v, so the hazard-floor tilt comparison does not apply, and the thresholds where a Poisson hazard log(n/λ) passes V\'s tail rate, n ≈ λe^{rate}, leave t − v unresolved); the others are grids not resolved by the quadrature (evaluation budget, integer series of 2e5 terms)',
  },
  series: ratioLightSeries,
});

export default claim;
await checkClaimInVitest(claim);
