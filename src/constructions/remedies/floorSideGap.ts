/**
 * The floor side of the bounded reward's layer cakes (boundedReward.ts): the level measured from the reward's
 * floor, r(t) = −1 + βw (levelPointFloorLog), the s-window of the floor-side gap (floorGapWindow), the gap
 * W(g) − W(g₀) split at z = 1/β (splitGap: logMeanHGap's fallback where U sits far below the reward's range),
 * and the limits 1 − W(g), W(g) − e^{−2/β} as logs without cancellation (logWLimitGap). Moved out of
 * boundedReward.ts unchanged; boundedReward.ts re-exports levelPointFloorLog and logWLimitGap.
 */
import type { Distribution } from '../../distributions/types.ts';
import { logAddExp } from '../../numerics/logspace.ts';
import type { IntervalTolerance } from './finitePair.ts';
import { log1mR, log1pR } from './squashLogs.ts';
import { discreteNoiseParts, mixedNoiseSplit } from './discreteNoiseWeights.ts';
import { levelPointLog, type Reward } from './reward.ts';
import { gapLayer, gapWindow, layerIntegral, logSfAt, type LogValue, type QuadratureBudget } from './layerCake.ts';

/**
 * The gap split at z = 1/β: W(g) − W(g₀) = ∫_0^{1/β} e^{−z} P(…) dz + e^{−2/β} ∫_0^{1/β} e^{w} P(…) dw, the second
 * half in w = 2/β − z (the level measured from the floor: r(t) = −1 + βw, t = levelPointFloorLog). Where U sits far
 * below the reward's range (X = −1 − Pareto(100, 0.97), tanh: r(U) + 1 ≈ 2e^{2U} ≤ 2e^{−202}) the whole
 * integrand lives at z within e^{−202} of 2/β: in s = log z that is below the rounding of log(2/β), so the
 * single layer cake reads every gap as exactly 0; in log w it is a stretch of width O(1) near log w ≈ −200.
 * Both halves carry their error estimates; the sum's relative error is their weighted mean.
 */
export function splitGap(r: Reward, beta: number, g: number, g0: number, noise: Distribution, q0: QuadratureBudget, tol: IntervalTolerance): LogValue {
  const lb = Math.log(beta);
  const low = gapLayer((s) => levelPointLog(r, lb + s), 1 / beta, gapWindow(r, lb, g, g0, noise), g, g0, noise, q0, tol);
  const high = gapLayer((s) => levelPointFloorLog(r, lb + s), 1 / beta, floorGapWindow(r, lb, g, g0, noise), g, g0, noise, q0, tol, 1);
  const hi = { ...high, log: high.log - 2 / beta };
  const log = logAddExp(low.log, hi.log);
  const share = (x: LogValue) => (x.log === -Infinity ? 0 : Math.exp(x.log - log) * x.relError);
  const relError = log === -Infinity ? 0 : share(low) + share(hi) + 8 * Number.EPSILON * (1 + 2 / beta);
  const bad = [low, high].find((x) => !x.converged);
  return { log, relError, converged: !bad && !Number.isNaN(log), ...(bad?.reason ? { reason: bad.reason } : {}) };
}

/**
 * The limits of W for a continuous noise, as logs without cancellation (tiltEnclosure's bounds beyond an
 * infinite end of V, where W(μ) is within rounding of 1 or of the floor: X = Lognormal(100, 1.5) under a tanh
 * gives W(μ) = 1 − e^{−2137}, and −expm1(log W(μ)) read 0 with an error bound e^{2137} times the gap scale):
 *   1 − W(g) = ∫_0^{2/β} e^{−z} F_N(t(z) − g) dz                    (layer cake of 1 − h against the level of r)
 *   W(g) − e^{−2/β} = ∫_0^{1/β} e^{−z} F̄_N(t(z) − g) dz + e^{−2/β} ∫_0^{1/β} e^{w} F̄_N(t′(w) − g) dw  (split as splitGap)
 * Each log-tail value carries an absolute error ~1e-13·(1 + |log|), counted as a relative error of the integral
 * at its largest over the nodes. undefined for a discrete or mixed noise, or a step/identity reward.
 */
