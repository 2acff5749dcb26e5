/**
 * The T1 witness (claims.md §2, T1): P reweights Q so that P(X > t) = p,
 *   dP/dQ = (1 − p)/F_Q(t) on {x ≤ t},   p/F̄_Q(t) on {x > t},
 * with, exactly, D(P‖Q) = kl(p ‖ F̄_Q(t)) and E_P[X] = (1 − p)·E_Q[X | X ≤ t] + p·E_Q[X | X > t].
 * Everything is formed from log F̄_Q(t) and log-space partial means, so it stays exact when F̄_Q(t)
 * underflows (t = 1e200 for a Student-t, say).
 * The mean's tail term is p·E_Q[X | X > t] with E_Q[X | X > t] from tailMeanBracket (logLogWitnessTailMean.ts),
 * never e^{log m(t) + log p − log F̄(t)}: at |log F̄(t)| ~ 1e16 both logs round by ≥ 1 and the difference is
 * noise (seen: E_P[X] = 8.9e6 for Weibull(0.99) at t = 1.3335e17, p = 1/t, where the truth is ≈ 2.004; a
 * mixture also lost its log-weights). The bracket's ends give meanLower ≤ E_P[X] ≤ meanUpper.
 */
import { DomainError } from '../errors.ts';
import { binaryKl, binaryKlReverse } from '../numerics/kl.ts';
import { fromSignedLog, logAddExp, logSubExp, lsum, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { expectationByQuadrature } from '../numerics/expectation.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { defineDistribution, tailMeanFromLogs } from '../distributions/base.ts';
import { tailMeanBracket, type TailMeanBracket } from './logLogWitnessTailMean.ts';
import { logLowerPartialMean } from '../distributions/lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';

export interface TailReweighting {
  /** the reweighted law P */
  readonly dist: Distribution;
  /** D(P‖Q) = kl(p ‖ F̄_Q(t)) */
  readonly kl: number;
  /** D(Q‖P) = kl(F̄_Q(t) ‖ p) */
  readonly klReverse: number;
  /** E_P[X] (Infinity when Q's right tail has no mean) */
  readonly mean: number;
  /** log F̄_Q(t) */
  readonly logTailQ: number;
  /** the tail mass p = P(X > t) */
  readonly mass: number;
  /** certified bracket of E_P[X] from the bracket of E_Q[X | X > t] (NaN when there is none) */
  readonly meanLower?: number;
  readonly meanUpper?: number;
}

const EPS = Number.EPSILON;

/**
 * E_P[X] = (1 − p)·E_Q[X | X ≤ t] + p·E_Q[X | X > t] with its bracket; the fallback e^{log m + log B} only where
 * tailMeanBracket has no value.
 */
function reweightedMean(q: Distribution, t: number, p: number, lowerPart: SignedLog, logHeadQ: number, upperPart: SignedLog) {
  const headMean = fromSignedLog({ log: lowerPart.log - logHeadQ, sign: lowerPart.sign }); // E_Q[X | X ≤ t]
  const tail: TailMeanBracket = tailMeanBracket(q, t);
  const head = (1 - p) * headMean;
  if (Number.isNaN(tail.value)) {
    const m = fromSignedLog(lsum({ log: lowerPart.log + Math.log1p(-p) - logHeadQ, sign: lowerPart.sign }, upperPart));
    return { mean: m, meanLower: NaN, meanUpper: NaN };
  }
  if (!Number.isFinite(tail.value)) return { mean: head + tail.value, meanLower: head + tail.lower, meanUpper: head + tail.upper };
  const round = (x: number) => 4 * EPS * (Math.abs(head) + Math.abs(p * x)) + 1e-15 * Math.abs(head);
  return {
    mean: head + p * tail.value,
    meanLower: head + p * tail.lower - round(tail.lower),
    meanUpper: head + p * tail.upper + round(tail.upper),
  };
}

const negate = (s: SignedLog): SignedLog => (s.sign === 0 ? s : { log: s.log, sign: s.sign === 1 ? -1 : 1 });

/** E_Q[X·1{X ≤ x}] as a SignedLog. */
function closedLowerPartialMean(q: Distribution, x: number): SignedLog {
  const atom = q.massAt(x);
  return lsum(logLowerPartialMean(q, x), atom > 0 ? toSignedLog(x * atom) : toSignedLog(0));
}

/** E_Q[X·1{s < X ≤ t}] for s < t, from whichever side does not cancel. */
function bandPartialMean(q: Distribution, s: number, t: number): SignedLog {
  const upperT = q.logPartialMean(t);
  if (Number.isFinite(upperT.log) || upperT.sign === 0) {
    const upperS = q.logPartialMean(s);
    if (Number.isFinite(upperS.log) || upperS.sign === 0) return lsum(upperS, negate(upperT));
  }
  return lsum(closedLowerPartialMean(q, t), negate(closedLowerPartialMean(q, s)));
}

export function tailReweight(q: Distribution, options: { t: number; mass: number }): TailReweighting {
  const { t, mass: p } = options;
  const logTailQ = q.logSf(t);
  const logHeadQ = q.logCdf(t);
  if (!(logTailQ > -Infinity && logTailQ < 0 && logHeadQ > -Infinity)) {
    throw new DomainError('tailReweight', 't', 'a threshold with 0 < P_Q(X > t) < 1', t);
  }
  if (!(p > 0 && p < 1)) throw new DomainError('tailReweight', 'mass', 'in (0, 1)', p);

  const logA = Math.log1p(-p) - logHeadQ; // log dP/dQ on {x ≤ t}
  const logB = Math.log(p) - logTailQ; // log dP/dQ on {x > t}
  const logWeight = (x: number) => (x > t ? logB : logA);
  const logP = Math.log(p);
  const log1mP = Math.log1p(-p);

  const pmAtT = q.logPartialMean(t);
  const upperPart = { log: pmAtT.log + logB, sign: pmAtT.sign } as SignedLog;
  const lowerPart = closedLowerPartialMean(q, t);
  const { mean: meanP, meanLower, meanUpper } = reweightedMean(q, t, p, lowerPart, logHeadQ, upperPart);

  const logSf = (x: number): number => {
    if (Number.isNaN(x)) return NaN;
    if (x >= t) return logB + q.logSf(x);
    // P(X > x) = p + (1 − p)·Q(x < X ≤ t)/F_Q(t); Q(x < X ≤ t) from the side without cancellation.
    const band = q.logCdf(x) < Math.log(0.5) ? logSubExp(logHeadQ, q.logCdf(x)) : logSubExp(q.logSf(x), logTailQ);
    return logAddExp(logP, logA + band);
  };
  const logCdf = (x: number): number => {
    if (Number.isNaN(x)) return NaN;
    if (x < t) return logA + q.logCdf(x);
    return logAddExp(log1mP, logB + logSubExp(logTailQ, q.logSf(x)));
  };
  const logPartialMean = (s: number): SignedLog => {
    if (Number.isNaN(s)) return { log: NaN, sign: 0 };
    if (s >= t) {
      const m = q.logPartialMean(s);
      return m.sign === 0 ? m : { log: m.log + logB, sign: m.sign };
    }
    const band = bandPartialMean(q, s, t);
    return lsum(band.sign === 0 ? band : { log: band.log + logA, sign: band.sign }, upperPart);
  };
  const continuous = q.support.kind === 'continuous';

  const dist = defineDistribution({
    spec: { family: 'tailReweight', base: q.spec, t, mass: p } as unknown as DistributionSpec,
    support: q.support,
    tails: q.tails,
    logPdf: (x) => q.logPdf(x) + logWeight(x),
    massAt: (x) => q.massAt(x) * Math.exp(logWeight(x)),
    logCdf,
    logSf,
    quantile: (u) => {
      if (!(u >= 0 && u <= 1)) return NaN;
      if (u <= 1 - p) return q.quantile(Math.exp(Math.log(u) + logHeadQ - log1mP));
      return q.quantile(-Math.expm1(Math.log1p(-u) - logB));
    },
    mean: () => meanP,
    variance: () => {
      const vq = q.variance();
      if (!Number.isFinite(vq)) return vq;
      if (!continuous) return NaN;
      const second = expectationByQuadrature(
        { logPdf: (x) => q.logPdf(x) + logWeight(x), lower: q.support.lower, upper: q.support.upper },
        (x) => (x - meanP) * (x - meanP),
        { breakpoints: [t] },
      );
      return second.converged ? second.value : NaN;
    },
    logPartialMean,
    // above t, P(· | X > s) = Q(· | X > s): no log ratio of two ~1e16-size logs
    tailMean: (s) => (s >= t ? tailMeanBracket(q, s).value : tailMeanFromLogs(logPartialMean(s), logSf(s))),
    logMgf: (lambda) => {
      if (lambda === 0) return 0;
      if (!(q.logMgf(lambda) < Infinity)) return q.logMgf(lambda);
      if (!continuous) return NaN;
      const tilted = (x: number) => q.logPdf(x) + lambda * x;
      const below = logIntegrate(tilted, q.support.lower, t);
      const above = logIntegrate(tilted, t, q.support.upper);
      if (!below.converged || !above.converged) return NaN;
      return logAddExp(logA + below.log, logB + above.log);
    },
  });

  return {
    dist,
    kl: binaryKl(p, logTailQ),
    klReverse: binaryKlReverse(p, logTailQ),
    mean: meanP,
    logTailQ,
    mass: p,
    meanLower,
    meanUpper,
  };
}
