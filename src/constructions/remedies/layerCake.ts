/**
 * The layer-cake quadrature of the bounded reward's weights (boundedReward.ts): the gap's layer cake over one
 * parametrisation (gapLayer), the s-window outside which its integrand is exactly 0 (gapWindow), and
 * log ∫_0^{zMax} e^{f(z)} dz in s = log z (layerIntegral). Split out of boundedReward.ts (which re-exports it) so
 * that floorSideGap.ts and boundedReward.ts both import it without importing each other.
 */
import type { Distribution } from '../../distributions/types.ts';
import { logIntegrate } from '../../numerics/quadrature.ts';
import { logIntervalProb, type IntervalTolerance } from './finitePair.ts';
import { log1mR } from './squashLogs.ts';
import type { Reward } from './reward.ts';

/**
 * Tolerance and evaluation budget of the layer-cake quadrature (defaults 1e-10 and 200,000); `intervals`: the
 * errors logMeanHGap accepts from its interval probabilities (default finitePair.EXACT_INTERVALS; a screening
 * pass passes SCREEN_INTERVALS, and then refines their error bound only above 1e-3).
 */
export interface QuadratureBudget { readonly relTol?: number; readonly maxEvaluations?: number; readonly intervals?: IntervalTolerance }

export interface LogValue { readonly log: number; readonly relError: number; readonly converged: boolean; readonly reason?: string }

/** log P(N > x), exactly 0 at x = −∞ and −∞ at x = +∞ (the layer cake's end points; some kernels give NaN there). */
export const logSfAt = (noise: Distribution, x: number): number => (x === -Infinity ? 0 : x === Infinity ? -Infinity : Math.min(0, noise.logSf(x)));

/**
 * The gap's layer cake over one parametrisation: ∫ e^{f(s) + s} ds with f(s) = −e^{s} + log P(t(s) − g < N ≤ t(s) − g₀)
 * (sign = −1: the level 1 − βz, z = e^{s}) or +e^{s} + log P(…) (sign = +1: the floor side, w = e^{s}, e^{−z} = e^{−2/β}e^{w},
 * the factor e^{−2/β} added by the caller), over s < log zMax (within the window), with the interval
 * probabilities' relative errors (their largest, or where that is not small their weighted mean).
 */
export function gapLayer(tOfS: (s: number) => number, zMax: number, window: readonly [number, number] | undefined, g: number, g0: number, noise: Distribution, q0: QuadratureBudget, tol: IntervalTolerance, sign: 1 | -1 = -1): LogValue {
  const width = g - g0;
  let worst = 0;
  const f = (s: number): number => {
    const t = tOfS(s);
    const ip = intervalProb(noise, t - g, width, t - g0, tol);
    if (ip.relError > worst && ip.log > -Infinity) worst = ip.relError;
    return sign * Math.exp(s) + ip.log;
  };
  const q = layerIntegral(f, zMax, q0.relTol, q0.maxEvaluations, false, window);
  // a quadrature stopped short of its tolerance still carries its error estimate, which the verdict weighs
  const ok = !Number.isNaN(q.log) && (q.converged || q.relError < 1e-3);
  // the interval probabilities' relative errors: the largest one bounds their effect; where that bound is not
  // small (a node where the interval is tiny against its tail, whose weight in the integral is negligible),
  // their weighted mean ∫ e^{f}·rel / ∫ e^{f} instead (one more quadrature, to 1e-3)
  let intervalRel = worst;
  if (worst > (q0.intervals ? 1e-3 : 1e-6) && q.log > -Infinity) {
    const fRel = (s: number): number => {
      const t = tOfS(s);
      const ip = intervalProb(noise, t - g, width, t - g0, tol);
      return ip.log > -Infinity && ip.relError > 0 ? sign * Math.exp(s) + ip.log + Math.log(ip.relError) : -Infinity;
    };
    const e = layerIntegral(fRel, zMax, 1e-3, q0.maxEvaluations, false, window);
    if (e.converged || e.log === -Infinity) intervalRel = Math.min(worst, 2 * Math.exp(e.log - q.log) * (1 + (e.relError || 0)));
  }
  return { ...q, relError: q.relError + intervalRel, converged: ok };
}

/**
 * log P(a < N ≤ a + width): finitePair.logIntervalProb, which re-forms from the log-cdfs where the upper tails
 * read an unresolved 0 (both ends far in N's lower tail, F̄ = 1 in doubles: a lognormal with log-mean 100 at
 * t ~ 20 gave log −∞ with relative error 1e287, which the gap had read as an exact 0).
 */
function intervalProb(noise: Distribution, a: number, width: number, b0: number, tol: IntervalTolerance): { log: number; relError: number } {
  return logIntervalProb(noise, a, width, b0, tol);
}

