/**
 * The T1 witness certified in log-log space (claims.md §2 T1, §4: "witness thresholds can exceed the double
 * range"), for thresholds t = e^σ where t, or even log F̄(t), overflows (Weibull k = 0.9967 needs t ≈ 1e4000).
 * Witness: P_t with P(X > t) = p = c·e^{−σ}, dP/dQ = (1 − p)/F(t) below t and p/F̄(t) above.
 * Mean, without any tail mean: E[X | X ≤ t] is nondecreasing in t (the mass added between t₀ and t lies above
 * t₀ ≥ E[X | X ≤ t₀]) and E[X | X > t] ≥ t, so for any t₀ ≤ t with L₀ = E[X | X ≤ t₀],
 *   E_P[X] = (1 − p)E[X | X ≤ t] + p·E[X | X > t] ≥ (1 − p)L₀ + p·t = (1 − p)L₀ + c ≥ L₀ + c − p|L₀|.
 * KL, from an upper bound y ≥ −log F̄(t) (logNegLogSf.ts) and q = F̄(t) ≤ F̄(t₀) ≤ p/e, p ≤ ½:
 *   D = p·log(p/q) + (1 − p)·log((1 − p)/(1 − q)), and log((1 − p)/(1 − q)) ≤ −p + q/(1 − q) ≤ 0, so
 *   D ≤ p·(log p + y) ≤ p·y,  i.e.  log D ≤ log c − σ + log y.
 * Every term is a representable double (σ up to 1e300); the verdict needs log D + (rounding) < log(ε/2).
 */
import { logLowerPartialMean } from '../distributions/lowerPartialMean.ts';
import type { Distribution } from '../distributions/types.ts';
import { fromSignedLog } from '../numerics/logspace.ts';
import { logNegLogSfUpper } from './logLogWitnessSf.ts';

export interface LogLogWitness {
  /** σ = log t */
  readonly logT: number;
  /** log p, p = P(X > t) */
  readonly logMass: number;
  /** c = p·t */
  readonly c: number;
  /** the representable t₀ ≤ t and L₀ = E_Q[X | X ≤ t₀] */
  readonly t0: number;
  readonly bodyMean: number;
  /** a lower bound on E_P[X] */
  readonly meanLower: number;
  /** an upper bound on log D(P‖Q), including its rounding */
  readonly logKlUpper: number;
}

const EPS = Number.EPSILON;
/** the representable reference threshold t₀ */
export const T0 = 1e300;

/**
 * The least σ on the grid σ₀·2^{j/8} (σ₀ = log of the ordinary search's start, at least 1) whose witness has
 * E_P[X] ≥ target (certified) and D(P‖Q) < klTarget (certified); undefined when none up to σ = 1e300.
 */
export function findLogLogWitness(q: Distribution, target: number, klTarget: number, fromT = 2): LogLogWitness | undefined {
  if (q.support.upper < Infinity) return undefined;
  const t0 = T0;
  const logQ0 = q.logSf(t0);
  const L0 = fromSignedLog(logLowerPartialMean(q, t0)) / Math.exp(q.logCdf(t0));
  if (!Number.isFinite(L0) || !(logQ0 < 0)) return undefined;
  const c = (target - L0) * (1 + 1e-9) + 1e-300;
  if (!(c > 0)) return undefined;
  const logC = Math.log(c);
  const logKlTarget = Math.log(klTarget);
  const s0 = Math.max(Math.log(t0), Math.log(Math.max(fromT, 1)));
  for (let j = 0; j < 8 * 1000; j++) {
    const sigma = s0 * 2 ** (j / 8);
    if (!Number.isFinite(sigma) || sigma > 1e300) break;
    const logP = logC - sigma;
    // q ≤ F̄(t₀) ≤ p/e and p ≤ ½
    if (!(logQ0 <= logP - 1 && logP <= -Math.LN2)) continue;
    const logY = logNegLogSfUpper(q, sigma);
    if (!Number.isFinite(logY)) continue;
    const logKl = logC - sigma + logY;
    const err = 8 * EPS * (Math.abs(logC) + Math.abs(sigma) + Math.abs(logY)) + 1e-12;
    if (logKl + err >= logKlTarget) continue;
    const p = Math.exp(logP);
    const meanLower = L0 + c - p * Math.abs(L0) - 4 * EPS * (Math.abs(L0) + c);
    if (!(meanLower >= target)) return undefined;
    return { logT: sigma, logMass: logP, c, t0, bodyMean: L0, meanLower, logKlUpper: logKl + err };
  }
  return undefined;
}
