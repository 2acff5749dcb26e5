/**
 * T6's verdict from the rigorous lower bound of t6TiltBound.ts, where the grids inside the double range are not
 * conclusive (X ⊥ V, X with a hazard floor: hazardFloor.ts). A coarse ladder σ = σ₀·2^i (σ₀ the log of the farthest
 * grid threshold, at least 1; up to σ = 1e12) finds the first rung σ* where the bound exceeds the level E[V] + IQR(V);
 * then on the fine ladder σ*·2^{j/4}, j = −4 … 16, three rungs (in order) whose bounds, aimed at targets c, 2c, 4c
 * (t6TiltBound.ts `factor`), exceed the level and increase strictly: E[V | U > t] is then shown above three increasing
 * values at three increasing thresholds (a bound aimed at one fixed target saturates at it, so it cannot show growth).
 * Thresholds t = e^σ beyond the double range are handled in log space. Never fails; undefined when not decided.
 */
import type { Verdict } from '../../claims/types.ts';
import { fmt, holds } from '../../claims/verdicts.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { t6TiltBound, type T6Bound } from './t6TiltBound.ts';

const SIGMA_MAX = 1e12;
const tOf = (sigma: number): string => (sigma < 690 ? fmt(Math.exp(sigma)) : `e^${fmt(sigma)}`);

export function t6TiltVerdict(x: DistributionSpec, v: Distribution, level: number, sigma0: number): Verdict | undefined {
  let star: number | undefined;
  for (let s = Math.max(1, sigma0); s <= SIGMA_MAX; s *= 2) {
    const b = t6TiltBound(x, v, s);
    if (b === undefined && s > 64 * Math.max(1, sigma0)) return undefined;
    if (b && b.lowerBound > level) {
      star = s;
      break;
    }
  }
  if (star === undefined) return undefined;
  // three rungs, each bound aiming at twice the previous target (c, 2c, 4c): lower bounds that keep increasing
  const run: T6Bound[] = [];
  for (let j = -4; j <= 16 && run.length < 3; j++) {
    const b = t6TiltBound(x, v, star * 2 ** (j / 4), 2 ** run.length);
    if (b && Number.isFinite(b.lowerBound) && b.lowerBound > level && (run.length === 0 || b.lowerBound > run[run.length - 1].lowerBound)) run.push(b);
  }
  if (run.length === 3) {
    const nums = Object.fromEntries(run.flatMap((r, i) => [[`sigma${i}`, r.sigma], [`lowerBound${i}`, r.lowerBound], [`theta${i}`, r.theta]]));
    return holds(
      `E[V | U > t] ≥ ${run.map((r) => fmt(r.lowerBound)).join(', ')} at t = ${run.map((r) => tOf(r.sigma)).join(', ')} (rigorous lower bounds from X's hazard floor ${run.map((r) => fmt(r.theta)).join(', ')} past t/2, t6TiltBound.ts): increasing, and above E[V] + IQR(V) = ${fmt(level)} at all three`,
      { ...nums, level },
    );
  }
  return undefined;
}
