/**
 * The search behind T1 (claims.md §2): given Q, M and ε, look for P with E_P[X] > M and D(P‖Q) < ε among the
 * band reweightings of the proof,
 *   P = (1 − p)·Q(· | s < X ≤ t) + p·Q(· | X > t),
 *   D(P‖Q) = (1 − p)·log((1 − p)/Q(s < X ≤ t)) + p·log(p/F̄_Q(t)),
 *   E_P[X] = (1 − p)·E_Q[X | s < X ≤ t] + p·E_Q[X | X > t],
 * with s = −∞ (the proof's P_t) when Q's left tail has a finite mean, and otherwise s at the lower quantile
 * with −log Q(X > s) = ε/4 (a left tail with infinite mean makes E_Q[X | X ≤ t] = −∞). For each t on a
 * geometric grid up to 1e300, p is the least tail mass giving a mean above M (plus a relative margin), which
 * minimises the KL at that t. If Q's right tail itself has an infinite mean, P = Q(· | X > s) already has
 * E_P[X] = +∞.
 */
import { binaryKl } from '../numerics/kl.ts';
import { fromSignedLog, logSubExp, lsum, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { logLowerPartialMean } from '../distributions/lowerPartialMean.ts';
import type { Distribution } from '../distributions/types.ts';
import { tailMeanBracket } from './logLogWitnessTailMean.ts';

export interface HighMeanWitness {
  readonly kind: 'band-reweighting' | 'conditioning' | 'reference';
  /** lower cut (−Infinity for none) */
  readonly s: number;
  /** upper threshold (NaN for 'conditioning' and 'reference') */
  readonly t: number;
  /** tail mass P(X > t) */
  readonly mass: number;
  readonly kl: number;
  readonly mean: number;
  /** log F̄_Q(t) and log Q(s < X ≤ t) */
  readonly logTailQ: number;
  readonly logBandQ: number;
  /**
   * certified bracket of E_P[X] from the bracket of E_Q[X | X > t] (logLogWitnessTailMean.ts); absent for
   * 'reference' and 'conditioning'
   */
  readonly meanLower?: number;
  readonly meanUpper?: number;
}

export interface WitnessSearch {
  readonly witness?: HighMeanWitness;
  /** how far the grid went: the last t tried */
  readonly lastT: number;
  /** why no witness was found (when none was) */
  readonly reason?: string;
}

const negate = (x: SignedLog): SignedLog => (x.sign === 0 ? x : { log: x.log, sign: x.sign === 1 ? -1 : 1 });

/** Band quantities at (s, t): log Q(s < X ≤ t) and E_Q[X·1{s < X ≤ t}]. */
function band(q: Distribution, s: number, t: number, pmT: SignedLog): { logMass: number; partial: SignedLog } {
  const logTail = q.logSf(t);
  if (s === -Infinity) {
    const lower = lsum(logLowerPartialMean(q, t), q.massAt(t) > 0 ? toSignedLog(t * q.massAt(t)) : toSignedLog(0));
    return { logMass: q.logCdf(t), partial: lower };
  }
  const pmS = q.logPartialMean(s);
  return { logMass: logSubExp(q.logSf(s), logTail), partial: lsum(pmS, negate(pmT)) };
}

/** Grid of thresholds: 10^{k/8} from just above the median to 1e300. */
function thresholds(q: Distribution): number[] {
  const start = Math.max(q.quantile(0.5), 1e-300);
  const out: number[] = [];
  const k0 = Math.ceil(8 * Math.log10(Math.max(start, 1e-3)));
  for (let k = k0; k <= 2400; k++) {
    const t = 10 ** (k / 8);
    if (t > start && t < q.support.upper) out.push(t);
  }
  return out;
}

export function findHighMeanWitness(q: Distribution, M: number, eps: number, margin = 1e-6): WitnessSearch {
  const mu = q.mean();
  if (mu > M) {
    return { witness: { kind: 'reference', s: -Infinity, t: NaN, mass: NaN, kl: 0, mean: mu, logTailQ: NaN, logBandQ: NaN }, lastT: NaN };
  }
  const leftFinite = Number.isFinite(logLowerPartialMean(q, q.quantile(0.5)).log) || q.support.lower > -Infinity;
  const s = leftFinite ? -Infinity : q.quantile(-Math.expm1(-eps / 4));
  const pmS = s === -Infinity ? undefined : q.logPartialMean(s);
  if (pmS && pmS.log === Infinity && pmS.sign === 1) {
    const kl = -q.logSf(s);
    return { witness: { kind: 'conditioning', s, t: NaN, mass: NaN, kl, mean: Infinity, logTailQ: NaN, logBandQ: q.logSf(s) }, lastT: NaN };
  }
  const target = M + margin * Math.max(1, Math.abs(M));
  let lastT = NaN;
  for (const t of thresholds(q)) {
    lastT = t;
    const logTailQ = q.logSf(t);
    if (!(logTailQ < 0 && logTailQ > -Infinity)) continue;
    const pmT = q.logPartialMean(t);
    // E_Q[X | X > t] from the structure of the law, not e^{log m(t) − log F̄(t)}: at |log F̄(t)| ~ 1e15 both
    // logs round by ≥ 0.1 and a mixture's log-weights are lost (logLogWitnessTailMean.ts)
    const tail = tailMeanBracket(q, t);
    const B = tail.value;
    const { logMass, partial } = band(q, s, t, pmT);
    const A = fromSignedLog(partial) / Math.exp(logMass); // E_Q[X | s < X ≤ t]
    if (!(tail.lower > target) || !Number.isFinite(A)) continue;
    // the least mass whose mean reaches the target even at the lower end of the bracket
    const mass = A >= target ? Math.exp(logTailQ) : Math.min(1, (target - A) / (tail.lower - A));
    if (!(mass > 0 && mass < 1)) continue;
    const kl =
      s === -Infinity
        ? binaryKl(mass, logTailQ)
        : (1 - mass) * (Math.log1p(-mass) - logMass) + mass * (Math.log(mass) - logTailQ);
    const mean = (1 - mass) * A + mass * B;
    const meanLower = (1 - mass) * A + mass * tail.lower;
    const meanUpper = (1 - mass) * A + mass * tail.upper;
    if (kl < eps / 2 && meanLower > M) {
      return { witness: { kind: 'band-reweighting', s, t, mass, kl, mean, logTailQ, logBandQ: logMass, meanLower, meanUpper }, lastT: t };
    }
  }
  return { lastT, reason: `no band reweighting with KL < ε/2 and mean > M for t up to ${lastT.toExponential(2)}` };
}
