/**
 * Tilted means of copula pairs (X = q_X(W), V = q_V(W) or q_V(1 − W), W uniform), on the logit
 * y = log(W/(1 − W)). With s(y) = q_X(W) + q_V(·) and g(y) = θ·s(y) + log σ(y)σ(−y) (the Jacobian dW/dy),
 *   E_θ[V] = ∫ q_V(·) e^{g(y)} dy / ∫ e^{g(y)} dy,
 * by the trapezoid rule with step h = 36.7/60 ≈ 0.61, exponentially accurate for smooth integrands that
 * vanish at both ends (the error estimate is the difference from the rule with step 2h). The range starts at
 * [−36.7, 36.7] (where W and 1 − W are representable) and doubles toward an end where e^{g} is not yet e^{−36}
 * below its maximum, up to |y| = 700, with upper quantiles found from log F̄ by bisection (`upperQuantile`); a tilt whose mass lies beyond that is reported, never truncated. Quantiles do not depend
 * on θ and are cached per pair spec. `copulaTiltResolved` applies the same check to the copula classes of a
 * latent mixture, whose integrals copulaPair.ts computes over [−36.7, 36.7] only: there the range must not grow.
 */
import { build } from '../distributions/build.ts';
import { log1pExp } from '../numerics/logspace.ts';
import type { Distribution } from '../distributions/types.ts';
import type { Estimate, PairSpec } from '../pairs/types.ts';

const Y_TOP = 36.7;
/** Step of the logit grid: 60 steps per side of [−36.7, 36.7]. */
const H = Y_TOP / 60;
/** Farthest logit used: W or 1 − W down to e^{−700}. */
const I_MAX = Math.floor(700 / H);
const sigmoid = (y: number): number => (y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y)));
const logJacobian = (y: number): number => -log1pExp(-y) - log1pExp(y);

/** inf{x : log P(X > x) ≤ ℓ} to 1e-15 relative, by bracketing from the median and bisection. */
export function upperQuantile(d: Distribution, logTail: number): number {
  let lo = d.quantile(0.5);
  if (d.logSf(lo) <= logTail) return lo;
  let hi = Math.max(lo + 1, 2 * Math.abs(lo));
  if (d.support.upper < Infinity) hi = d.support.upper;
  else for (let k = 0; k < 2100 && d.logSf(hi) > logTail; k++) hi = lo + 2 * (hi - lo);
  for (let k = 0; k < 200 && hi - lo > 1e-15 * Math.max(Math.abs(lo), Math.abs(hi)); k++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (d.logSf(mid) <= logTail) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The quantile of d at W = σ(y), for every y in [−700, 700]. Above y = 2 it is found from log F̄ = log(1 − W)
 * (`upperQuantile`): W itself, rounded to a double near 1, would carry a relative error ε/(1 − W) in 1 − W.
 */
function quantileAtLogit(d: Distribution, y: number): number {
  return y <= 2 ? d.quantile(sigmoid(y)) : upperQuantile(d, -log1pExp(y));
}

type CopulaSpec = Extract<PairSpec, { kind: 'comonotone' | 'countermonotone' }>;
interface GridPoint { readonly s: number; readonly v: number; readonly logJ: number }
/** Grid points y = i·H, computed lazily and kept per pair spec (the quantiles do not depend on θ). */
const grids = new WeakMap<object, Map<number, GridPoint>>();

function pointAt(spec: CopulaSpec, i: number): GridPoint {
  let g = grids.get(spec);
  if (!g) grids.set(spec, (g = new Map()));
  let p = g.get(i);
  if (p) return p;
  const y = i * H;
  const x = build(spec.x);
  const v = build(spec.v);
  const qv = quantileAtLogit(v, spec.kind === 'countermonotone' ? -y : y);
  p = { s: quantileAtLogit(x, y) + qv, v: qv, logJ: logJacobian(y) };
  g.set(i, p);
  return p;
}

export type Resolution = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Index range [lo, hi] (lo, hi even) on which e^{θs + log J} has fallen e^{−36} below its maximum at both
 * ends and is falling toward them; the range starts at ±60 and doubles toward an end that is not yet small.
 */
function rangeFor(spec: CopulaSpec, theta: number): { lo: number; hi: number; max: number } | Resolution & { ok: false } {
  const g = (i: number): number => {
    const p = pointAt(spec, i);
    return theta * p.s + p.logJ;
  };
  let lo = -60;
  let hi = 60;
  for (;;) {
    let max = -Infinity;
    for (let i = lo; i <= hi; i++) {
      const gi = g(i);
      if (Number.isNaN(gi)) return { ok: false, reason: `copula tilt at θ = ${theta}: log-integrand NaN at logit ${i * H}` };
      if (gi > max) max = gi;
    }
    const topOk = g(hi) < max - 36 && g(hi) <= g(hi - 1);
    const bottomOk = g(lo) < max - 36 && g(lo) <= g(lo + 1);
    if (topOk && bottomOk) return { lo, hi, max };
    if ((!topOk && hi >= I_MAX) || (!bottomOk && lo <= -I_MAX)) {
      return { ok: false, reason: `copula tilt at θ = ${theta}: mass at ${topOk ? 'W → 0' : 'W → 1'} beyond e^{−700}` };
    }
    if (!topOk) hi = Math.min(I_MAX - (I_MAX % 2), 2 * hi);
    if (!bottomOk) lo = Math.max(-(I_MAX - (I_MAX % 2)), 2 * lo);
  }
}

/** E_θ[V] for a comonotone or countermonotone pair (see the file comment), or the reason it is not resolved. */
export function copulaTiltedMeanV(spec: CopulaSpec, theta: number): Estimate | Resolution & { ok: false } {
  const r = rangeFor(spec, theta);
  if ('ok' in r) return r;
  const rule = (stride: number): number => {
    let den = 0;
    let num = 0;
    for (let i = r.lo; i <= r.hi; i += stride) {
      const p = pointAt(spec, i);
      const w = Math.exp(theta * p.s + p.logJ - r.max) * (i === r.lo || i === r.hi ? 0.5 : 1);
      den += w;
      if (w > 0) num += w * p.v;
    }
    return num / den;
  };
  const fine = rule(1);
  const error = Math.abs(fine - rule(2)) + 1e-14 * Math.abs(fine);
  if (!Number.isFinite(fine) || !Number.isFinite(error)) return { ok: false, reason: `copula tilt at θ = ${theta}: value ${fine}` };
  return { value: fine, error, converged: true };
}

/** The end check for every copula class of a (possibly nested) pair spec; other kinds integrate over the whole line. */
export function copulaTiltResolved(spec: PairSpec, theta: number): Resolution {
  if (spec.kind === 'latentMixture') {
    for (let i = 0; i < spec.components.length; i++) {
      if (spec.weights[i] === 0) continue;
      const r = copulaTiltResolved(spec.components[i], theta);
      if (!r.ok) return r;
    }
    return { ok: true };
  }
  if (spec.kind !== 'comonotone' && spec.kind !== 'countermonotone') return { ok: true };
  const r = rangeFor(spec, theta);
  if ('ok' in r) return r;
  if (r.hi > 60 || r.lo < -60) return { ok: false, reason: `copula class tilt at θ = ${theta}: mass beyond the range [−36.7, 36.7] of copulaPair.ts` };
  return { ok: true };
}
