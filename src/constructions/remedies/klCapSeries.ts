/**
 * Plot data for remedies/kl-cap: the largest mean shift under a KL cap, B(d) = sup_{D(P‖Q) ≤ d} E_P[V] − μ,
 * against the cap d on a log grid, for a few light laws of V (normal: σ√(2d) exactly; exponential; uniform,
 * bounded by (b − a)√(d/2), where B saturates at ess sup − μ). Deterministic, 49 points per law.
 */
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { dvBound } from '../dvBound.ts';

const LAWS: Record<string, DistributionSpec> = {
  'normal(0, 1)': { family: 'normal', mu: 0, sigma: 1 },
  'exponential(1)': { family: 'exponential', rate: 1 },
  'uniform(0, 1)': { family: 'uniform', a: 0, b: 1 },
};

export function klCapSeries(): Record<string, unknown> {
  const ds = Array.from({ length: 49 }, (_, i) => 10 ** (-6 + i / 6));
  const series: Record<string, { d: number; bound: number }[]> = {};
  for (const [name, spec] of Object.entries(LAWS)) {
    const v = build(spec);
    series[name] = ds.map((d) => ({ d, bound: dvBound(v, d).bound }));
  }
  return { x: 'KL cap d', y: 'sup E_P[V] − E_Q[V] = B(d)', series };
}
