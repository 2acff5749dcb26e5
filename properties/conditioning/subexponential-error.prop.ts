/**
 * Paper Theorem 5 (from the earlier posts): with X ⊥ V, V of finite mean, X subexponential and V's right tail
 * lighter than X's by more than a power t^{-p}, p > 1, conditioning on a high proxy X + V leaves E[V] unchanged
 * in the limit. E[V | U > t] is one integral over V in log space (conditionalMean.ts); the limit is checked on the
 * farthest three of the tail levels 5…700 (t5Verdict.ts, thresholdGrid.ts) against tol = τ·IQR(V), and where that is not
 * conclusive by a rigorous bound of the deviation at thresholds past the grid, beyond the double range if need be
 * (tiltDeviationBound.ts; the same bound at the grid's two farthest thresholds is tried first, with no quadrature).
 * No inconclusive budget: measured 4/914 (0.4%) at seed 20240717, 1000 runs (5.5% before), 6/924 at seed 1, 1/946 at
 * seed 2: V with a left tail of index 1 + 1e-5 … 1 + 0.007 (a mean barely finite), whose deviation decays like
 * θ^{index − 1} (θ the hazard of X), so no threshold a double or its logarithm can hold gets it within tol.
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds } from '../../src/claims/verdicts.ts';
import { conditioningPair } from '../../src/constructions/conditioning/conditionalMean.ts';
import { anyDistribution, coupled, decided, heavyTailed, independent, lightTailed, resolvable, toleranceFactor } from '../../src/constructions/conditioning/conditioningCases.ts';
import { conditioningSeries } from '../../src/constructions/conditioning/conditioningSeries.ts';
import { subexponentialErrorVerdict } from '../../src/constructions/conditioning/t5Verdict.ts';
import { tailRatioDecision } from '../../src/constructions/conditioning/tailRatio.ts';
import { conditioningGrid } from '../../src/constructions/conditioning/thresholdGrid.ts';
import { minusInfiniteMeanV } from '../../src/constructions/t4Cases.ts';
import { buildV, independentXV } from '../../src/constructions/t4Structure.ts';
import type { Distribution } from '../../src/distributions/types.ts';
import type { PairSpec } from '../../src/pairs/types.ts';
import { buildCached as buildCachedX } from '../../src/claims/buildCached.ts';

interface Case { pair: PairSpec; tau: number }

const pairOf = (c: Case) => conditioningPair(c.pair);
/** The built marginals, once per case (independent pairs: cached per spec, so thresholds are shared with the generator's filter). */
const xOf = (c: Case) => (c.pair.kind === 'independent' ? buildCachedX(c.pair.x) : pairOf(c).x!);
const vCache = new WeakMap<object, Distribution>();
const vOf = (c: Case): Distribution => {
  let v = vCache.get(c.pair);
  if (!v) vCache.set(c.pair, (v = c.pair.kind === 'independent' ? buildCachedX(c.pair.v) : buildV(c.pair)));
  return v;
};
const keep = (x: Parameters<typeof decided>[0], v: Parameters<typeof decided>[1]) => decided(x, v) && resolvable(x, v);
const heavyX = heavyTailed({ maxDepth: 0 });
/** X's power index at least ½ (three grid thresholds within range), for the E[V] = −∞ cases that `resolvable` excludes. */
const keepHeavy = (x: Parameters<typeof decided>[0], v: Parameters<typeof decided>[1]) => decided(x, v) && buildCachedX(x).tails.right.powerIndex >= 0.5;
const finiteV = anyDistribution({ finiteMean: true, maxDepth: 0 });
const at = (pair: fc.Arbitrary<PairSpec>) => fc.record({ pair, tau: toleranceFactor() });

