/**
 * The KL cap remedy (claims.md §2 "Remedies": "If we cap KL to a finite value … then E[V] is also upper
 * bounded by a finite value (see Theorem 3)"). Over the set {P ≪ Q : D(P‖Q) ≤ d} the Donsker–Varadhan bound
 * gives, for V light on the right (λ₊ > 0) with a finite mean,
 *   sup_{D(P‖Q) ≤ d} E_P[V] = μ_Q + B(d),   B(d) = inf_{0<λ<λ₊} (d + Λ(λ))/λ   (dvBound.ts),
 * attained by the tilt dP/dQ ∝ e^{λ*V} whose KL is exactly d (B is increasing in d, so every P under the cap
 * obeys the bound at d, not only at its own KL). A P is put under the cap in one of two ways:
 * - `capped(q, p, d)`: the reweighting p itself when D(P‖Q) ≤ d, else the mixture (1 − w)Q + wP with
 *   w = d/D(P‖Q) — by convexity of KL in P, D((1 − w)Q + wP ‖ Q) ≤ w·D(P‖Q) = d;
 * - `capTilt(q, d)`: the maximiser itself, the tilt at λ* (its KL equals d to the solver's precision).
 * Heavy V (λ₊ = 0): no finite bound exists — the T1 witness at KL < d shifts the mean past any K.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Distribution } from '../../distributions/types.ts';
import { dvBound } from '../dvBound.ts';
import { applyReweighting, type ReweightingResult, type ReweightingSpec } from '../reweighting.ts';
import { compareToBound, unboundedShiftVerdict } from '../t3Verdicts.ts';
import { spreadOf } from '../t3Tilt.ts';

/** Relative slack of "D(P‖Q) ≤ d" for the tilt at the cap, whose KL solves k(λ*) = d only to ~1e-11. */
export const CAP_SLACK = 1e-8;

/** The reweighting spec of the tilt at λ* = argmin (d + Λ(λ))/λ (tiltParameter's scale inverted), or undefined. */
export function capTilt(q: Distribution, d: number): ReweightingSpec | undefined {
  const lambda = dvBound(q, d).lambda;
  const sup = q.tails.right.mgfSup;
  if (!(lambda > 0 && Number.isFinite(lambda) && sup > 0)) return undefined;
  const u = Number.isFinite(sup) ? lambda / sup : lambda * spreadOf(q);
  return u > 0 && u < 1 ? { kind: 'tilt', u } : undefined;
}

/** p, or the mixture (1 − d/KL)Q + (d/KL)P when D(P‖Q) > d (first way only: no quadrature). */
export function capped(q: Distribution, p: ReweightingSpec, d: number): ReweightingSpec {
  const kl = applyReweighting(q, p, { secondWay: false }).kl;
  if (!(kl > d) || !Number.isFinite(kl)) return p;
  const w = d / kl;
  return w > 0 && w < 1 ? { kind: 'mixture', w, inner: p } : p;
}

/** The P of a case: the tilt at the cap, or p put under the cap. */
export function cappedReweighting(q: Distribution, p: ReweightingSpec, d: number, atCap: boolean): ReweightingSpec {
  return (atCap ? capTilt(q, d) : undefined) ?? capped(q, p, d);
}

/** D(P‖Q) ≤ d, up to the cap tilt's solver precision and the KL's own error. */
export function underCap(r: ReweightingResult, d: number): boolean {
  return r.kl - (Number.isFinite(r.klError) ? r.klError : 0) <= d * (1 + CAP_SLACK);
}

/**
 * E_P[V] − μ_Q ≤ factor·B(d) (B finite) for a P under the cap d. Heavy V: the conclusion "bounded by a
 * finite value" fails with the T1 witness at KL < d (t3Verdicts.unboundedShiftVerdict).
 */
export function capVerdict(q: Distribution, p: ReweightingSpec, d: number, factor = 1): Verdict {
  if (!(q.mgfSup > 0)) return unboundedShiftVerdict(q, d, 1, `no finite bound under the cap d = ${fmt(d)}`);
  const r = applyReweighting(q, p, { secondWay: false });
  const mu = q.mean();
  if (mu === -Infinity) return rawGibbsVerdict(q, r, d);
  const base = { kl: r.kl, klError: r.klError, meanP: r.mean, meanQ: mu, d };
  if (!Number.isFinite(r.mean) || !Number.isFinite(mu) || !Number.isFinite(r.kl)) {
    return inconclusive(`E_P[V] = ${r.mean}, D = ${r.kl}, μ_Q = ${mu}: not finite`, base);
  }
  const shift = r.mean - mu;
  const cmp = compareToBound(q, shift, r.meanError + 4 * Number.EPSILON * (Math.abs(r.mean) + Math.abs(mu)), d, 0, factor);
  const numbers = { ...base, ...cmp.numbers };
  const what = `E_P[V] − μ_Q = ${fmt(shift)} at D(P‖Q) = ${fmt(r.kl)} ≤ d = ${fmt(d)} vs ${factor === 1 ? '' : `${factor}·`}B(d) = ${fmt(cmp.numbers.bound)}`;
  if (cmp.status === 'holds') return holds(`${what} (finite; margin beats the errors)`, numbers);
  if (cmp.status === 'open') return inconclusive('error estimate larger than the margin, or B(d) not computable', numbers);
  // a violation must survive the second way (quadrature of the density ratio, reweighting.ts)
  const r2 = applyReweighting(q, p);
  const again = r2.secondWayConverged ? compareToBound(q, r2.meanSecondWay - mu, r2.meanSecondWayError, d, 0, factor) : undefined;
  if (again?.status !== 'fails') return inconclusive(`first way exceeds the bound; second way ${r2.secondWayConverged ? 'does not confirm it' : `unavailable (${r2.reason})`}`, numbers);
  return fails(`${what}: the excess beats the errors (both ways)`, { ...numbers, meanSecondWay: r2.meanSecondWay }, { kind: 'dv-violation', lambda: cmp.numbers.lambda });
}

/**
 * μ_Q = −∞ (a light right tail, heavy left tail): B(d) is undefined, but the Gibbs inequality still gives a
 * finite upper bound, E_P[V] ≤ (d + log E_Q[e^{λV}])/λ for any 0 < λ < λ₊ (claims.md §1), here at
 * λ = λ₊/2 (or 1/spread where λ₊ = ∞).
 */
function rawGibbsVerdict(q: Distribution, r: ReweightingResult, d: number): Verdict {
  const sup = q.tails.right.mgfSup;
  const lambda = Number.isFinite(sup) ? sup / 2 : 1 / spreadOf(q);
  const bound = (d + q.logMgf(lambda)) / lambda;
  const numbers = { meanP: r.mean, kl: r.kl, d, lambda, bound };
  if (!Number.isFinite(bound)) return inconclusive(`μ_Q = −∞ and the Gibbs bound at λ = ${fmt(lambda)} is ${bound}`, numbers);
  if (r.mean === -Infinity) return holds(`μ_Q = −∞ and E_P[V] = −∞ ≤ the finite Gibbs bound ${fmt(bound)}`, numbers);
  const err = r.meanError + 1e-9 * (Math.abs(bound) + Math.abs(r.mean));
  if (bound - r.mean > err) return holds(`μ_Q = −∞: E_P[V] = ${fmt(r.mean)} ≤ (d + log E e^{λV})/λ = ${fmt(bound)} at λ = ${fmt(lambda)} (finite)`, numbers);
  return inconclusive('μ_Q = −∞: E_P[V] not below the Gibbs bound by more than its error', numbers);
}
