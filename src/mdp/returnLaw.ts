/**
 * The return law G∘Tr(π) at the trajectory level (paths.ts). A path ending at a terminal state has the
 * return g = returnOf(kind, R, n); a path ending at a leaf, after n choices with reward sum R, has
 * g = a + b·X with X the leaf action: a = R, b = 1 for sums; a = R/(n+1), b = 1/(n+1) for averages.
 * So G∘Tr(π₀) is the mixture Σ_paths P(path)·(point mass | affine image of the leaf's base law): built
 * from the suite's own specs (mixture, affine, categorical), its tail class, mean and logSf come from them.
 * For any π, returnMean and returnLogSf sum the same components with the leaf laws of leafLaw.ts.
 */
import type { DistributionSpec } from '../distributions/types.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { leafLaw } from './leafLaw.ts';
import { trajectoryPaths, type TrajectoryPath } from './paths.ts';
import { compensatedSum } from './sum.ts';
import { basePolicy, returnOf, type LeafPolicy, type MdpSpec, type PolicySpec } from './types.ts';
import { endpointMixture } from './endpointMixture.ts';

/** g = a + b·x for the leaf draw x at the end of `path` (b = 0 at terminal states, where g = a). */
export function endpointAffine(mdp: MdpSpec, path: TrajectoryPath): { a: number; b: number } {
  if (!path.leaf) return { a: returnOf(mdp.returnKind, path.rewardSum, path.choices), b: 0 };
  if (mdp.returnKind === 'sum') return { a: path.rewardSum, b: 1 };
  const n = path.choices + 1;
  return { a: path.rewardSum / n, b: 1 / n };
}

function leafSpec(base: DistributionSpec, a: number, b: number): DistributionSpec {
  return a === 0 && b === 1 ? base : { family: 'affine', base, loc: a, scale: b };
}

/** G∘Tr(π₀) as a DistributionSpec (for build / buildCached): terminal atoms merged into one categorical. */
export function returnLawSpec(mdp: MdpSpec): DistributionSpec {
  const paths = trajectoryPaths(mdp, basePolicy(mdp));
  const components: DistributionSpec[] = [];
  const weights: number[] = [];
  const atoms: number[] = [];
  const atomProbs: number[] = [];
  for (const p of paths) {
    const { a, b } = endpointAffine(mdp, p);
    const w = Math.exp(p.logProb);
    if (!p.leaf) {
      atoms.push(a);
      atomProbs.push(w);
      continue;
    }
    const s = mdp.states[p.end];
    if (s.kind === 'leaf') {
      components.push(leafSpec(s.base, a, b));
      weights.push(w);
    }
  }
  return endpointMixture(components, weights, atoms, atomProbs);
}

function leafPolicyAt(policy: PolicySpec, i: number): LeafPolicy {
  return policy[i] as LeafPolicy;
}

/** E_π[G] summed over paths (compensated); ±Infinity or NaN where a leaf mean diverges. */
export function returnMean(mdp: MdpSpec, policy: PolicySpec, paths = trajectoryPaths(mdp, policy)): number {
  return compensatedSum(
    paths.map((p) => {
      const w = Math.exp(p.logProb);
      if (w === 0) return 0;
      const { a, b } = endpointAffine(mdp, p);
      const s = mdp.states[p.end];
      return w * (s.kind === 'leaf' ? a + b * leafLaw(s.base, leafPolicyAt(policy, p.end)).mean : a);
    }),
  );
}

/** log P_π(G > t). */
export function returnLogSf(mdp: MdpSpec, policy: PolicySpec, t: number, paths = trajectoryPaths(mdp, policy)): number {
  const terms = paths.map((p) => {
    const { a, b } = endpointAffine(mdp, p);
    const s = mdp.states[p.end];
    if (s.kind !== 'leaf') return a > t ? p.logProb : -Infinity;
    return p.logProb + leafLaw(s.base, leafPolicyAt(policy, p.end)).logSf((t - a) / b);
  });
  return logSumExp(terms);
}
