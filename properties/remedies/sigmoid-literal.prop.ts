/**
 * The sigmoid sentence of the post's "Limitations" section exactly as printed: the KL enters σ(E[U]) + D_KL with
 * a plus sign, so the objective rewards divergence and has no maximum.
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds } from '../../src/claims/verdicts.ts';
import { squashSpec, type SigmoidCase } from '../../src/constructions/sigmoid/cases.ts';
import { sigmoidLiteralVerdict } from '../../src/constructions/sigmoid/literalVerdict.ts';
import { meanUClass, vMarginal } from '../../src/constructions/sigmoid/pairMeans.ts';
import { squashOf } from '../../src/constructions/sigmoid/squash.ts';

const cases = (pair: fc.Arbitrary<SigmoidCase['pair']>) => fc.record({ pair, sigma: squashSpec, level: logUniform(1e-2, 500), eta: logUniform(1e-3, 10) });

const claim = defineClaim<SigmoidCase>({
  id: 'remedies/sigmoid-literal',
  title: 'Maximising σ(E[U]) + D_KL: all near-optimal policies have V ≈ 0 (as printed)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations"',
  quote:
    'If we maximize σ(E[U]) + D_KL(Tr(π)‖Tr(π₀)), where σ is a bounded function (e.g. sigmoid), all near-optimal policies will have V ≈ 0. Since we can only obtain so much reward from σ(E[U]), it pays to make the KL (and thus V) go to zero.',
  aliases: ['post Limitations: sigmoid sentence'],
  reading:
    'Policies are laws P ≪ Q of the outcome (single start state; the pair (X, V), U = X + V). J(P) = σ(E_P[U]) + D(P‖Q) with σ ∈ {logistic, tanh, arctan, clip[−1, 1]} has sup J = +∞, so "near-optimal" means J(P) > L. E_Q[V] finite is part of the reading of V ≈ 0 (V is generated with a finite mean). Claim at (L, η): every P with J(P) > L has |E_P[V] − E_Q[V]| < η.',
  hypotheses: [
    {
      name: 'finiteMean(U)',
      description: 'E_Q[U] exists and is finite, read exactly from the marginals\' means (pairMeans.ts: for an independent sum E|X + V| < ∞ iff E|X| < ∞ and E|V| < ∞, by Fubini)',
      holds: (c) => meanUClass(c.pair) === 'finite',
    },
  ],
  necessity: { 'finiteMean(U)': 'load-bearing' },
  conclusion: (c) => sigmoidLiteralVerdict(vMarginal(c.pair), squashOf(c.sigma), c.level, c.eta, meanUClass(c.pair)),
  expect: 'refuted',
  finding:
    'As printed the KL is rewarded: conditioning on a rare event of V, P = Q(· | V > v), has D(P‖Q) = −log Q(V > v) above any level while E_P[V] ≥ v is far from E_Q[V] — near-optimal policies are exactly the far-from-base ones. The sentence needs the KL as a penalty (remedies/sigmoid).',
  correctedBy: 'remedies/sigmoid',
  uses: [],
  arbitrary: cases(pairArbitrary({ vFiniteMean: true })),
  necessityArbitraries: {
    'finiteMean(U)': cases(pairArbitrary({ kinds: ['independent', 'comonotone'] })),
  },
  mutants: [
    {
      name: 'flipped: some near-optimal policy has |ΔV| ≥ η for every V (even constant V)',
      arbitrary: cases(pairArbitrary({ kinds: ['independent'], vFiniteMean: true }).map((p) => (p.kind === 'independent' ? { ...p, v: { family: 'pointMass' as const, x: 0 } } : p))),
      conclusion: (c) => {
        const v = vMarginal(c.pair);
        return v.support.upper - v.support.lower < c.eta ? fails(`V constant: ΔV = 0 < η=${fmt(c.eta)} for every P`, {}) : holds('V not constant', {});
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
