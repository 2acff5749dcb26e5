/**
 * The law of a return (or of one part of it) assembled from the endpoints of the trajectories: continuous
 * leaf components with their path weights, plus the atoms of the trajectories that end without a leaf draw,
 * gathered into one categorical (or point-mass) component. Weights are normalised; a single component is
 * returned as it is.
 */
import type { DistributionSpec } from '../distributions/types.ts';

export function endpointMixture(
  components: DistributionSpec[], weights: number[], atoms: readonly number[], atomProbs: readonly number[],
): DistributionSpec {
  const atomMass = atomProbs.reduce((x, y) => x + y, 0);
  if (atoms.length > 0) {
    components.push(atoms.length === 1 ? { family: 'pointMass', x: atoms[0] } : { family: 'categorical', values: [...atoms], probs: atomProbs.map((w) => w / atomMass) });
    weights.push(atomMass);
  }
  if (components.length === 1) return components[0];
  const total = weights.reduce((x, y) => x + y, 0);
  return { family: 'mixture', components, weights: weights.map((w) => w / total) };
}
