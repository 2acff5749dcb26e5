/**
 * Verdicts of the T3 claims ("light tail bounds the mean shift", claims.md §2 T3) on one case.
 * `shiftBoundVerdict`: E_P[V] − μ_Q ≤ B(d) + tol for the reweighting P (d = D(P‖Q), B = dvBound), where
 *   tol = TOL_REL·(B + |shift|) + TOL_ABS·(|μ_Q| + spread(Q))
 * (a stated numerical tolerance: tilts attain B exactly, so the margin there is tol itself). `holds` when the
 * margin beats the error estimates (first way: closed forms, t3Step/t3Tilt; B's error plus klError/λ*, since
 * dB/dd = 1/λ*); `fails` only when the excess beats them AND the second way (quadrature, t3SecondWay) confirms
 * it, with the certificate λ (g(λ) < shift). Heavy side (B = ∞): the conclusion "bounded by a finite B(d)"
 * fails with the T1 witness (highMeanVerdict.ts): a P with D < d whose shift exceeds K = 1e3·(1 + spread).
 * μ_Q = −∞ with E_P[V] finite: the shift is +∞ at finite d (fails, certificate: the two means).
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { build } from '../distributions/build.ts';
import type { Distribution } from '../distributions/types.ts';
import { dvBound } from './dvBound.ts';
import { highMeanLowKlVerdict } from './highMeanVerdict.ts';
import { applyReweighting, type ReweightingSpec } from './reweighting.ts';
import { spreadOf } from './t3Tilt.ts';
import { cumulantsOf } from './t3Cumulants.ts';

export const TOL_REL = 1e-4;
export const TOL_ABS = 1e-9;
const EPS = Number.EPSILON;

const reflections = new WeakMap<Distribution, Distribution>();
/** The law of −V (cached). */
export function reflect(q: Distribution): Distribution {
  let r = reflections.get(q);
  if (!r) {
    r = build({ family: 'affine', base: q.spec, loc: 0, scale: -1 });
    reflections.set(q, r);
  }
  return r;
}

/** T1 on the given side: a P with D(P‖Q) < eps and E_P[sV] − E_Q[sV] > K, as a failing verdict of "bounded". */
export function unboundedShiftVerdict(q: Distribution, eps: number, side: 1 | -1, what: string): Verdict {
  const qs = side === 1 ? q : reflect(q);
  const K = 1e3 * (1 + spreadOf(q));
  const t1 = highMeanLowKlVerdict(qs, qs.mean() + K, eps);
  const numbers = { ...t1.numbers, K, eps, side };
  if (t1.status === 'holds') {
    const sign = side === 1 ? '' : '−';
    return fails(`${what}: ${side === 1 ? 'right' : 'left'} tail heavy (λ = 0 only), and the T1 witness has D < ${fmt(eps)} with ${sign}(E_P[V] − μ_Q) > K = ${fmt(K)} (${t1.summary})`, numbers, t1.witness);
  }
  return inconclusive(`heavy ${side === 1 ? 'right' : 'left'} tail but no T1 witness certified: ${t1.reason ?? t1.summary}`, numbers);
}

/** Is shift ≤ factor·B(d) + tol, for the exact d and shift of a reweighting (see the file comment)? */
export function compareToBound(q: Distribution, shift: number, shiftErr: number, d: number, dErr: number, factor = 1): { status: 'holds' | 'fails' | 'open'; numbers: Record<string, number> } {
  const mu = q.mean();
  const tolAbs = TOL_ABS * (Math.abs(mu) + spreadOf(q));
  if (shift + shiftErr <= tolAbs) return { status: 'holds', numbers: { shift, shiftErr, d, dErr, tol: tolAbs, mean: mu } }; // B ≥ 0 always
  const cheap = tiltLowerBound(q, d - dErr);
  if (cheap && factor * cheap.lower + TOL_REL * (factor * cheap.lower + Math.abs(shift)) + tolAbs - shift > shiftErr) {
    return { status: 'holds', numbers: { shift, shiftErr, d, dErr, boundLower: factor * cheap.lower, lambda: cheap.lambda, tol: tolAbs, mean: mu } };
  }
  const dv = dvBound(q, d);
  const B = factor * dv.bound;
  const errB = factor * (dv.error + (dv.lambda > 0 ? 2 * dErr / dv.lambda : 0));
  const tol = TOL_REL * (Math.abs(B) + Math.abs(shift)) + tolAbs;
  const numbers = { shift, shiftErr, d, dErr, bound: B, boundErr: errB, lambda: dv.lambda, tol, mean: mu };
  if (!Number.isFinite(B) || !Number.isFinite(errB)) return { status: 'open', numbers };
  if (B + tol - shift > errB + shiftErr) return { status: 'holds', numbers };
  if (shift - shiftErr - tol > B + errB) return { status: 'fails', numbers };
  return { status: 'open', numbers };
}

