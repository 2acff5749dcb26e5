/**
 * The second way of computing a T1 witness's KL and mean (claims.md §2 T1: "each recomputed a second way"):
 * instead of the closed-form tail functions (logSf, logPartialMean) it integrates the density by adaptive
 * quadrature in log space — the tail over (t, ∞) in the variable x = t·e^u, so that t = 1e200 is as easy as
 * t = 10 — and rebuilds D(P‖Q) and E_P[X] from those integrals. Only continuous laws have a density to
 * integrate; for others the recheck reports itself unavailable.
 */
import { binaryKl } from '../numerics/kl.ts';
import { expectationByQuadrature } from '../numerics/expectation.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { log1mExp, logSubExp } from '../numerics/logspace.ts';
import type { Distribution } from '../distributions/types.ts';
import type { HighMeanWitness } from './highMeanWitness.ts';

export interface WitnessRecheck {
  readonly available: boolean;
  readonly kl: number;
  readonly mean: number;
  /** |closed form − quadrature| plus the quadrature's own estimate */
  readonly klError: number;
  readonly meanError: number;
  readonly reason?: string;
}

const unavailable = (reason: string): WitnessRecheck => ({ available: false, kl: NaN, mean: NaN, klError: Infinity, meanError: Infinity, reason });

/** log ∫_t^∞ x^k f(x) dx for t > 0, k ∈ {0, 1}, in the variable x = t·e^u. */
function logTailIntegral(q: Distribution, t: number, k: 0 | 1) {
  const lt = Math.log(t);
  return logIntegrate((u) => (k + 1) * (lt + u) + q.logPdf(t * Math.exp(u)), 0, Infinity, { relTol: 1e-12 });
}

export function recheckWitness(q: Distribution, w: HighMeanWitness): WitnessRecheck {
  if (w.kind !== 'band-reweighting') return { available: true, kl: w.kl, mean: w.mean, klError: 0, meanError: 0 };
  if (q.support.kind !== 'continuous') return unavailable('no density to integrate (law is not continuous)');
  if (!(w.t > 0)) return unavailable('threshold is not positive');
  const tailMass = logTailIntegral(q, w.t, 0);
  const tailMoment = logTailIntegral(q, w.t, 1);
  if (!tailMass.converged || !tailMoment.converged) return unavailable(`tail quadrature did not converge (${tailMass.reason ?? tailMoment.reason})`);
  const lo = w.s === -Infinity ? q.support.lower : w.s;
  const body = expectationByQuadrature({ logPdf: q.logPdf, lower: lo, upper: w.t }, (x) => x, { relTol: 1e-12 });
  if (!body.converged) return unavailable(`body quadrature did not converge (${body.reason})`);
  const logBand = w.s === -Infinity ? log1mExp(tailMass.log) : logSubExp(q.logSf(w.s), tailMass.log);
  const p = w.mass;
  const kl =
    w.s === -Infinity
      ? binaryKl(p, tailMass.log)
      : (1 - p) * (Math.log1p(-p) - logBand) + p * (Math.log(p) - tailMass.log);
  const tailMean = Math.exp(tailMoment.log - tailMass.log);
  const mean = (1 - p) * (body.value / Math.exp(logBand)) + p * tailMean;
  // first-order propagation of the quadrature's own relative errors, plus the disagreement with the closed form
  const klError = Math.abs(kl - w.kl) + p * (tailMass.relError + 1e-15) + Math.abs(kl) * 1e-14;
  const meanError =
    Math.abs(mean - w.mean) + p * tailMean * (tailMass.relError + tailMoment.relError) + Math.abs(body.error / Math.exp(logBand)) + Math.abs(mean) * 1e-14;
  return { available: true, kl, mean, klError, meanError };
}
