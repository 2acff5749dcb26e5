/**
 * The verdict of T1 on one case (Q, M, ε): a witness P with E_P[X] > M and D(P‖Q) < ε whose mean and KL,
 * recomputed by quadrature, keep their margins → holds; no witness, and the Donsker–Varadhan bound proves
 * that none exists (μ_Q + B(ε) < M: every P with D(P‖Q) < ε has E_P[X] < M) → fails; otherwise inconclusive.
 */
import { fmt, fails, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { Distribution } from '../distributions/types.ts';
import { dvBound } from './dvBound.ts';
import { findHighMeanWitness } from './highMeanWitness.ts';
import { recheckWitness } from './witnessRecheck.ts';
import { findLogLogWitness, type LogLogWitness } from './logLogWitness.ts';

/**
 * Fallback before any inconclusive: the log-log certificate (logLogWitness.ts), whose mean bound uses no tail
 * mean at all and whose KL bound uses only an upper bound on −log F̄(t), so it needs neither quadrature nor
 * t itself to be representable.
 */
function logLogVerdict(q: Distribution, M: number, eps: number): Verdict | undefined {
  if (!Number.isFinite(q.mean())) return undefined;
  const target = M + 1e-3 * Math.max(1, Math.abs(M));
  const w: LogLogWitness | undefined = findLogLogWitness(q, target, eps / 2);
  if (!w || !(w.meanLower > M && w.logKlUpper < Math.log(eps))) return undefined;
  const numbers = { logT: w.logT, logMass: w.logMass, c: w.c, t0: w.t0, bodyMean: w.bodyMean, meanLower: w.meanLower, logKlUpper: w.logKlUpper, M, eps };
  return holds(
    `log-log certificate: t=e^${fmt(w.logT)}, P(X>t)=e^${fmt(w.logMass)}: E_P[X] ≥ (1−p)·E[X|X≤${fmt(w.t0)}] + p·t ≥ ${fmt(w.meanLower)} > M=${fmt(M)}, log KL ≤ ${fmt(w.logKlUpper)} < log ε=${fmt(Math.log(eps))}`,
    numbers,
    { kind: 'log-log-certificate', ...w },
  );
}

export function highMeanLowKlVerdict(q: Distribution, M: number, eps: number): Verdict {
  const search = findHighMeanWitness(q, M, eps, 1e-3);
  const w = search.witness;
  if (w) {
    const check = recheckWitness(q, w);
    const numbers: Record<string, number> = { kl: w.kl, mean: w.mean, M, eps };
    if (w.kind === 'band-reweighting') Object.assign(numbers, { t: w.t, s: w.s, mass: w.mass });
    if (w.kind === 'conditioning') numbers.s = w.s;
    if (check.available) Object.assign(numbers, { klSecondWay: check.kl, meanSecondWay: check.mean, klError: check.klError, meanError: check.meanError, beyondRangeShare: check.beyondRangeShare ?? 0 });
    const where = w.kind === 'band-reweighting' ? `t=${fmt(w.t)}, P(X>t)=${fmt(w.mass)}` : w.kind;
    if (!check.available && q.support.kind === 'continuous') {
      return logLogVerdict(q, M, eps) ?? inconclusive(`second way unavailable: ${check.reason}`, numbers);
    }
    const klMargin = eps - w.kl;
    // the certified lower end of the mean (bracket of the tail mean) when there is one
    const meanMargin = (w.meanLower ?? w.mean) - M;
    if (check.available && !(check.klError < klMargin && (meanMargin === Infinity || check.meanError < meanMargin))) {
      return logLogVerdict(q, M, eps) ?? inconclusive('error estimate larger than the margin', numbers);
    }
    const beyond = check.beyondRangeShare ?? 0;
    const how = !check.available
      ? `closed form only: ${check.reason}`
      : beyond > 1e-6
        ? `recomputed by quadrature up to 1e300; ${fmt(100 * beyond)}% of the tail moment lies beyond and is closed-form`
        : 'recomputed by quadrature';
    return holds(`witness ${where}: E_P[X]=${fmt(w.mean)} > M=${fmt(M)}, KL=${fmt(w.kl)} < ε=${fmt(eps)} (${how})`, numbers, { ...w });
  }
  const mu = q.mean();
  const dv = dvBound(q, eps);
  const numbers = { M, eps, mean: mu, dvBound: dv.bound, lambda: dv.lambda, lastT: search.lastT };
  if (Number.isFinite(dv.bound) && mu + dv.bound < M * (1 - 1e-9) - 1e-12) {
    return fails(
      `no P exists: every P with KL < ε=${fmt(eps)} has E_P[X] ≤ μ + B(ε) = ${fmt(mu + dv.bound)} < M=${fmt(M)} (Donsker–Varadhan)`,
      numbers,
      { kind: 'dv-certificate', lambda: dv.lambda },
    );
  }
  return logLogVerdict(q, M, eps) ?? inconclusive(search.reason ?? 'no witness and no certificate', numbers);
}
