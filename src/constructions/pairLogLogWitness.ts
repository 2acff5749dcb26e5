/**
 * The pair witness of pairWitness.ts certified in log-log space, for thresholds t = e^σ beyond the double range
 * (U with a Weibull-type tail, k close to 1, needs t ≈ 1e4000): the fallback before "beyond double range".
 * P reweights Q by U: P(U > t) = p = c·e^{−σ}, dP/dQ = (1 − p)/(1 − q) on {U ≤ t}, p/q on {U > t}, q = F̄_U(t).
 * With y⁻ ≤ −log q ≤ y⁺ (pairLogLogSum.ts), y⁻ ≥ 1 − log p (so q ≤ p/e) and p ≤ ½:
 *   KL:    D = kl(p‖q) ≤ p·(log p + y⁺) ≤ p·y⁺ (as in logLogWitness.ts), and
 *          D ≥ p(log p + y⁻) + (1 − p)log(1 − p) ≥ p(y⁻ + log p − 1);
 *   mean:  E_P[U] = [(1 − p)μ_U + (p − q)E[U | U > t]]/(1 − q) ≥ (1 − p)μ_U − 2q|μ_U| + c − q·t,
 *          with q ≤ e^{−y⁻} and q·t ≤ e^{σ − y⁻} (both 0 in double for the cases here);
 *   shift: E_P[V] − μ_V = (p − q)/(1 − q)·(E[V | U > t] − μ_V) ≤ p·S, where (Donsker–Varadhan for
 *          Q(· | U > t), whose KL from Q is −log q ≤ y⁺) S = min over λ₀ = 2^j of (y⁺ + Λ̃_V(λ₀))/λ₀,
 *          Λ̃_V(λ) = log E e^{λ(V − μ_V)} (or its certified upper bound, t3LogMgfUpper.ts, where V has no
 *          closed-form Λ), and S ≤ ess sup V − μ_V for V bounded above;
 *   DV check: E_P[V] − μ_V ≤ B_V(D) is certified as p·S ≤ B_V⁻(D⁻) (pairDvMemo.ts lower side, non-decreasing).
 * Every number is a double: σ up to 1e300, p and t only through their logs.
 */
import type { PairSpec } from '../pairs/types.ts';
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution } from '../distributions/types.ts';
import { logAddExp, logSumExp } from '../numerics/logspace.ts';
import type { BandWitness } from './pairBandWitness.ts';
import { logMgfUpper } from './t3LogMgfUpper.ts';
import { logLogNodeOf, logYLowerOfU, logYUpperOfU, type LogLogNode } from './pairLogLogSum.ts';
import type { PairLaws, PairWitnessTargets } from './pairWitness.ts';

const EPS = Number.EPSILON;
const LAMBDAS = Array.from({ length: 61 }, (_, j) => 2 ** (20 - j));

/**
 * An upper bound on the uncentred log E e^{λY}, λ > 0: the law's own log-MGF where finite; a mixture's
 * log Σ w_k E e^{λY_k} from its components'; λ·ess sup Y for Y bounded above; else +∞.
 */
function uncentredLogMgfUpper(d: Distribution, l: number): number {
  const own = d.logMgf(l);
  if (Number.isFinite(own)) return own * (1 + 1e-12) + 1e-15;
  const spec = d.spec;
  if (spec.family === 'mixture') {
    const total = spec.weights.reduce((a, b) => a + b, 0);
    const terms = spec.components.map((c, k) => (spec.weights[k] > 0 ? Math.log(spec.weights[k] / total) + uncentredLogMgfUpper(buildCached(c), l) : -Infinity));
    const m = logSumExp(terms);
    return m + 8 * EPS * Math.abs(m) + 1e-15;
  }
  return d.support.upper < Infinity ? l * d.support.upper + 4 * EPS * Math.abs(l * d.support.upper) : Infinity;
}

/** log S: log of an upper bound on E[V | A] − μ_V for every event A with −log Q(A) ≤ e^{logY}. */
function logShiftBound(laws: PairLaws, logY: number): number {
  const v = laws.v;
  const mu = v.mean();
  if (!Number.isFinite(mu)) return NaN;
  let best = v.support.upper < Infinity ? Math.log(Math.max(0, v.support.upper - mu)) + 4 * EPS : Infinity;
  for (const l of LAMBDAS) {
    const m = v.logMgf(l);
    if (!Number.isFinite(m)) continue;
    const centred = Math.max(0, m - l * mu) * (1 + 1e-12) + 8 * EPS * Math.abs(l * mu) + 1e-15;
    const b = logAddExp(logY, Math.log(centred)) - Math.log(l) + 8 * EPS * Math.abs(logY) + 1e-15;
    if (b < best) best = b;
  }
  if (best < Infinity) return best;
  // no closed-form Λ_V (e.g. a mixture with a piece spanning dozens of decades): certified upper bounds on the centred Λ_V
  for (let j = 0; j <= 15; j++) {
    const l = 2 ** (4 - 2 * j);
    const byParts = uncentredLogMgfUpper(v, l) - l * mu;
    const centred = Math.min(logMgfUpper(v, l), Math.max(0, byParts + 8 * EPS * Math.abs(l * mu)));
    if (!(centred >= 0 && centred < Infinity)) continue;
    const b = logAddExp(logY, Math.log(centred)) - Math.log(l) + 8 * EPS * Math.abs(logY) + 1e-15;
    if (b < best) best = b;
  }
  return best;
}

