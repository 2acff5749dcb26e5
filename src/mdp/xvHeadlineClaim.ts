/**
 * What the MDP headline claim (properties/mdp/headline.prop.ts) assumes and generates: hypotheses computed
 * from the built laws of X and V under π₀ (xvLaws.ts: mixtures over the paths of atoms and affine images of
 * the leaf laws), generators aimed at each hypothesis, the mutants and the report series.
 */
import fc from 'fast-check';
import { anyDistribution } from '../arbitraries/anyDistribution.ts';
import { heavyTailed } from '../arbitraries/heavyTailed.ts';
import { lightTailed } from '../arbitraries/lightTailed.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import type { Hypothesis, Mutant } from '../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import { minusInfiniteMeanV } from '../constructions/t4Cases.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { t2Witness } from './t2Witness.ts';
import { checkMdp } from './validate.ts';
import { PART_V, PART_X, type XvMdpSpec } from './xv.ts';
import { xvMdpArbitrary, type XvConstraints } from './xvArbitrary.ts';
import { baseUtility, recheckXv, type XvHeadlineCase } from './xvHeadlineVerdict.ts';
import { partLaw } from './xvLaws.ts';

type H = Hypothesis<XvHeadlineCase>;
const heavyX: H = { name: 'heavyTailed(X)', description: 'X per trajectory is heavy-tailed under π₀ (λ₊ = 0, claims.md §1), read from its built law', holds: (c) => partLaw(c.xv, PART_X).tailClass === 'heavy' };
const finiteMeanX: H = { name: 'finiteMean(X)', description: 'E_π₀[X] exists and is finite', holds: (c) => Number.isFinite(partLaw(c.xv, PART_X).mean()) };
const heavyU: H = { name: 'heavyTailed(U)', description: 'the return U = X + V is heavy-tailed under π₀ (λ₊ = 0), read from its built law (returnLaw.ts)', holds: (c) => baseReturnLaw(c.xv.mdp).tailClass === 'heavy' };
const finiteMeanU: H = { name: 'finiteMean(U)', description: 'E_π₀[U] exists and is finite', holds: (c) => Number.isFinite(baseReturnLaw(c.xv.mdp).mean()) };
const lightV: H = { name: 'lightTailed(V)', description: 'V per trajectory is light-tailed on the right under π₀ (λ₊ > 0)', holds: (c) => partLaw(c.xv, PART_V).tailClass !== 'heavy' };
const finiteMeanV: H = { name: 'finiteMean(V)', description: 'E_π₀[V] exists and is finite', holds: (c) => Number.isFinite(partLaw(c.xv, PART_V).mean()) };
const deterministic: H = {
  name: 'deterministicTransitions(W)',
  description: 'no reachable chance leaf: every random draw is an action of the policy (types.ts)',
  holds: (c) => checkMdp(c.xv.mdp).order.every((i) => { const s = c.xv.mdp.states[i]; return s.kind !== 'leaf' || !s.chance; }),
};

/** The post's wording: heavy X, light V, finite means. */
export const xvHeadlineLiteralHypotheses: readonly H[] = [heavyX, finiteMeanX, lightV, finiteMeanV, deterministic];
/**
 * Corrected: heavy U in place of heavy X (X heavy and V light on both sides imply it). E_π₀[V] finite is
 * implied in this model by E_π₀[U] finite and V light: each draw is split linearly, so a V part with mean −∞
 * makes U's mean −∞ or undefined on that path.
 */
export const xvHeadlineHypotheses: readonly H[] = [heavyU, finiteMeanU, lightV, deterministic];

const M = fc.oneof(fc.constantFrom(1, 10, 1000), logUniform(1e-6, 1e8));
const eps = fc.oneof(fc.constantFrom(0.1, 1e-3), logUniform(1e-10, 10));
const eta = fc.oneof(fc.constantFrom(0.1, 1e-3), logUniform(1e-6, 10));
const heavyFm = heavyTailed({ finiteMean: true, maxDepth: 1 });
const lightFm = lightTailed({ finiteMean: true, maxDepth: 1 });
const mostlyError = fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, { arbitrary: fc.constantFrom(0.5, 1, -1), weight: 1 });
const caseOf = (c: XvConstraints, m = M, e = eps, h = eta) => fc.record({ xv: xvMdpArbitrary({ size: 'medium', ...c }), M: m, eps: e, eta: h });

/** Heavy-on-the-left draws y (a reflected heavy law, finite mean) split with share s > 1: X = (1 − s)y heavy, V = s·y light, U = y light. */
const reflectedHeavy = heavyFm.map((base) => ({ family: 'affine' as const, base, loc: 0, scale: -1 }));
export const cancellingCases = caseOf({ leafLaw: fc.oneof(reflectedHeavy, lightFm), leafShare: fc.constantFrom(2, 1.5, 3), maxDepth: 2 }, logUniform(1, 1e8), logUniform(1e-10, 1e-2));

