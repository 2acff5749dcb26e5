/** G∘Tr(π₀) built once per (immutable) MDP object: the spec of returnLaw.ts through buildCached. */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { returnLawSpec } from './returnLaw.ts';
import type { MdpSpec } from './types.ts';

const specs = new WeakMap<MdpSpec, DistributionSpec>();

export function baseReturnLaw(mdp: MdpSpec): Distribution {
  let spec = specs.get(mdp);
  if (!spec) {
    spec = returnLawSpec(mdp);
    specs.set(mdp, spec);
  }
  return buildCached(spec);
}