/**
 * The s-window outside which the gap's integrand P(t(s) − g < N ≤ t(s) − g₀) is exactly 0 for a noise with
 * support [a, b]: t(s) ∈ (a + g₀, b + g), t decreasing in s, s(t) = log(1 − r(t)) − log β. Where U's range sits
 * far from the reward's (X ∈ [−1, 0], V ≈ 1e6, tanh: 1 − r ≈ e^{−2e6}) the integrand is non-zero on a stretch
 * of width ~2(g − g₀) near s ≈ −2e6 inside [−1e7, log(2/β)], which the adaptive quadrature can step over (every
 * gap then read as exactly 0). The ends are widened by 1e-9(1 + |s|) and a few ulps of t: the integrand is 0
 * beyond the true ends, so a wider window loses nothing. undefined for a noise unbounded on both sides.
 */
export function gapWindow(r: Reward, lb: number, g: number, g0: number, noise: Distribution): readonly [number, number] | undefined {
  const { lower: a, upper: b } = noise.support;
  if (a === -Infinity && b === Infinity) return undefined;
  if (r.squash !== 'clip' && r.squash !== 'tanh' && r.squash !== 'sigmoid') return undefined;
  const sq = r.squash;
  const sOf = (t: number): number => (t === Infinity ? -Infinity : t === -Infinity ? Math.LN2 - lb : log1mR(sq, (t - r.loc) / r.scale) - lb);
  const nudge = (t: number, dir: 1 | -1): number => (Number.isFinite(t) ? t + dir * 8 * Number.EPSILON * (Math.abs(t) + Math.abs(g) + Math.abs(g0)) : t);
  const lo = sOf(nudge(b + g, 1)), hi = sOf(nudge(a + g0, -1));
  if (Number.isNaN(lo) || Number.isNaN(hi)) return undefined;
  return [lo - 1e-9 * (1 + Math.abs(lo)), hi + 1e-9 * (1 + Math.abs(hi))];
}

/**
 * log ∫_0^{zMax} e^{f(z)} dz for f(z) ≤ −z, in s = log z: ∫_{S_MIN}^{log zMax} e^{f(e^s) + s} ds, with f given
 * as a function of s (so that z = e^s is never formed where it would underflow: a reward saturated to
 * 1 − e^{−800} puts the whole integral near s = −800). A feature at z ~ e^{−100} is then as wide as one at
 * z ~ 1, and e^{−z} decays doubly exponentially past z ~ 40 (logIntegrate locates the peak). The piece
 * z < e^{S_MIN}, at most e^{S_MIN}, is added to the relative error.
 */
export const TOP_CUT = 4e-16;

export function layerIntegral(fOfS: (s: number) => number, zMax: number, relTol = 1e-10, maxEvaluations = 200_000, cutTop = false, window?: readonly [number, number]): LogValue {
  // window: the integrand is exactly 0 outside it (gapWindow), so the integral runs over its intersection only
  const S_MIN = window && window[0] > -1e7 ? window[0] : -1e7;
  // cutTop: stop a few ulps short of z = 2/β, where the level is −1 and t(z) = −∞: the integrand jumps there
  // from F̄(t − g) (≈ 0 for U far below the reward's range) to 1 at a single point, which the peak search would
  // take for the peak. The piece left out is at most zMax·δ·e^{−zMax(1−δ)}, δ the cut in s: a relative error
  // ≤ 2·zMax·δ against W ≥ e^{−zMax} (added by the caller).
  const fullTop = Math.log(zMax) - (cutTop ? TOP_CUT * Math.max(1, Math.abs(Math.log(zMax))) : 0);
  const top = window ? Math.min(fullTop, window[1]) : fullTop;
  if (!(top > S_MIN)) {
    // the whole window lies below e^{−1e7} (its mass is then below the quadrature's reach) or is empty
    return top < -1e7 ? { log: -Infinity, relError: 0, converged: false, reason: 'the gap sits below e^{−10⁷}: beyond the range of the quadrature' } : { log: -Infinity, relError: 0, converged: true };
  }
  const q = logIntegrate((s) => fOfS(s) + s, S_MIN, top, { relTol, maxEvaluations });
  // the piece below S_MIN (at most e^{S_MIN}) is an error only where the window does not end above it
  const cutBelow = S_MIN === -1e7 ? Math.exp(Math.min(700, S_MIN - q.log)) : 0;
  const rel = (q.relError || 0) + (q.log > -Infinity ? cutBelow : 0);
  return { log: q.log, relError: rel, converged: q.converged, ...(q.reason ? { reason: q.reason } : {}) };
}
