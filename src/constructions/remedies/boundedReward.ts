/**
 * A bounded reward r(U) = m((U − loc)/s) ∈ [−1, 1] (the post's remedy "Make reward a bounded function, e.g.
 * always in the interval [−1, 1]") and its KL-penalised optimum: by Gibbs (claims.md §1) the maximiser of
 * E_P[r] − βD(P‖Q) is dP⋆/dQ = e^{r/β}/Z, Z = E_Q[e^{r/β}] ∈ [e^{−1/β}, e^{1/β}] — finite for every β > 0 and
 * every law of U. Squashes m: 'clip' (max(−1, min(1, y))), 'tanh', 'sigmoid' (2σ(y) − 1 = tanh(y/2)), 'step'
 * (1 for y > 0, −1 otherwise); 'identity' (r = y, unbounded) is the reward without the remedy.
 * With h = e^{(r − 1)/β} ∈ [e^{−2/β}, 1] (Z scaled by e^{−1/β}, so nothing overflows) and the layer cake over
 * the level y = 1 − βz of r (z ∈ (0, 2/β)):
 *   E[h(g + N)] = e^{−2/β} + ∫_0^{2/β} e^{−z} F̄_N(t(z) − g) dz,  t(z) = r⁻¹(1 − βz),
 * one log-space quadrature per atom in s = log z (logIntegrate, adaptive Gauss–Kronrod with its error estimate).
 * For 'step': E[h(g + N)] = e^{−2/β} + (1 − e^{−2/β})·F̄_N(loc − g) exactly.
 */
import type { Distribution } from '../../distributions/types.ts';
import { log1mExp, logAddExp } from '../../numerics/logspace.ts';
import { logIntegrate } from '../../numerics/quadrature.ts';
import { logIntervalProb } from './finitePair.ts';

export type Squash = 'clip' | 'tanh' | 'sigmoid' | 'step' | 'identity';
export interface Reward { readonly squash: Squash; readonly loc: number; readonly scale: number }

export const BOUNDED: readonly Squash[] = ['clip', 'tanh', 'sigmoid', 'step'];
/** strictly increasing on R (so E_N[h(v + N)] is strictly increasing in v for every N) */
export const STRICTLY_INCREASING: readonly Squash[] = ['tanh', 'sigmoid', 'identity'];

/** r(u) */
export function rewardAt(r: Reward, u: number): number {
  const y = (u - r.loc) / r.scale;
  switch (r.squash) {
    case 'clip': return Math.max(-1, Math.min(1, y));
    case 'tanh': return Math.tanh(y);
    case 'sigmoid': return Math.tanh(y / 2);
    case 'step': return y > 0 ? 1 : -1;
    case 'identity': return y;
  }
}

/** The point t with r(t) = 1 − e, e ∈ (0, 2) (bounded continuous squashes). */
export function levelPoint(r: Reward, e: number): number {
  return levelPointLog(r, Math.log(e));
}

/** levelPoint at e = e^{le}: le may lie far below the double range of e (a reward saturated to 1 − e^{−800}). */
export function levelPointLog(r: Reward, le: number): number {
  const e = Math.exp(le);
  const atanh1m = 0.5 * (Math.log(2 - e) - le); // atanh(1 − e)
  switch (r.squash) {
    case 'clip': return r.loc + r.scale * (1 - e);
    case 'tanh': return r.loc + r.scale * atanh1m;
    case 'sigmoid': return r.loc + 2 * r.scale * atanh1m;
    default: return NaN;
  }
}

export interface LogValue { readonly log: number; readonly relError: number; readonly converged: boolean; readonly reason?: string }

