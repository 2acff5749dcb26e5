/**
 * Reweightings P ≪ Q described as plain JSON (so a claim's case can be stored and replayed), and
 * `applyReweighting`, which computes E_P[V] and D(P‖Q) exactly (closed-form tail functions: t3Step.ts,
 * t3Tilt.ts, tailReweight.ts) and a second way (quadrature of the density ratio over the density pieces of Q,
 * sums over its atoms: t3SecondWay.ts). Kinds (claims.md §2 T3: "random reweightings of Q (piecewise-constant
 * density ratios, mixtures with Q, tilts, tail reweightings)"):
 * - piecewise: dP/dQ ∝ weights[i] on the Q-quantile bins cut at the probabilities `cuts`;
 * - mixture: P = (1 − w)Q + w·R, R the reweighting `inner` (nested mixtures flatten: w = w₁w₂);
 * - tilt: dP/dQ ∝ e^{θx}, θ = tiltParameter(Q, u) (t3Tilt.ts);
 * - tail: the T1 witness P(X > t) = mass, t the point where log F̄_Q(t) = −a (tailReweight.ts);
 * - conditioning: Q(· | X > s), s where log F̄_Q(s) = −a; KL = −log F̄_Q(s).
 * A threshold that leaves a side empty (a discrete Q, or a beyond the support) makes the reweighting the
 * identity P = Q, said in `note`.
 */
import type { Distribution } from '../distributions/types.ts';
import { logAddExp } from '../numerics/logspace.ts';
import { stepExact, type StepRatio } from './t3Step.ts';
import { secondWay as secondWayOf, type RatioFunction, type SecondWay } from './t3SecondWay.ts';
import { spreadOf, tiltExact, tiltParameter } from './t3Tilt.ts';
import { tailReweight } from './tailReweight.ts';
import { thresholdAtLogSf } from './t3Threshold.ts';

export type ReweightingSpec =
  | { readonly kind: 'piecewise'; readonly cuts: readonly number[]; readonly weights: readonly number[] }
  | { readonly kind: 'mixture'; readonly w: number; readonly inner: ReweightingSpec }
  | { readonly kind: 'tilt'; readonly u: number }
  | { readonly kind: 'tail'; readonly a: number; readonly mass: number }
  | { readonly kind: 'conditioning'; readonly a: number };

export interface ReweightingResult {
  readonly kind: ReweightingSpec['kind'];
  readonly mean: number;
  readonly kl: number;
  readonly meanError: number;
  readonly klError: number;
  readonly meanSecondWay: number;
  readonly klSecondWay: number;
  readonly meanSecondWayError: number;
  readonly klSecondWayError: number;
  /** the second way converged (quadrature) */
  readonly secondWayConverged: boolean;
  readonly reason?: string;
  readonly note?: string;
  /** tilt parameter (tilts, mixtures with a tilt) */
  readonly theta?: number;
}

type Resolved =
  | { type: 'step'; step: StepRatio; note?: string; exact?: { mean: number; kl: number } }
  | { type: 'tilt'; w: number; theta: number };

const IDENTITY: StepRatio = { thresholds: [], logWeights: [0] };

/**
 * Bins are right-closed, so an atom at a threshold belongs to the bin below. For laws with atoms the threshold
 * is moved just above the atom (1e-9 of its scale), so that every computation — the law's own logCdf at x and
 * the second way's atom list (x ↦ loc + s·n for an affine map) — puts the atom on the same side.
 */
function settle(q: Distribution, x: number): number {
  return q.support.kind === 'continuous' || !Number.isFinite(x) ? x : x + 1e-9 * (Math.abs(x) + spreadOf(q));
}

function resolve(q: Distribution, spec: ReweightingSpec): Resolved {
  switch (spec.kind) {
    case 'piecewise': {
      const xs = spec.cuts.map((u) => settle(q, q.quantile(u)));
      const thresholds: number[] = [];
      const logWeights = [Math.log(spec.weights[0])];
      xs.forEach((x, i) => {
        if (!Number.isFinite(x) || (thresholds.length > 0 && x <= thresholds[thresholds.length - 1])) return;
        thresholds.push(x);
        logWeights.push(Math.log(spec.weights[i + 1]));
      });
      return { type: 'step', step: { thresholds, logWeights } };
    }
    case 'tail': {
      const t = settle(q, thresholdAtLogSf(q, spec.a));
      const lt = q.logSf(t);
      if (!(lt < 0 && lt > -Infinity && q.logCdf(t) > -Infinity)) return { type: 'step', step: IDENTITY, note: `threshold ${t} leaves a side empty: P = Q` };
      const r = tailReweight(q, { t, mass: spec.mass });
      return { type: 'step', step: { thresholds: [t], logWeights: [Math.log1p(-spec.mass) - q.logCdf(t), Math.log(spec.mass) - lt] }, exact: { mean: r.mean, kl: r.kl } };
    }
    case 'conditioning': {
      const s = settle(q, thresholdAtLogSf(q, spec.a));
      const ls = q.logSf(s);
      if (!(ls > -Infinity) || !(q.logCdf(s) > -Infinity)) return { type: 'step', step: IDENTITY, note: `threshold ${s} leaves a side empty: P = Q` };
      return { type: 'step', step: { thresholds: [s], logWeights: [-Infinity, 0] }, exact: { mean: q.tailMean(s), kl: -ls } };
    }
    case 'tilt':
      return { type: 'tilt', w: 1, theta: tiltParameter(q, spec.u) };
    case 'mixture': {
      const inner = resolve(q, spec.inner);
      if (inner.type === 'tilt') return { type: 'tilt', w: spec.w * inner.w, theta: inner.theta };
      const lr = stepExact(q, inner.step).logRatios;
      const lw = lr.map((l) => logAddExp(Math.log1p(-spec.w), Math.log(spec.w) + l));
      return { type: 'step', step: { thresholds: inner.step.thresholds, logWeights: lw }, note: inner.note };
    }
  }
}