export interface LogLogBandWitness extends BandWitness {
  /** σ = log t and log p */
  readonly logT: number;
  readonly logP: number;
  readonly c: number;
  /** bracket of log(−log F̄_U(t)) */
  readonly logYLower: number;
  readonly logYUpper: number;
}

/**
 * The least σ on the grid 690·2^{j/8} (up to 1e300) whose witness meets the targets (certified); undefined if
 * none, if μ_U is not finite, or if a TV target is asked for.
 */
export function findPairLogLogWitness(laws: PairLaws, spec: PairSpec, g: PairWitnessTargets): LogLogBandWitness | undefined {
  const mu = laws.law.mean;
  if (!Number.isFinite(mu) || (g.tv !== undefined && g.tv < Infinity)) return undefined;
  const eta = g.eta ?? Infinity;
  const needShift = eta < Infinity || g.dvCheck !== false;
  let node: LogLogNode;
  try {
    node = logLogNodeOf(spec, laws.law.structure);
  } catch {
    return undefined;
  }
  const target = g.M + 1e-6 * Math.max(1, Math.abs(g.M)) + 1e-12 * Math.abs(mu);
  const c = (target - mu) * (1 + 1e-9) + 1e-300;
  if (!(c > 0)) return undefined;
  const logC = Math.log(c);
  const logEps = Math.log(g.eps * (1 - 1e-9));
  for (let j = 0; j < 8 * 1000; j++) {
    const sigma = 690 * 2 ** (j / 8);
    if (!(sigma <= 1e300)) break;
    const logP = logC - sigma;
    if (!(logP <= -Math.LN2)) continue;
    const logYUp = logYUpperOfU(node, sigma);
    if (!(logYUp < Infinity)) continue;
    const logKlUpper = logP + logYUp + 8 * EPS * (Math.abs(logC) + sigma + Math.abs(logYUp)) + 1e-12;
    if (!(logKlUpper < logEps)) continue;
    const logYLo = logYLowerOfU(node, sigma);
    // q ≤ e^{−y⁻} ≤ p/e
    if (logYLo === -Infinity) return undefined;
    if (!(logYLo > Math.log(1 - logP) + 1e-12)) continue;
    const yLo = Math.exp(logYLo);
    const qBar = Math.exp(-yLo);
    const qt = Math.exp(sigma - yLo);
    const p = Math.exp(logP);
    const meanULower = (1 - p) * mu - 2 * qBar * Math.abs(mu) + c - qt - 8 * EPS * (Math.abs(mu) + c);
    if (!(meanULower > g.M)) return undefined;
    const logKlLower = logP + logYLo + Math.log1p(-Math.min(1, (1 - logP) * Math.exp(-logYLo))) - 8 * EPS * (sigma + Math.abs(logYLo)) - 1e-12;
    const klLower = Math.exp(logKlLower);
    let deltaVUpper = 0;
    let dvOfKlLower = 0;
    if (needShift) {
      const logS = logShiftBound(laws, logYUp);
      if (Number.isNaN(logS) || !(logS < Infinity)) return undefined;
      // log S = −∞: V constant (or sup V = μ_V), no shift at all
      deltaVUpper = logS === -Infinity ? 0 : Math.exp(logP + logS) * (1 + 1e-12) + Number.MIN_VALUE;
      if (!(deltaVUpper < eta * (1 - 1e-9))) continue;
      dvOfKlLower = g.dvCheck === false ? NaN : laws.dv.lower(klLower, deltaVUpper);
      if (g.dvCheck !== false && !(deltaVUpper <= dvOfKlLower)) continue;
    }
    return {
      kind: 'logLog', t: Math.exp(sigma), s: -Infinity, p, logT: sigma, logP, c,
      logSfLo: -Math.exp(logYUp), logSfHi: -yLo, logYLower: logYLo, logYUpper: logYUp,
      klUpper: Math.exp(logKlUpper), klLower, meanULower, deltaVUpper, dvOfKlLower,
      tvLower: 0, tvUpper: Math.max(p, Number.MIN_VALUE),
    };
  }
  return undefined;
}