/** log E[e^{(r(g + N) − 1)/β}] for a bounded squash (see the file comment). */
export function logMeanH(r: Reward, beta: number, g: number, noise: Distribution): LogValue {
  const floor = -2 / beta;
  if (r.squash === 'step') {
    const log = logAddExp(floor, log1mExp(floor) + noise.logSf(r.loc - g));
    return { log, relError: 1e-13 + 8 * Number.EPSILON * Math.abs(log), converged: true };
  }
  const lb = Math.log(beta);
  const q = layerIntegral((s) => -Math.exp(s) + noise.logSf(levelPointLog(r, lb + s) - g), 2 / beta);
  const log = logAddExp(floor, q.log);
  // the integral's relative error counts in proportion to its share of the sum (formed in log space)
  const relPart = q.log > -Infinity && q.relError > 0 ? Math.exp(q.log - log + Math.log(q.relError)) : 0;
  // a log of size |log| carries an absolute rounding error of a few ulps of |log|: that much relative error in W
  // the quadrature's own tolerance is relative to the integral; what counts is its error relative to W
  const ok = q.converged || relPart < 1e-9;
  return { log, relError: relPart + 1e-14 + 8 * Number.EPSILON * Math.abs(log), converged: ok, ...(ok || !q.reason ? {} : { reason: q.reason }) };
}

/**
 * W(g) − W(g₀) for g ≥ g₀ (W(g) = E[e^{(r(g + N) − 1)/β}]), as a log, without cancellation: by the layer cake
 *   W(g) − W(g₀) = ∫_0^{2/β} e^{−z} P(t(z) − g < N ≤ t(z) − g₀) dz   ('step': (1 − e^{−2/β})·P(loc − g < N ≤ loc − g₀)),
 * each interval probability formed directly (finitePair.logIntervalProb). Resolves gains in V far below the
 * rounding of W itself (a saturated tanh, a heavy X whose scale dwarfs the values of V).
 */
export function logMeanHGap(r: Reward, beta: number, g: number, g0: number, noise: Distribution): LogValue {
  if (!(g > g0)) return { log: -Infinity, relError: 0, converged: true };
  const width = g - g0;
  if (r.squash === 'step') {
    const ip = logIntervalProb(noise, r.loc - g, width, r.loc - g0);
    return { log: log1mExp(-2 / beta) + ip.log, relError: ip.relError, converged: true };
  }
  let worst = 0;
  const lb = Math.log(beta);
  const f = (s: number): number => {
    const t = levelPointLog(r, lb + s);
    const ip = logIntervalProb(noise, t - g, width, t - g0);
    if (ip.relError > worst && ip.log > -Infinity) worst = ip.relError;
    return -Math.exp(s) + ip.log;
  };
  const q = layerIntegral(f, 2 / beta);
  // a quadrature stopped short of its tolerance still carries its error estimate, which the verdict weighs
  const ok = q.converged || q.relError < 1e-3;
  return { ...q, relError: q.relError + worst, converged: ok };
}

/**
 * log ∫_0^{zMax} e^{f(z)} dz for f(z) ≤ −z, in s = log z: ∫_{S_MIN}^{log zMax} e^{f(e^s) + s} ds, with f given
 * as a function of s (so that z = e^s is never formed where it would underflow: a reward saturated to
 * 1 − e^{−800} puts the whole integral near s = −800). A feature at z ~ e^{−100} is then as wide as one at
 * z ~ 1, and e^{−z} decays doubly exponentially past z ~ 40 (logIntegrate locates the peak). The piece
 * z < e^{S_MIN}, at most e^{S_MIN}, is added to the relative error.
 */
function layerIntegral(fOfS: (s: number) => number, zMax: number): LogValue {
  const S_MIN = -1e7;
  const q = logIntegrate((s) => fOfS(s) + s, S_MIN, Math.log(zMax), { relTol: 1e-10 });
  const rel = (q.relError || 0) + (q.log > -Infinity ? Math.exp(Math.min(700, S_MIN - q.log)) : 0);
  return { log: q.log, relError: rel, converged: q.converged, ...(q.reason ? { reason: q.reason } : {}) };
}
