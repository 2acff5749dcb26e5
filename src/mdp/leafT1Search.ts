/**
 * The T1 search (claims.md §2 T1) for one leaf law Q, in the form the leaf-local T2 witness needs: the least
 * tail mass p at a threshold t on the grid 10^{k/8} (from the median up to 1e300) with
 *   (1 − p)·A + p·B ≥ target,  A = (μ_Q − m(t))/F_Q(t),  B = E_Q[X | X > t] (the law's own tailMean),
 * and kl(p ‖ F̄_Q(t)) < budget/2. Unlike highMeanWitness.ts (B = e^{log m(t) − log F̄(t)}), B comes from
 * tailMean, which single families compute without subtracting two logs of size |log F̄(t)| (≳ 1e15 for Weibull
 * k → 1, where one ulp of the log exceeds 0.1). Requires a finite μ_Q.
 */
import type { Distribution } from '../distributions/types.ts';
import { binaryKl } from '../numerics/kl.ts';

export interface LeafT1 { readonly kind: 'reference' | 'band-reweighting'; readonly t: number; readonly mass: number; readonly kl: number; readonly mean: number; readonly logTailQ: number }

export function leafT1Search(q: Distribution, target: number, budget: number, margin = 1e-3): LeafT1 | undefined {
  const mu = q.mean();
  if (!Number.isFinite(mu)) return undefined;
  if (mu > target) return { kind: 'reference', t: NaN, mass: NaN, kl: 0, mean: mu, logTailQ: NaN };
  const goal = target + margin * Math.max(1, Math.abs(target));
  const start = Math.max(q.quantile(0.5), 1e-300);
  for (let k = Math.ceil(8 * Math.log10(Math.max(start, 1e-3))); k <= 2400; k++) {
    const t = 10 ** (k / 8);
    if (!(t > start && t < q.support.upper)) continue;
    const logTail = q.logSf(t);
    if (!(logTail < 0 && logTail > -Infinity)) continue;
    const B = q.tailMean(t);
    if (!(B > goal)) continue;
    const A = (mu - q.partialMean(t)) / q.cdf(t);
    if (!Number.isFinite(A) || !Number.isFinite(B)) continue;
    const mass = A >= goal ? Math.exp(logTail) : Math.min(1, (goal - A) / (B - A));
    if (!(mass > 0 && mass < 1)) continue;
    const kl = binaryKl(mass, logTail);
    if (kl < budget / 2) return { kind: 'band-reweighting', t, mass, kl, mean: (1 - mass) * A + mass * B, logTailQ: logTail };
  }
  return undefined;
}
