/**
 * The naive hope the post argues against: a KL penalty bounds how much the mean of the proxy can move, for
 * every reference law, by a finite C(d) (→ 0 with d). Heavy right tails refute it through the T1 witness
 * (findHighMeanWitness): at KL < ε the mean moves by more than any K. Light right tails satisfy it with
 * C = B (light-tail/mean-shift-bound, light-tail/mean-shift-vanishes).
 */
import fc from 'fast-check';
import { anyDistribution } from '../../src/arbitraries/anyDistribution.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { fails, fmt, holds, inconclusive } from '../../src/claims/verdicts.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { dvBound } from '../../src/constructions/dvBound.ts';
import { unboundedShiftVerdict } from '../../src/constructions/t3Verdicts.ts';
import { infiniteMeanVerdict } from '../../src/constructions/t3LimitVerdicts.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

interface Case { q: DistributionSpec; eps: number }

/** sup_{D(P‖Q) < ε} E_P[X] − μ_Q ≤ B(ε) < ∞: light right tails hold (DV), heavy ones fail (T1 witness). */
const bounded = (c: Case) => {
  const q = build(c.q);
  if (q.mean() === -Infinity && q.mgfSup > 0) return infiniteMeanVerdict(q, c.eps);
  if (!Number.isFinite(q.mean())) return inconclusive(`μ_Q = ${q.mean()}: the gain E_P[X] − μ_Q is undefined`, { mean: q.mean() });
  if (!(q.mgfSup > 0)) return unboundedShiftVerdict(q, c.eps, 1, 'no finite C(ε)');
  const dv = dvBound(q, c.eps);
  if (!Number.isFinite(dv.bound)) return inconclusive(`B(ε) = ${dv.bound}`, { eps: c.eps });
  return holds(`light right tail: C(ε) = B(ε) = ${fmt(dv.bound)} (Donsker–Varadhan; attained by a tilt)`, { eps: c.eps, bound: dv.bound });
};

/** Mutant "C(ε) = 0": the tilt at λ*(ε/2) (or the T1 witness) has KL < ε and a positive gain. */
const noGain = (c: Case) => {
  const q = build(c.q);
  if (!(q.mgfSup > 0)) return unboundedShiftVerdict(q, c.eps, 1, 'gain above C = 0');
  const dv = dvBound(q, c.eps / 2);
  if (dv.bound - dv.error > 0) return fails(`the tilt at λ = ${fmt(dv.lambda)} has KL ε/2 and gain B(ε/2) = ${fmt(dv.bound)} > 0`, { eps: c.eps, bound: dv.bound, lambda: dv.lambda });
  return holds(`no gain possible: B(ε/2) = ${fmt(dv.bound)} (Q a point mass)`, { bound: dv.bound });
};

const claim = defineClaim<Case>({
  id: 'naive/kl-bounds-proxy-gain',
  title: 'Naive hope: a KL penalty bounds the gain in the proxy\'s mean, whatever the reference law',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract (the hope the post refutes)',
  quote: 'One would hope that a KL penalty can produce good outcomes even in the case of reward misspecification',
  aliases: ['post abstract', 'post T1 (refutes it)'],
  reading: 'For every Q with a finite mean there is a finite C(ε) with E_P[X] − μ_Q ≤ C(ε) whenever D(P‖Q) < ε (C → 0 is then mean-shift-vanishes). A case holds with C = B(ε) < ∞ (light right tail) and fails when the T1 witness at KL < ε moves the mean by more than 1e3·(1 + spread).',
  hypotheses: [{ name: 'finiteMean(Q)', description: 'μ_Q finite', holds: (c) => Number.isFinite(build(c.q).mean()) }],
  necessity: { 'finiteMean(Q)': 'load-bearing' },
  conclusion: (c) => bounded(c),
  expect: 'refuted',
  finding: 'Refuted by every heavy right tail with a finite mean: the T1 tail reweighting reaches any mean at any KL ε > 0, so no finite C(ε) exists (the post\'s catastrophic Goodhart).',
  uses: ['heavy-tail/high-mean-low-kl', 'light-tail/mean-shift-bound'],
  arbitrary: fc.record({ q: anyDistribution({ finiteMean: true }), eps: logUniform(1e-8, 1) }),
  necessityArbitraries: { 'finiteMean(Q)': fc.record({ q: anyDistribution(), eps: logUniform(1e-8, 1) }) },
  mutants: [{ name: 'no gain allowed: C(ε) = 0', conclusion: noGain }],
});

export default claim;
await checkClaimInVitest(claim);
