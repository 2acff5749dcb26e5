/**
 * Reweightings whose density ratio is constant on the bins (−∞, x₁], (x₁, x₂], …, (x_n, ∞) (right-closed, so
 * atoms at a threshold fall in the bin below): dP/dQ = w_i/Z on bin i, Z = Σ_i w_i q_i, q_i = Q(bin i).
 * Exactly, from the closed-form tail functions (no quadrature):
 *   q_i = F(x_{i+1}) − F(x_i) from whichever of logCdf / logSf does not cancel,
 *   m_i = E_Q[X·1{bin i}] from upper partial means m(x_i) − m(x_{i+1}) or lower ones (lowerPartialMean.ts),
 *   D(P‖Q) = Σ_i q_i φ(r_i) (φ(r) = r log r − r + 1 ≥ 0, r_i = w_i/Z: no cancellation at r ≈ 1),
 *   E_P[X] = Σ_i r_i m_i.
 * The q_i are renormalised by their sum (1 to rounding) so that Σ p_i = 1 holds exactly in the formulas.
 * Covers the piecewise reweighting, the T1 tail reweighting (one threshold), conditioning on {X > s} (weight 0
 * below s) and mixtures (1 − w)Q + wR of these.
 */
import type { Distribution } from '../distributions/types.ts';
import { logLowerPartialMean } from '../distributions/lowerPartialMean.ts';
import { fromSignedLog, logSubExp, logSumExp, lsum, SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { phiTerm } from './t3SecondWay.ts';

export interface StepRatio {
  /** strictly increasing finite thresholds x₁ < … < x_n */
  readonly thresholds: readonly number[];
  /** log w_0 … log w_n (unnormalised; −∞ allowed: P gives the bin no mass) */
  readonly logWeights: readonly number[];
}

export interface StepResult {
  readonly mean: number;
  readonly kl: number;
  readonly meanError: number;
  readonly klError: number;
  /** log r_i = log(w_i/Z), normalised */
  readonly logRatios: readonly number[];
  /** log q_i */
  readonly logMasses: readonly number[];
}

const negate = (s: SignedLog): SignedLog => (s.sign === 0 ? s : { log: s.log, sign: s.sign === 1 ? -1 : 1 });

/** E_Q[X·1{X ≤ x}]; where the lower kernel gives NaN, μ − m(x) (and the reverse in `upper`). */
function closedLower(q: Distribution, x: number): SignedLog {
  const atom = q.massAt(x);
  const l = lsum(logLowerPartialMean(q, x), atom > 0 ? toSignedLog(x * atom) : SIGNED_ZERO);
  return Number.isNaN(l.log) ? lsum(toSignedLog(q.mean()), negate(q.logPartialMean(x))) : l;
}

/** E_Q[X·1{X > x}]. */
function upper(q: Distribution, x: number): SignedLog {
  const m = q.logPartialMean(x);
  if (!Number.isNaN(m.log)) return m;
  const atom = q.massAt(x);
  const l = lsum(logLowerPartialMean(q, x), atom > 0 ? toSignedLog(x * atom) : SIGNED_ZERO);
  return lsum(toSignedLog(q.mean()), negate(l));
}

function binMass(q: Distribution, a: number, b: number): number {
  if (a === -Infinity) return q.logCdf(b);
  if (b === Infinity) return q.logSf(a);
  const cb = q.logCdf(b);
  return cb < Math.log(0.5) ? logSubExp(cb, q.logCdf(a)) : logSubExp(q.logSf(a), q.logSf(b));
}

function binMoment(q: Distribution, a: number, b: number): SignedLog {
  if (b === Infinity) return upper(q, a);
  if (a === -Infinity) return closedLower(q, b);
  const byUpper = () => lsum(upper(q, a), negate(upper(q, b)));
  const byLower = () => lsum(closedLower(q, b), negate(closedLower(q, a)));
  const first = q.logCdf(a) > Math.log(0.5) ? byUpper() : byLower();
  return Number.isNaN(first.log) ? (q.logCdf(a) > Math.log(0.5) ? byLower() : byUpper()) : first;
}

export function stepExact(q: Distribution, step: StepRatio): StepResult {
  const ends = [-Infinity, ...step.thresholds, Infinity];
  const bins = step.logWeights.map((lw, i) => ({ lw, lq: binMass(q, ends[i], ends[i + 1]), a: ends[i], b: ends[i + 1] }));
  const live = bins.filter((b) => b.lq > -Infinity && b.lw > -Infinity);
  const logS = logSumExp(bins.map((b) => b.lq));
  const logZ = logSumExp(live.map((b) => b.lw + b.lq)) - logS;
  let kl = 0, klMag = 0, sum: SignedLog = SIGNED_ZERO, mag = 0;
  const logRatios = bins.map((b) => b.lw - logZ);
  bins.forEach((b, i) => {
    if (b.lq === -Infinity) return;
    const lr = logRatios[i];
    kl += phiTerm(b.lq - logS, lr);
    if (lr === -Infinity) return;
    klMag += Math.exp(b.lq - logS + lr) * Math.abs(lr);
    const m = binMoment(q, b.a, b.b);
    if (m.sign === 0) return;
    const term = { log: m.log + lr - logS, sign: m.sign } as SignedLog;
    sum = lsum(sum, term);
    mag += Math.exp(term.log);
  });
  const mean = fromSignedLog(sum);
  // tail kernels: ≲ 1e-13 relative (numerics.md §4.2, lowerPartialMean.ts ≤ 1e-12); combined with a margin
  return {
    mean,
    kl,
    meanError: 1e-11 * mag,
    klError: 1e-12 * (kl + klMag),
    logRatios,
    logMasses: bins.map((b) => b.lq),
  };
}
