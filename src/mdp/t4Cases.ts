/**
 * Cases of T4 on MDPs (properties/mdp/utility-diverges*.prop.ts, positive-utility*.prop.ts): an MDP with its
 * return split into X and V (xv.ts) plus a number, and generators that concentrate on the classes the claims'
 * hypotheses separate (the claims compute every hypothesis from the built laws, never from the generator):
 * - `productXv`: X ⊥ V by construction: a first choice sets X (its rewards are pure error), then one V stage —
 *   shared by every first action (a DAG) or copied under each (a tree) — whose actions reach a leaf counted as
 *   utility (share 1) or a terminal state through a reward counted as utility. Summed returns (averaging would
 *   divide X by a length that depends on V's branch).
 * - `branchDependence`: two branches, an error leaf (share 0) and a utility leaf (share 1): X and V depend on
 *   each other through the path (a previous helper's design for the literal claim).
 * - `anyXv`: xvMdpArbitrary over the given leaf laws (summed returns on DAGs, averaged ones on trees).
 */
import fc from 'fast-check';
import { lightTailed } from '../arbitraries/lightTailed.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import { hasClosedTiltMean } from '../constructions/tiltMean.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import type { StateSpec } from './types.ts';
import type { XvMdpSpec, XvSplitEntry } from './xv.ts';
import { xvMdpArbitrary, type XvConstraints } from './xvArbitrary.ts';

const weight = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1e9 }));
const smallReward = fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.double({ min: -100, max: 100, noNaN: true }));
const norm = (ws: readonly number[]): number[] => { const t = ws.reduce((a, b) => a + b, 0); return ws.map((w) => w / t); };

type VAction = { reward: number; leaf?: DistributionSpec; w: number };

/** X ⊥ V by construction (file comment); `vLeaf` draws the utility leaves' laws. */
export function productXv(vLeaf: fc.Arbitrary<DistributionSpec>): fc.Arbitrary<XvMdpSpec> {
  const xActions = fc.array(fc.record({ reward: smallReward, w: weight }), { minLength: 1, maxLength: 3 });
  const vAction: fc.Arbitrary<VAction> = fc.record({ reward: smallReward, leaf: fc.option(vLeaf, { nil: undefined, freq: 8 }), w: weight });
  const vActions = fc.array(vAction, { minLength: 1, maxLength: 3 }).filter((as) => as.some((a) => a.leaf !== undefined));
  return fc.tuple(xActions, vActions, fc.boolean()).map(([xs, vs, shared]): XvMdpSpec => {
    const states: StateSpec[] = [];
    const split: XvSplitEntry[] = [];
    const add = (s: StateSpec, e: XvSplitEntry): number => (states.push(s), split.push(e), states.length - 1);
    const root = add({ kind: 'terminal' }, null);
    const px = norm(xs.map((a) => a.w));
    const pv = norm(vs.map((a) => a.w));
    const vStage = (): number => {
      const i = add({ kind: 'terminal' }, null);
      const next = vs.map((a) => (a.leaf ? add({ kind: 'leaf', base: a.leaf }, { vShare: 1 }) : add({ kind: 'terminal' }, null)));
      states[i] = { kind: 'choice', actions: vs.map((a, j) => ({ next: next[j], reward: a.reward, p0: pv[j] })) };
      split[i] = vs.map((a) => a.reward);
      return i;
    };
    const sharedStage = shared ? vStage() : -1;
    const targets = xs.map(() => (shared ? sharedStage : vStage()));
    states[root] = { kind: 'choice', actions: xs.map((a, j) => ({ next: targets[j], reward: a.reward, p0: px[j] })) };
    split[root] = xs.map(() => 0);
    return { mdp: { start: root, states, returnKind: 'sum' }, split };
  });
}

/** Two branches: an error leaf (share 0) and a utility leaf (share 1); rewards on the way counted as error. */
export function branchDependence(errorLeaf: fc.Arbitrary<DistributionSpec>, utilityLeaf: fc.Arbitrary<DistributionSpec>): fc.Arbitrary<XvMdpSpec> {
  return fc.tuple(errorLeaf, utilityLeaf, logUniform(1e-6, 1 - 1e-6), smallReward, smallReward).map(([x, v, p, r1, r2]): XvMdpSpec => ({
    mdp: {
      start: 0,
      returnKind: 'sum',
      states: [{ kind: 'choice', actions: [{ next: 1, reward: r1, p0: p }, { next: 2, reward: r2, p0: 1 - p }] }, { kind: 'leaf', base: x }, { kind: 'leaf', base: v }],
    },
    split: [[0, 0], { vShare: 0 }, { vShare: 1 }],
  }));
}

/** N(μ, σ) with σ in a given range (the branch-dependence counterexample's laws). */
export const normalLaw = (lo: number, hi: number): fc.Arbitrary<DistributionSpec> =>
  fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), logUniform(lo, hi)).map(([mu, sigma]): DistributionSpec => ({ family: 'normal', mu, sigma }));

/** Any MDP of xvArbitrary.ts with the given leaf laws (small trees: ≤ 20 states, depth ≤ 3). */
export function anyXv(leafLaw: fc.Arbitrary<DistributionSpec>, c: XvConstraints = {}): fc.Arbitrary<XvMdpSpec> {
  const base = { leafLaw, maxStates: 20, maxDepth: 3, ...c };
  return fc.oneof(xvMdpArbitrary({ ...base, returnKind: 'sum' }), xvMdpArbitrary({ ...base, returnKind: 'average', dag: false }));
}

/*
 * Leaf laws. Every generator keeps the laws whose MGF and tilted mean are closed forms (tiltMean.ts
 * hasClosedTiltMean: normal, Gumbel and its reflection, Poisson, uniform, exponential, gamma, Laplace, logistic,
 * geometric, atoms, affine maps and mixtures of them): a soft-Bellman optimum at 25 values of β then costs
 * well under a millisecond. Laws whose tilts need quadrature (Weibull, beta, …) are left to the
 * distribution-level claims (light-tail/utility-diverges*), whose pairs cover them.
 */
const closed = (a: fc.Arbitrary<DistributionSpec>): fc.Arbitrary<DistributionSpec> => a.filter(hasClosedTiltMean);
/** Strongly light (λ₊ = ∞) single families and reflections, optionally unbounded above / bounded above / discrete. */
export const strongLeaf = (o: { unboundedAbove?: boolean; boundedAbove?: boolean; discrete?: boolean; continuous?: boolean } = {}): fc.Arbitrary<DistributionSpec> =>
  closed(lightTailed({ tailClass: 'stronglyLight', maxDepth: 0, finiteMean: true, ...o }));
/** Exponential-type (0 < λ₊ < ∞) single families. */
export const expLeaf = (): fc.Arbitrary<DistributionSpec> => closed(lightTailed({ tailClass: 'light', maxDepth: 0, finiteMean: true }));
/** Any light-tailed law with finite mean, one level of affine maps and mixtures. */
export const lightLeaf = (): fc.Arbitrary<DistributionSpec> => closed(lightTailed({ finiteMean: true, maxDepth: 1 }));