function stepRatioFunction(step: StepRatio, logRatios: readonly number[]): RatioFunction {
  const xs = step.thresholds;
  return {
    logRatio: (x) => {
      let lo = 0, hi = xs.length; // first index with x ≤ xs[i]
      while (lo < hi) { const m = (lo + hi) >> 1; if (x <= xs[m]) hi = m; else lo = m + 1; }
      return logRatios[lo];
    },
    breakpoints: xs,
    constantBelow: xs.length ? xs[0] : Infinity,
    constantAbove: xs.length ? xs[xs.length - 1] : -Infinity,
  };
}

const SKIPPED: SecondWay = { kl: NaN, klError: Infinity, mean: NaN, meanError: Infinity, converged: false, reason: 'second way not requested' };

/**
 * E_P[V] and D(P‖Q), exactly and a second way, for the reweighting `spec` of Q. `secondWay: false` skips the
 * quadrature (milliseconds per case) and returns NaN for the second-way fields.
 */
export function applyReweighting(q: Distribution, spec: ReweightingSpec, options: { secondWay?: boolean } = {}): ReweightingResult {
  const r = resolve(q, spec);
  const wanted = options.secondWay ?? true;
  const secondWay = (d: Distribution, f: RatioFunction, m?: 'gk' | 'ts') => (wanted ? secondWayOf(d, f, m) : SKIPPED);
  if (r.type === 'step') {
    const ex = stepExact(q, r.step);
    const sw = secondWay(q, stepRatioFunction(r.step, ex.logRatios));
    const mean = r.exact?.mean ?? ex.mean;
    const kl = r.exact?.kl ?? ex.kl;
    return {
      kind: spec.kind, mean, kl,
      meanError: ex.meanError + Math.abs(mean - ex.mean), klError: ex.klError + Math.abs(kl - ex.kl),
      meanSecondWay: sw.mean, klSecondWay: sw.kl, meanSecondWayError: sw.meanError, klSecondWayError: sw.klError,
      secondWayConverged: sw.converged, reason: sw.reason, note: r.note,
    };
  }
  const mu = q.mean();
  const t = tiltExact(q, r.theta);
  // dQ_θ/dQ = e^{θ(x − c) − Λ_c(θ)}, Λ_c = log E_Q[e^{θ(X − c)}]. Centred at c = μ, θ(x − μ) and Λ_μ are both
  // ~θ|μ| and cancel entirely when that is huge (reflected Weibull k = 0.02: μ = −3e63, θ = 4e-7, θ|μ| = 1e57:
  // the ratio was rounding noise and the second way reported KL = 0 ± 0 as converged against the true 0.2774).
  // Centred at the tilted mean c = E_P[X], Λ_c = Λ_μ − θ(c − μ) = −D(Q_θ‖Q), a moderate number — used where the
  // first way knows E_P[X] to within 1/|θ| (so that the normaliser is off by at most a factor e).
  const tight = Number.isFinite(t.mean) && Number.isFinite(t.kl) && Math.abs(r.theta) * t.meanError <= 1;
  const c = tight ? t.mean : mu;
  const logNorm = tight ? -t.kl : t.logMgf;
  const logRatio = (x: number) => r.theta * (x - c) - logNorm;
  if (r.w === 1) {
    // The second way's KL = (E_Q[φ(r)] + D)/(1 + D) − log1p(D), D = E_Q[r] − 1, is exact for any constant factor
    // in r, so a normaliser taken from the first way does not make the second depend on it; it only keeps D away
    // from −1 (an unnormalised e^{θ(x − c)} at c = E_P[X] has D = e^{−KL} − 1, −1 in doubles once KL ≳ 37: a
    // reflected gamma(5, 2) tilted to KL 126.5 gave 25.6 "converged", random seed 1509837003). Where the first way
    // does not know E_P[X], the ratio is centred at Q's median, unnormalised (D = e^{Λ_med} − 1, moderate).
    const median = q.quantile(0.5);
    const ratio = tight || !Number.isFinite(median) ? logRatio : (x: number) => r.theta * (x - median);
    const sw = secondWay(q, { logRatio: ratio, breakpoints: [] });
    return {
      kind: spec.kind, mean: t.mean, kl: t.kl, meanError: t.meanError, klError: t.klError, theta: r.theta,
      meanSecondWay: sw.mean, klSecondWay: sw.kl, meanSecondWayError: sw.meanError, klSecondWayError: sw.klError,
      secondWayConverged: sw.converged, reason: sw.reason,
    };
  }
  // (1 − w)Q + wQ_θ: the mean is exact; the KL has no closed form: Gauss–Kronrod first, tanh-sinh second
  const mixed = { logRatio: (x: number) => logAddExp(Math.log1p(-r.w), Math.log(r.w) + logRatio(x)), breakpoints: [] };
  const first = secondWayOf(q, mixed, 'gk');
  const second = secondWay(q, mixed, 'ts');
  const mean = (1 - r.w) * mu + r.w * t.mean;
  return {
    kind: spec.kind, mean, kl: first.kl, meanError: r.w * t.meanError + 2 * Number.EPSILON * Math.abs(mean), klError: first.klError, theta: r.theta,
    meanSecondWay: second.mean, klSecondWay: second.kl, meanSecondWayError: second.meanError, klSecondWayError: second.klError,
    secondWayConverged: first.converged && second.converged, reason: first.reason ?? second.reason,
  };
}
