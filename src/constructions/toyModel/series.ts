/**
 * Report data for the toy model: along the fixed-KL optimal path in (θ, p) — for each severity s, the balanced
 * point (θ·(H − L) = logit p − logit q, directions.ts) with θ²/2 + kl(p‖q) = k, found by bisection on log p
 * (both terms grow with p on (q, 1)) — E[U] and E[V] = θ against s; and R's lower bound ρ(s) per family.
 */
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { binaryKl } from '../../numerics/kl.ts';
import { conditionalMeans, logit, logitFromLog } from './toyModel.ts';

export interface PathPoint { readonly s: number; readonly theta: number; readonly p: number; readonly meanU: number; readonly meanV: number; readonly kl: number }

/** The balanced point at severity s with KL = k (undefined when even p → 1 stays below k is impossible to bracket). */
export function balancedPointAtKl(x: Distribution, s: number, k: number): PathPoint | undefined {
  const { H, L, logQ } = conditionalMeans(x, s);
  const at = (lp: number) => {
    const p = Math.exp(lp);
    const theta = (logit(p) - logitFromLog(logQ)) / (H - L);
    return { p, theta, kl: (theta * theta) / 2 + binaryKl(p, logQ) };
  };
  let lo = logQ;
  let hi = -1e-12;
  if (!(at(hi).kl > k)) return undefined;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (at(mid).kl > k) hi = mid;
    else lo = mid;
  }
  const r = at(0.5 * (lo + hi));
  return { s, theta: r.theta, p: r.p, meanU: r.theta + (1 - r.p) * L + r.p * H, meanV: r.theta, kl: r.kl };
}

const FAMILIES: Record<string, DistributionSpec> = {
  'pareto(1, 2)': { family: 'pareto', xm: 1, alpha: 2 },
  'studentT(3)': { family: 'studentT', df: 3 },
  'lognormal(0, 1)': { family: 'lognormal', mu: 0, sigma: 1 },
};

export function toyModelSeries(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(FAMILIES)) {
    const x = build(spec);
    for (const k of [0.1, 1]) {
      const pts: PathPoint[] = [];
      for (let j = 0; j <= 120; j++) {
        const s = x.quantile(0.9) * 10 ** (j / 8);
        const pt = balancedPointAtKl(x, s, k);
        if (pt) pts.push(pt);
      }
      out[`fixed-KL path, ${name}, KL=${k}`] = { s: pts.map((p) => p.s), meanU: pts.map((p) => p.meanU), meanV: pts.map((p) => p.meanV), p: pts.map((p) => p.p) };
    }
  }
  return out;
}