/**
 * A cheap certified lower bound on B(d) before the root search of dvBound: a tilt Q_λ with KL k(λ) ≤ d has
 * B(d) ≥ Λ′(λ) (its mean shift; B is the supremum over D(P‖Q) ≤ d). From λ₀ = √(2d)/σ (the normal-law λ*),
 * three rescalings λ ← 0.999·λ·√(d/k(λ)) (k ≈ λ²σ²/2 near 0) approach k = d from either side; the best
 * certified Λ′ is kept, errors of k and Λ′ counted against it. Most reweightings shift the mean well below B:
 * their verdict then needs no root search.
 */
export function tiltLowerBound(q: Distribution, d: number): { lower: number; lambda: number } | undefined {
  const sd = Math.sqrt(q.variance());
  if (!(d > 0) || !(sd > 0) || !Number.isFinite(sd)) return undefined;
  const c = cumulantsOf(q);
  let best: { lower: number; lambda: number } | undefined;
  let lambda = Math.sqrt(2 * d) / sd;
  for (let i = 0; i < 4; i++) {
    if (!(lambda < q.mgfSup)) lambda = 0.999 * q.mgfSup;
    const k = c.tiltKl(lambda);
    const kUp = k.value + k.error;
    if (!Number.isFinite(kUp) || !(k.value > 0)) break;
    if (kUp <= d) {
      const sh = c.shift(lambda);
      const lower = sh.value - sh.error;
      if (Number.isFinite(lower) && lower > 0 && !(best && best.lower >= lower)) best = { lower, lambda };
      if (kUp >= 0.98 * d) break;
    }
    lambda *= 0.999 * Math.sqrt(d / kUp);
  }
  return best;
}

export function shiftBoundVerdict(q: Distribution, p: ReweightingSpec, factor = 1): Verdict {
  const mu = q.mean();
  if (!(q.mgfSup > 0)) {
    const r = applyReweighting(q, p, { secondWay: false });
    if (r.kl === 0) return holds('P = Q (d = 0): shift 0', { kl: 0 });
    return unboundedShiftVerdict(q, r.kl > 0 ? r.kl : 1e-3, 1, 'no finite B(d)');
  }
  const r = applyReweighting(q, p, { secondWay: false });
  const base = { kl: r.kl, klError: r.klError, meanP: r.mean, meanQ: mu };
  if (mu === -Infinity && Number.isFinite(r.mean) && r.kl < Infinity) {
    return fails(`μ_Q = −∞ but E_P[V] = ${fmt(r.mean)} at D(P‖Q) = ${fmt(r.kl)}: the shift is +∞ at finite d`, base);
  }
  if (!Number.isFinite(r.mean) || !Number.isFinite(r.kl) || !Number.isFinite(mu)) {
    return inconclusive(`E_P[V] = ${r.mean}, D = ${r.kl}, μ_Q = ${mu}: not finite`, base);
  }
  const shift = r.mean - mu;
  const cmp = compareToBound(q, shift, r.meanError + 4 * EPS * (Math.abs(r.mean) + Math.abs(mu)), r.kl, r.klError, factor);
  const numbers = { ...base, ...cmp.numbers };
  if (cmp.status === 'holds' && cmp.numbers.boundLower !== undefined) {
    return holds(`E_P[V] − μ_Q = ${fmt(shift)} ≤ ${factor === 1 ? '' : `${factor}·`}B(${fmt(r.kl)}), B ≥ ${fmt(cmp.numbers.boundLower / factor)} (the tilt at λ = ${fmt(cmp.numbers.lambda)}, KL ≤ d; margin beats errors ${fmt(cmp.numbers.shiftErr)})`, numbers);
  }
  const what = `E_P[V] − μ_Q = ${fmt(shift)} vs ${factor === 1 ? '' : `${factor}·`}B(${fmt(r.kl)}) = ${fmt(cmp.numbers.bound)}`;
  if (cmp.status === 'holds') return holds(`${what} (margin beats errors ${fmt(cmp.numbers.boundErr + cmp.numbers.shiftErr)})`, numbers);
  if (cmp.status === 'open') return inconclusive('error estimate larger than the margin, or B not computable', numbers);
  // a failure must survive the second way (quadrature / sums)
  const r2 = applyReweighting(q, p);
  if (!r2.secondWayConverged) return inconclusive(`first way exceeds the bound; second way unavailable (${r2.reason})`, numbers);
  const again = compareToBound(q, r2.meanSecondWay - mu, r2.meanSecondWayError + 4 * EPS * Math.abs(mu), r2.klSecondWay, r2.klSecondWayError, factor);
  if (again.status !== 'fails') return inconclusive('first way exceeds the bound, the second way does not confirm it', numbers);
  // the certificate g(λ) < shift, with Λ(λ) from the family's own quadrature (not the node tables)
  const lambda = cmp.numbers.lambda;
  const g2 = factor * (r2.klSecondWay + r2.klSecondWayError + q.logMgf(lambda) - lambda * mu) / lambda;
  if (!(r2.meanSecondWay - mu - r2.meanSecondWayError - cmp.numbers.tol > g2 * (1 + 1e-9))) {
    return inconclusive(`first way exceeds the bound; the certificate g(λ) = ${fmt(g2)} from the family's logMgf does not confirm it`, numbers);
  }
  return fails(`${what}: the excess beats the errors (both ways); certificate λ = ${fmt(cmp.numbers.lambda)}: g(λ) < shift`, { ...numbers, meanSecondWay: r2.meanSecondWay, klSecondWay: r2.klSecondWay }, { kind: 'dv-violation', lambda: cmp.numbers.lambda });
}