const mainCases = () => caseOf({ leafLaw: fc.oneof({ arbitrary: heavyFm, weight: 3 }, { arbitrary: lightFm, weight: 1 }, { arbitrary: anyDistribution({ maxDepth: 1 }), weight: 1 }), heavyLeafShare: mostlyError });

/**
 * V rises with U: start → terminal (reward 0) with p₀, or → (reward r, all utility) a heavy error leaf. Any
 * reweighting toward high returns moves mass to the second branch, so E_π[V] − E_π₀[V] = r·(P_π − P_π₀) > 0.
 */
const comovingCases = fc.record({
  xv: fc.tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 10 }), heavyFm).map(([p0, r, base]): XvMdpSpec => ({
    mdp: {
      start: 0,
      returnKind: 'sum',
      states: [{ kind: 'choice', actions: [{ next: 1, reward: 0, p0 }, { next: 2, reward: r, p0: 1 - p0 }] }, { kind: 'terminal' }, { kind: 'leaf', base }],
    },
    split: [[0, r], null, { vShare: 0 }],
  })),
  M, eps, eta,
});

export function xvHeadlineArbitraries() {
  const main = mainCases();
  const lightLeaves = caseOf({ leafLaw: lightFm }, logUniform(1, 1e8), logUniform(1e-10, 1e-2));
  // small trees: infinite-mean witnesses (conditioning, far thresholds) are the slowest cases of the claim
  const infiniteMean = caseOf({ leafLaw: fc.oneof({ arbitrary: heavyTailed({ maxDepth: 0, continuous: true }), weight: 3 }, { arbitrary: lightFm, weight: 1 }), heavyLeafShare: fc.constant(0), maxStates: 12 });
  return {
    main,
    literalMain: fc.oneof({ arbitrary: main, weight: 3 }, { arbitrary: cancellingCases, weight: 1 }),
    necessity: {
      'heavyTailed(U)': lightLeaves,
      'finiteMean(U)': infiniteMean,
      // every heavy draw split half and half: X and V both heavy, U = 2V + R with R light (the certificate's form)
      'lightTailed(V)': caseOf({ leafLaw: fc.oneof(heavyFm, lightFm), heavyLeafShare: fc.constant(0.5) }, logUniform(10, 1e8), logUniform(1e-10, 1e-2), logUniform(1e-6, 1)),
      // utility leaves V = −Pareto(α ≤ 1): light on the right, E[V] = −∞
      'finiteMean(V)': caseOf({ leafLaw: fc.oneof(heavyFm, minusInfiniteMeanV()), heavyLeafShare: fc.constant(0), leafShare: fc.constant(1) }),
      'deterministicTransitions(W)': caseOf({ leafLaw: heavyFm, chanceLeaves: 'all', heavyLeafShare: fc.constant(0) }),
    } as Record<string, fc.Arbitrary<XvHeadlineCase>>,
  };
}

export const xvHeadlineMutants: readonly Mutant<XvHeadlineCase>[] = [
  {
    name: 'ε dropped to 0 (only π = π₀ allowed)',
    conclusion: (c) => {
      const mu = baseReturnLaw(c.xv.mdp).mean();
      return mu > c.M ? holds('μ_U > M', { mu, M: c.M }) : fails(`E_π₀[U] = ${fmt(mu)} ≤ M = ${fmt(c.M)} and π must be π₀`, { mu, M: c.M });
    },
  },
  {
    name: 'the witness gains nothing at all: E_π[V] ≤ E_π₀[V] exactly',
    // the corrected claim's cases (heavy U): the literal claim's cancelling cases have no witness to test
    arbitrary: fc.oneof(mainCases(), comovingCases),
    conclusion: (c) => {
      const w = t2Witness(c.xv.mdp, c.M, c.eps).witness;
      if (!w || !Number.isFinite(baseUtility(c.xv).mu)) return inconclusive('no witness');
      const v = recheckXv(c, w);
      const { shift, vError } = v.numbers;
      return shift - vError > 1e-12 * (1 + Math.abs(v.numbers.muV)) ? fails(`${w.kind} witness: E_π[V] − E_π₀[V] = ${fmt(shift)} > ${fmt(vError)}`, v.numbers) : holds('no certified gain', v.numbers);
    },
  },
];

/** The necessity generators for the named hypotheses (heavy/finite-mean X share U's: each violates both). */
export function xvNecessityArbitraries(names: readonly string[]): Record<string, fc.Arbitrary<XvHeadlineCase>> {
  const all = xvHeadlineArbitraries().necessity;
  return Object.fromEntries(names.map((n) => [n, all[n.replace('(X)', '(U)')]]).filter(([, a]) => a !== undefined));
}
