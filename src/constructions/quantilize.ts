/**
 * The quantilizer (claims.md §2 "Remedies": "capping the maximum odds ratio for any action (similar to
 * quantilizers)"): the maximiser of E_P[X] over {P : dP/dQ ≤ K}, K ≥ 1, is
 *   P = Q(· | X ≥ u_K),  Q(X ≥ u_K) = 1/K,
 * randomising at an atom: with u the (1 − 1/K)-quantile, P has ratio K on {X > u} and puts the remaining mass
 * p_u = 1 − K·F̄(u) ∈ [0, K·Q(X = u)] on the atom at u (Taylor 2016, quantilizers; a bathtub argument:
 * any ratio ≤ K moving mass from below u to above raises the mean). Exactly:
 *   E_P[X] = K·E_Q[X·1{X > u}] + p_u·u,   D(P‖Q) = K·F̄(u)·log K + p_u·log(p_u/Q(X = u)),
 * which is log K and E_Q[X | X > u] for a continuous Q. Formed in log space (K·F̄(u) = e^{log K + log F̄(u)}).
 * For K > 1e15 (1 − 1/K rounds to 1) the threshold is found on log F̄ instead (t3Threshold.ts).
 */
import type { Distribution } from '../distributions/types.ts';
import { DomainError } from '../errors.ts';
import { thresholdAtLogSf } from './t3Threshold.ts';

export interface Quantilizer {
  /** E_P[X] (+∞ when Q's right tail has no mean) */
  readonly mean: number;
  /** D(P‖Q) */
  readonly kl: number;
  /** u_K */
  readonly threshold: number;
  /** P's mass on the atom at u_K (0 for a continuous Q) */
  readonly atomMass: number;
}

export function quantilize(dist: Distribution, K: number): Quantilizer {
  if (!(K >= 1 && K < Infinity)) throw new DomainError('quantilize', 'K', 'a finite number ≥ 1', K);
  if (K === 1) return { mean: dist.mean(), kl: 0, threshold: dist.support.lower, atomMass: 0 };
  const logK = Math.log(K);
  const u = K <= 1e15 ? dist.quantile(-Math.expm1(-logK)) : thresholdAtLogSf(dist, logK);
  const atom = dist.massAt(u);
  if (atom === 0) {
    // continuous at u: P = Q(· | X > u), F̄(u) = 1/K (to the threshold's precision)
    return { mean: dist.tailMean(u), kl: logK, threshold: u, atomMass: 0 };
  }
  const logTail = dist.logSf(u); // F̄(u) = Q(X > u) ≤ 1/K
  const upper = Math.exp(logK + logTail); // P(X > u) = K·F̄(u) ≤ 1
  const pu = Math.min(Math.max(-Math.expm1(logK + logTail), 0), K * atom);
  const pm = dist.logPartialMean(u);
  const tailPart = pm.sign === 0 ? 0 : pm.sign * Math.exp(logK + pm.log);
  const kl = upper * logK + (pu > 0 ? pu * Math.log(pu / atom) : 0);
  return { mean: tailPart + pu * u, kl, threshold: u, atomMass: pu };
}