const claim = defineClaim<Case>({
  id: 'conditioning/subexponential-error',
  title: 'Subexponential error: conditioning on a high proxy leaves E[V] unchanged in the limit',
  source: 'Kwa, Thomas & Garriga-Alonso 2024, "Catastrophic Goodhart", arXiv:2407.14503, Theorem 5 (earlier posts: hard-threshold conditioning)',
  quote:
    'Let X and V be two independent random variables such that V has a finite mean; X is subexponential; and lim_{t→∞} t^p F̄_V(t)/F̄_X(t) = 0 for some p > 1. Then lim_{t→∞} E[V | X + V ≥ t] = E[V].',
  aliases: ['paper T5'],
  reading:
    'On the thresholds t(L) = s_X(L) + s_V(L) (+ V\'s left-tail scale) for the farthest three levels L of 5, 10, 20, 50, 200, 700 within 1e300, |E[V | U > t] − E[V]| + error ≤ τ·IQR(V) at the two farthest (or, X ⊥ V with V bounded above, the closed-form bracket 0 ≤ E[V | U > t] − E[V] ≤ Δ(t) ≤ τ·IQR(V) there, boundedVGap.ts). Where that grid is not conclusive (slow limits), X ⊥ V: the rigorous bound 0 ≤ E[V | U > t] − E[V] ≤ B(t) ≤ τ·IQR(V) at two rungs t = e^σ, σ = σ₀·2^{i/2} past the farthest threshold, σ up to 1e12 (beyond the double range in log space), from a closed-form bound θ ≥ sup_{y ≥ t/2} h_X(y) of X\'s hazard and V\'s closed-form functions (tiltDeviationBound.ts, t5TiltVerdict.ts). Fails only with a certificate (U bounded, X bounded, comonotone monotonicity, or light X with a non-shrinking deviation). E[V | U ≥ t] and E[V | U > t] share their limit.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the pair structure (t4Structure.ts)', holds: (c) => independentXV(c.pair) },
    { name: 'finiteMean(V)', description: 'E[V] finite, read from the built law of V', holds: (c) => Number.isFinite(vOf(c).mean()) },
    { name: 'subexponential(X)', description: 'X ∈ 𝓢: P(X₁ + X₂ > x)/P(X > x) → 2 (claims.md §1), the right-tail profile of the built X', holds: (c) => xOf(c).tails.right.subexponential },
    { name: 'tailRatio(V, X)', description: 'lim t^p F̄_V/F̄_X = 0 for some p > 1, decided from the tail profiles (tailRatio.ts; undecided pairs are not generated)', holds: (c) => tailRatioDecision(xOf(c), vOf(c)) === 'holds' },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'subexponential(X)': 'load-bearing', 'tailRatio(V, X)': 'load-bearing' },
  conclusion: (c) => subexponentialErrorVerdict(pairOf(c), xOf(c), vOf(c), c.tau),
  expect: 'holds',
  uses: [],
  arbitrary: at(fc.oneof({ arbitrary: independent(heavyX, finiteV, keep), weight: 19 }, { arbitrary: independent(heavyTailed({ maxDepth: 1 }), anyDistribution({ finiteMean: true, maxDepth: 1 }), decided), weight: 1 })),
  necessityArbitraries: {
    'independent(X, V)': at(coupled(heavyX, lightTailed({ finiteMean: true, maxDepth: 0 }), keep)),
    // E[V] = −∞ through a left tail without a mean (reflected Pareto/Lomax α ≤ 1): right tail bounded, so tailRatio holds
    'finiteMean(V)': at(independent(heavyX, minusInfiniteMeanV(), keepHeavy)),
    'subexponential(X)': at(independent(lightTailed({ maxDepth: 0 }), lightTailed({ finiteMean: true, maxDepth: 0 }), keep)),
    'tailRatio(V, X)': at(independent(heavyX, heavyTailed({ finiteMean: true, maxDepth: 0 }), decided)),
  },
  mutants: [
    {
      name: 'conditioning raises V by a fixed amount: E[V | U > t] ≥ E[V] + τ·IQR(V)/2 at the farthest threshold',
      conclusion: (c) => {
        const v = vOf(c);
        const g = conditioningGrid(pairOf(c), xOf(c), v, 3);
        const last = g.points[g.points.length - 1];
        if (!last) return holds('no grid', {});
        const gap = last.value - v.mean();
        return gap + last.error < 0.5 * c.tau * (v.quantile(0.75) - v.quantile(0.25)) ? fails(`E[V | U > ${fmt(last.t)}] − E[V] = ${fmt(gap)}`, { gap }) : holds('raised', { gap });
      },
    },
  ],
  // the default 100 runs (20 before the closed far tails made a case ~2 ms: at 20, the subexponential(X) necessity
  // search exercised as few as 2 cases at some seeds and reported 'not-exercised', random seed −336518381)
  inconclusiveBudget: {
    share: 0.015,
    reason: 'measured 1.2% (11/914) at seed 20240717, 1000 runs: 7 of them pair X of tail index ≈ 1 (Cauchy, Pareto and Lomax α = 1, Fréchet α ≈ 2 against log-logistic β = 3) with V of index α_X + 1 + δ, δ ≤ 3e-3, where E[V | U > t] − E[V] ≈ E[V; V > t]/F̄_X(t) ∝ t^{−δ} stays at its value at t = 1e8 up to 1e86 (T5 applies, p ∈ (1, 1 + δ); the limit is reached past t ≈ e^{1/δ}). Before the closed far tail of fastLeaf.ts these 7 read as holds: the quadrature to ∞ missed the mass of V near v ≈ t and returned E[V | U > t] = E[V] ± 1e-9 (mpmath: 4.1045 against E[V] = 1 at t = 1.65e21, fastLeafClosedTail.test.ts)',
  },
  series: conditioningSeries,
});

export default claim;
await checkClaimInVitest(claim);