/**
 * |E_P[V] − μ_Q| ≤ B_±(d): a downward shift is compared with B₋, the bound of −V (same tolerance and error
 * rules as `shiftBoundVerdict`). A heavy side (its B infinite) fails through the T1 witness on that side.
 * `leftBound: false` (a mutant) compares downward shifts with B₊ instead.
 */
export function twoSidedShiftVerdict(q: Distribution, p: ReweightingSpec, leftBound = true): Verdict {
  const r = applyReweighting(q, p, { secondWay: false });
  if (r.kl === 0) return holds('P = Q (d = 0): shift 0', { kl: 0 });
  for (const side of [1, -1] as const) {
    if (!((side === 1 ? q : reflect(q)).mgfSup > 0)) return unboundedShiftVerdict(q, r.kl > 0 ? r.kl : 1e-3, side, 'no finite two-sided bound');
  }
  const mu = q.mean();
  if (!Number.isFinite(r.mean) || !Number.isFinite(r.kl) || !Number.isFinite(mu)) {
    return inconclusive(`E_P[V] = ${r.mean}, D = ${r.kl}, μ_Q = ${mu}: not finite`, { kl: r.kl });
  }
  const shift = r.mean - mu;
  const down = shift < 0;
  const against = down && leftBound ? reflect(q) : q;
  const cmp = compareToBound(against, Math.abs(shift), r.meanError + 4 * EPS * (Math.abs(r.mean) + Math.abs(mu)), r.kl, r.klError);
  const numbers = { kl: r.kl, meanP: r.mean, meanQ: mu, ...cmp.numbers };
  const what = `|E_P[V] − μ_Q| = ${fmt(Math.abs(shift))} (${down ? 'down' : 'up'}) vs B${down && leftBound ? '₋' : '₊'}(${fmt(r.kl)}) ${cmp.numbers.boundLower !== undefined ? `≥ ${fmt(cmp.numbers.boundLower)} (tilt at λ = ${fmt(cmp.numbers.lambda)})` : `= ${fmt(cmp.numbers.bound)}`}`;
  if (cmp.status === 'holds') return holds(what, numbers);
  if (cmp.status === 'open') return inconclusive('error estimate larger than the margin, or B not computable', numbers);
  const r2 = applyReweighting(q, p);
  const again = r2.secondWayConverged ? compareToBound(against, Math.abs(r2.meanSecondWay - mu), r2.meanSecondWayError, r2.klSecondWay, r2.klSecondWayError) : undefined;
  if (again?.status !== 'fails') return inconclusive(`first way exceeds the bound; second way ${r2.secondWayConverged ? 'does not confirm it' : `unavailable (${r2.reason})`}`, numbers);
  return fails(`${what}: the excess beats the errors (both ways), certificate λ = ${fmt(cmp.numbers.lambda)}`, numbers, { kind: 'dv-violation', lambda: cmp.numbers.lambda });
}