export function logWLimitGap(r: Reward, beta: number, g: number, noise: Distribution, side: 'up' | 'down', q0: QuadratureBudget = {}): LogValue | undefined {
  if (r.squash !== 'clip' && r.squash !== 'tanh' && r.squash !== 'sigmoid') return undefined;
  if (noise.support.kind !== 'continuous' || discreteNoiseParts(noise) || mixedNoiseSplit(noise)) return undefined;
  const lb = Math.log(beta);
  let worst = 0;
  const track = (l: number): number => { if (l > -Infinity && 1e-13 * (1 + Math.abs(l)) > worst) worst = 1e-13 * (1 + Math.abs(l)); return l; };
  const { lower: a, upper: b } = noise.support;
  const sq = r.squash;
  if (side === 'up') {
    // F_N(t − g) = 0 for t ≤ a + g: s ≥ log(1 − r(a + g)) − log β
    const w: [number, number] | undefined = a > -Infinity ? [-1e7, log1mR(sq, (a + g - r.loc) / r.scale) - lb + 1e-9 * (1 + Math.abs(log1mR(sq, (a + g - r.loc) / r.scale) - lb))] : undefined;
    const q = layerIntegral((s) => -Math.exp(s) + track(logCdfAt(noise, levelPointLog(r, lb + s) - g)), 2 / beta, q0.relTol, q0.maxEvaluations, false, w);
    return { log: q.log, relError: q.relError + worst, converged: q.converged && !Number.isNaN(q.log), ...(q.reason ? { reason: q.reason } : {}) };
  }
  // F̄_N(t − g) = 0 for t ≥ b + g: top side s ≤ log(1 − r(b + g)) − log β, floor side s′ ≤ log(1 + r(b + g)) − log β
  const sTop = b < Infinity ? log1mR(sq, (b + g - r.loc) / r.scale) - lb : undefined;
  const sFloor = b < Infinity ? log1pR(sq, (b + g - r.loc) / r.scale) - lb : undefined;
  const low = layerIntegral((s) => -Math.exp(s) + track(logSfAt(noise, levelPointLog(r, lb + s) - g)), 1 / beta, q0.relTol, q0.maxEvaluations, false, sTop === undefined ? undefined : [sTop - 1e-9 * (1 + Math.abs(sTop)), Infinity]);
  const high = layerIntegral((s) => Math.exp(s) + track(logSfAt(noise, levelPointFloorLog(r, lb + s) - g)), 1 / beta, q0.relTol, q0.maxEvaluations, false, sFloor === undefined ? undefined : [-1e7, sFloor + 1e-9 * (1 + Math.abs(sFloor))]);
  const hi = { ...high, log: high.log - 2 / beta };
  const log = logAddExp(low.log, hi.log);
  const share = (x: LogValue) => (x.log === -Infinity ? 0 : Math.exp(x.log - log) * x.relError);
  const relError = log === -Infinity ? 0 : share(low) + share(hi) + worst + 8 * Number.EPSILON * (1 + 2 / beta);
  const bad = [low, high].find((x) => !x.converged);
  return { log, relError, converged: !bad && !Number.isNaN(log), ...(bad?.reason ? { reason: bad.reason } : {}) };
}

/** log P(N ≤ x), exactly −∞ at x = −∞ and 0 at x = +∞. */
const logCdfAt = (noise: Distribution, x: number): number => (x === -Infinity ? -Infinity : x === Infinity ? 0 : Math.min(0, noise.logCdf(x)));

/** The point t with r(t) = −1 + e, e = e^{le} ∈ (0, 2) (the floor side of levelPointLog: atanh(e − 1) = −atanh(1 − e)). */
export function levelPointFloorLog(r: Reward, le: number): number {
  if (le >= Math.LN2) return r.squash === 'clip' || r.squash === 'tanh' || r.squash === 'sigmoid' ? Infinity : NaN;
  const e = Math.exp(le);
  const atanh1m = 0.5 * (Math.log(2 - e) - le); // atanh(1 − e) = −atanh(e − 1)
  switch (r.squash) {
    case 'clip': return r.loc + r.scale * (e - 1);
    case 'tanh': return r.loc - r.scale * atanh1m;
    case 'sigmoid': return r.loc - 2 * r.scale * atanh1m;
    default: return NaN;
  }
}

/** gapWindow on the floor side: t(w) increasing, log w(t) = log(1 + r(t)) − log β (squashLogs.log1pR). */
function floorGapWindow(r: Reward, lb: number, g: number, g0: number, noise: Distribution): readonly [number, number] | undefined {
  const { lower: a, upper: b } = noise.support;
  if (a === -Infinity && b === Infinity) return undefined;
  if (r.squash !== 'clip' && r.squash !== 'tanh' && r.squash !== 'sigmoid') return undefined;
  const sq = r.squash;
  const sOf = (t: number): number => (t === -Infinity ? -Infinity : t === Infinity ? Math.LN2 - lb : log1pR(sq, (t - r.loc) / r.scale) - lb);
  const nudge = (t: number, dir: 1 | -1): number => (Number.isFinite(t) ? t + dir * 8 * Number.EPSILON * (Math.abs(t) + Math.abs(g) + Math.abs(g0)) : t);
  const lo = sOf(nudge(a + g0, -1)), hi = sOf(nudge(b + g, 1));
  if (Number.isNaN(lo) || Number.isNaN(hi)) return undefined;
  return [lo - 1e-9 * (1 + Math.abs(lo)), hi + 1e-9 * (1 + Math.abs(hi))];
}
