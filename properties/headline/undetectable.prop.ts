/**
 * The detectability sentence beside the headline corollary: the Goodharting policies match the base policy
 * except on a tiny fraction of trajectories, so n observations cannot tell them apart.
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds, inconclusive } from '../../src/claims/verdicts.ts';
import { binaryKl } from '../../src/numerics/kl.ts';
import { finiteMeanU, headlineNecessityPairs, heavyU } from '../../src/constructions/headlineCases.ts';
import { detectLowerBound } from '../../src/constructions/headlineDetect.ts';
import { undetectableVerdict, undetectableWitness, type DetectCase } from '../../src/constructions/headlineUndetectable.ts';

const rest = { M: fc.oneof(fc.constantFrom(1, 10, 1000), logUniform(1e-3, 1e6)), eps: fc.oneof(fc.constant(1), logUniform(1e-8, 10)), n: fc.oneof(fc.constantFrom(1, 2, 100), logUniform(1, 1e6).map(Math.round)), delta: fc.oneof(fc.constantFrom(0.05, 0.01), logUniform(1e-6, 0.5)) };
const withPairs = (pair: fc.Arbitrary<DetectCase['pair']>) => fc.record({ pair, ...rest });
/** a band witness of the case, or a verdict explaining why there is none */
const bandOf = (c: DetectCase) => {
  const w = undetectableWitness(c).witness;
  return w && w.kind === 'band' && Number.isFinite(w.p) ? w : undefined;
};

const claim = defineClaim<DetectCase>({
  id: 'headline/undetectable',
  title: 'Low-KL Goodharting policies cannot be told from the base policy by a few observations',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Intuitive explanation"',
  quote:
    'most of the time they match the base policy π0, but a tiny fraction of the time they will pick trajectories with extremely high reward. Thus, if we only observe actions from the policy π, it could be difficult to tell whether π is Goodharting or identical to the base policy.',
  aliases: ['post headline corollary (detectability)'],
  reading:
    'For U heavy with a finite mean and any M, ε, n, δ: a band reweighting P of the pair by U has E_P[U] > M, D(P‖Q) < ε and TV(Pⁿ, Qⁿ) ≤ n·TV(P, Q) ≤ n·√(D/2) < δ, so no test on n samples has advantage above δ. TV(P, Q) = |p − F̄_U(t)| and TV(Pⁿ, Qⁿ) (two binomials) are computed exactly and each link is checked. Note: small TV alone needs only an unbounded U (a mass δ/2n far out); it is TV small together with KL small that needs the heavy tail.',
  hypotheses: [heavyU, finiteMeanU],
  necessity: { 'heavyTailed(U)': 'load-bearing', 'finiteMean(U)': 'appears-unnecessary' },
  conclusion: undetectableVerdict,
  expect: 'holds',
  uses: ['headline/goodhart-with-kl'],
  arbitrary: withPairs(fc.oneof(headlineNecessityPairs.main, pairArbitrary())),
  necessityArbitraries: {
    'heavyTailed(U)': fc.record({ pair: headlineNecessityPairs.lightU, M: logUniform(10, 1e6), eps: rest.eps, n: rest.n, delta: rest.delta }),
    'finiteMean(U)': withPairs(headlineNecessityPairs.infiniteMeanU),
  },
  mutants: [
    {
      name: 'n samples see no more than one: TV(Pⁿ, Qⁿ) ≤ TV(P, Q)',
      conclusion: (c) => {
        const w = bandOf(c);
        if (!w) return inconclusive('no band witness');
        const lower = detectLowerBound(c.n, w.p, w.logSfHi);
        return lower > w.tvUpper ? fails(`TV(Pⁿ,Qⁿ) ≥ ${fmt(lower)} > TV(P,Q) ≤ ${fmt(w.tvUpper)} (n=${c.n})`, { lower, tv: w.tvUpper }) : holds('not refuted here', { lower, tv: w.tvUpper });
      },
    },
    {
      name: 'Pinsker without the square root: TV(P, Q) ≤ KL/2',
      conclusion: (c) => {
        const w = bandOf(c);
        if (!w || !(2 * Math.exp(w.logSfHi) < 1)) return inconclusive('no band witness');
        // the band reweighting at the witness's threshold with tail mass 2·e^{hi}: TV ≥ e^{hi}, KL ≤ kl(2e^{hi} ‖ e^{lo})
        const b = Math.exp(w.logSfHi);
        const kl = binaryKl(2 * b, w.logSfLo);
        return kl / 2 < b ? fails(`tail mass 2q at t=${fmt(w.t)}: TV ≥ ${fmt(b)} > KL/2 ≤ ${fmt(kl / 2)}`, { tv: b, kl }) : holds('not refuted here', { tv: b, kl });
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
