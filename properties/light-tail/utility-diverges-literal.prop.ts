/**
 * Post Theorem 4, as worded: light-tailed X and V with a continuous U make E[V] under the KL-optimal policy
 * diverge as β → 0. The optimum is the tilt dπ⋆/dπ₀ ∝ e^{U/β} where E[e^{U/β}] < ∞ (klOptimum.ts); the limit is
 * checked on a β-grid against a level, and refuted only with a certificate (t4LimitVerdict.ts).
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fmt, fails, holds } from '../../src/claims/verdicts.ts';
import { klOptimum } from '../../src/constructions/klOptimum.ts';
import { xAbscissa } from '../../src/constructions/t4Abscissa.ts';
import { exponentialType, independentPair, levelExponent, pairOf, stronglyLight } from '../../src/constructions/t4Cases.ts';
import { scaleOf } from '../../src/constructions/t4Grid.ts';
import { divergenceVerdict } from '../../src/constructions/t4LimitVerdict.ts';
import { t4Series } from '../../src/constructions/t4Series.ts';
import { buildV, uContinuous } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

/** A pair (X, V) and the exponent m of the level L = q_V(1 − 10^{−m}) that E[V(π*(β))] must pass. */
interface Case { pair: PairSpec; m: number }

const claim = defineClaim<Case>({
  id: 'light-tail/utility-diverges-literal',
  title: 'Light-tailed X and V: E[V] under the KL-optimal policy diverges as β → 0 (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 4 (paper: adds "V unbounded")',
  quote:
    'If U = X + V with X and V both light-tailed, and the distribution of U is continuous, and π*(β) ≜ argmax_π E[U(π)] − β D_KL(π, π₀), then lim_{β→0+} E[V(π*(β))] = ∞.',
  aliases: ['post T4', 'paper T4 (without "V unbounded")'],
  reading:
    'One decision, π₀ = the law of (X, V), any dependence. π*(β) is the tilt ∝ e^{U/β} when Z(β) = E[e^{U/β}] < ∞ and does not exist otherwise. Holds: E[V(π*)] passes L = q_V(1 − 10^{−m}) on the β-grid and keeps increasing. Fails: no maximiser for all small β, or E[V(π*(β))] ≤ B < ∞ for every β.',
  hypotheses: [
    { name: 'lightTailed(X)', description: 'λ₊(X) > 0 (claims.md §1), read from the marginal laws and the dependence structure (t4Abscissa.ts)', holds: (c) => xAbscissa(c.pair) > 0 },
    { name: 'lightTailed(V)', description: 'λ₊(V) > 0, read from the built law of V', holds: (c) => buildV(c.pair).tails.right.mgfSup > 0 },
    { name: 'continuous(U)', description: 'the law of U = X + V has no atoms (t4Structure.ts uContinuous)', holds: (c) => uContinuous(c.pair) },
  ],
  necessity: { 'lightTailed(X)': 'load-bearing', 'lightTailed(V)': 'load-bearing', 'continuous(U)': 'load-bearing' },
  conclusion: (c) => divergenceVerdict(pairOf(c.pair), c.m),
  expect: 'refuted',
  finding:
    'Refuted three ways, each with a certificate: V bounded above (E[V(π*)] ≤ ess sup V — the paper adds "V unbounded"); λ₊(U) < ∞, e.g. X or V exponential-type (E[e^{U/β}] = ∞ for β ≤ 1/λ₊(U): π*(β) does not exist, so the limit is undefined — "strongly light" (λ₊ = ∞) is needed, not just light); and dependence, e.g. X = −2V + Z (E[V(π*)] = Λ_V′(−θ) ≤ E[V]). The corrected claim adds independence, λ₊(X) = λ₊(V) = ∞ and V unbounded above.',
  correctedBy: 'light-tail/utility-diverges',
  uses: [],
  arbitrary: fc.record({ pair: pairArbitrary(), m: levelExponent() }),
  necessityArbitraries: {
    'lightTailed(X)': fc.record({ pair: pairArbitrary({ kinds: ['independent', 'comonotone', 'linear'] }), m: levelExponent() }),
    'lightTailed(V)': fc.record({ pair: pairArbitrary({ kinds: ['independent', 'comonotone'] }), m: levelExponent() }),
    'continuous(U)': fc.record({
      pair: independentPair(stronglyLight({ discrete: true }), fc.oneof(stronglyLight({ discrete: true }), exponentialType())),
      m: levelExponent(),
    }),
  },
  mutants: [
    {
      name: 'tilting never raises V: E[V(π*(β))] ≤ E[V] at β = IQR(V)',
      conclusion: (c) => {
        const v = buildV(c.pair);
        const o = klOptimum(pairOf(c.pair), scaleOf(v));
        if (o.status !== 'tilt' || !o.meanV.converged) return holds('no optimum to compare', {});
        const d = o.meanV.value - v.mean();
        return d > o.meanV.error + 1e-12 * Math.abs(v.mean())
          ? fails(`E[V(π*)] − E[V] = ${fmt(d)} > 0`, { shift: d, error: o.meanV.error })
          : holds('no increase', { shift: d });
      },
    },
  ],
  series: t4Series,
});

export default claim;
await checkClaimInVitest(claim);
