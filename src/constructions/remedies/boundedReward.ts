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
 * For a purely discrete N (atomLattice.ts) both are exact sums over the atoms instead (discreteNoiseWeights.ts):
 * the layer cake's integrand is then 0 but on narrow windows of s that the quadrature can miss (measured over
 * 226 sampled discrete noises × clip/tanh/sigmoid: 153 gaps and 11 node values off by more than the layer cake's
 * own error estimate while marked converged, most gaps read as exactly 0). A sum whose error bound reaches
 * ATOM_SUM_LIMIT is reported as not resolved (fromAtoms).
 * A mixed noise (discrete and continuous components) is split: atom sums for the former, a layer cake per
 * component for the latter (mixedSum).
 */
import type { Distribution } from '../../distributions/types.ts';
import { log1mExp, logAddExp, logSumExp } from '../../numerics/logspace.ts';
import { logIntegrate } from '../../numerics/quadrature.ts';
import { EXACT_INTERVALS, logIntervalProb, type IntervalTolerance } from './finitePair.ts';
import { log1mR } from './squashLogs.ts';
import { discreteNoiseParts, logMeanHGapOverAtoms, logMeanHOverAtoms, mixedNoiseSplit, type AtomLogValue } from './discreteNoiseWeights.ts';
import { splitGap } from './floorSideGap.ts';

// the floor side of the gap and the limits of W (split out of this file; re-exported for their importers)
export { levelPointFloorLog, logWLimitGap } from './floorSideGap.ts';

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
  // e ≥ 2 is the level 1 − e ≤ −1, reached on all of R (the layer cake's end z = 2/β, where log β + log(2/β)
  // may round an ulp above log 2 and 2 − e would be negative)
  if (le >= Math.LN2) return r.squash === 'clip' || r.squash === 'tanh' || r.squash === 'sigmoid' ? -Infinity : NaN;
  const e = Math.exp(le);
  const atanh1m = 0.5 * (Math.log(2 - e) - le); // atanh(1 − e)
  switch (r.squash) {
    case 'clip': return r.loc + r.scale * (1 - e);
    case 'tanh': return r.loc + r.scale * atanh1m;
    case 'sigmoid': return r.loc + 2 * r.scale * atanh1m;
    default: return NaN;
  }
}

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
 * An atom sum's relative error is a bound (its blocks' brackets), so a sum with a wide one is still certified:
 * a lattice fine against the reward's scale (geometric p = 1e-4 under a tanh of scale 1000) leaves 1e-5…1e-2
 * after atomSum's 4000 blocks, which the enclosures weigh (callers also read relError as an error of the log,
 * valid to a few per cent below 0.1). A bound ≥ ATOM_SUM_LIMIT (geometric p = 1e-9 under
 * a tanh of scale 1000: about 1 in 2000 sampled discrete noises) is reported as not resolved rather than handed
 * to the layer cake, which can miss the windows between atoms there. Only a sum that met a NaN (a closed form
 * outside its range) falls back to the layer cake.
 */
const ATOM_SUM_LIMIT = 0.1;

/** An atom sum as a LogValue; undefined where it met a NaN (the caller falls back to the layer cake). */
function fromAtoms(s: AtomLogValue): LogValue | undefined {
  if (s.bad || Number.isNaN(s.log) || Number.isNaN(s.relError)) return undefined;
  if (s.log === -Infinity) return s.exactZero ? { log: -Infinity, relError: 0, converged: true } : { log: -Infinity, relError: 0, converged: false, reason: 'sum over the atoms of the noise read as 0 where rounding could hide a positive term' };
  if (!(s.relError < ATOM_SUM_LIMIT)) return { log: s.log, relError: s.relError, converged: false, reason: `sum over the atoms of the noise not resolved: error bound ${s.relError.toPrecision(3)} (a lattice fine against the reward's scale)` };
  return { log: s.log, relError: s.relError + 8 * Number.EPSILON * Math.abs(s.log), converged: true };
}

/**
 * A mixed noise (discrete and continuous components, discreteNoiseWeights.mixedNoiseSplit): the discrete
 * components' sub-probability atom sum plus each continuous component's own layer cake, weighted — all terms ≥ 0,
 * so the sum's relative error is their weighted mean. undefined where the atom sum is not resolved.
 */
function mixedSum(atoms: AtomLogValue, comps: readonly LogValue[], ws: readonly number[]): LogValue | undefined {
  const a = fromAtoms(atoms);
  if (!a) return undefined;
  const terms = [a, ...comps.map((c, i) => ({ ...c, log: c.log + Math.log(ws[i]) }))];
  const bad = terms.find((t) => !t.converged || Number.isNaN(t.log));
  const log = logSumExp(terms.map((t) => t.log));
  const rel = log === -Infinity ? 0 : terms.reduce((e, t) => e + (t.log === -Infinity ? 0 : Math.exp(t.log - log) * t.relError), 0);
  if (bad) return { log, relError: rel, converged: false, ...(bad.reason ? { reason: bad.reason } : {}) };
  return { log, relError: rel + 8 * Number.EPSILON * Math.abs(log), converged: true };
}

/** log E[e^{(r(g + N) − 1)/β}] for a bounded squash (see the file comment). */
export function logMeanH(r: Reward, beta: number, g: number, noise: Distribution, q0: QuadratureBudget = {}): LogValue {
  const floor = -2 / beta;
  if (r.squash === 'step') {
    const log = logAddExp(floor, log1mExp(floor) + noise.logSf(r.loc - g));
    return { log, relError: 1e-13 + 8 * Number.EPSILON * Math.abs(log), converged: true };
  }
  const parts = discreteNoiseParts(noise);
  const exact = parts && fromAtoms(logMeanHOverAtoms(r, beta, g, parts, q0.relTol ?? 1e-10));
  if (exact) return exact;
  const split = mixedNoiseSplit(noise);
  const mixed = split && mixedSum(logMeanHOverAtoms(r, beta, g, split.atoms, q0.relTol ?? 1e-10), split.continuous.map((c) => logMeanH(r, beta, g, c.d, q0)), split.continuous.map((c) => c.w));
  if (mixed) return mixed;
  const lb = Math.log(beta);
  const q = layerIntegral((s) => -Math.exp(s) + logSfAt(noise, levelPointLog(r, lb + s) - g), 2 / beta, q0.relTol, q0.maxEvaluations, true);
  const log = logAddExp(floor, q.log);
  // the integral's relative error counts in proportion to its share of the sum (formed in log space), plus
  // the piece cut at the top (layerIntegral), relative to W ≥ e^{−2/β}
  const cut = 2 * (2 / beta) * TOP_CUT * Math.max(1, Math.abs(Math.log(2 / beta)));
  const relPart = (q.log > -Infinity && q.relError > 0 ? Math.exp(q.log - log + Math.log(q.relError)) : 0) + cut;
  // a log of size |log| carries an absolute rounding error of a few ulps of |log|: that much relative error in W
  // the quadrature's own tolerance is relative to the integral; what counts is its error relative to W
  // (a NaN integral is never "negligible": relPart would read 0 for it)
  const ok = !Number.isNaN(q.log) && (q.converged || relPart < 1e-9);
  return { log, relError: relPart + 1e-14 + 8 * Number.EPSILON * Math.abs(log), converged: ok, ...(ok || !q.reason ? {} : { reason: q.reason }) };
}

/**
 * W(g) − W(g₀) for g ≥ g₀ (W(g) = E[e^{(r(g + N) − 1)/β}]), as a log, without cancellation: by the layer cake
 *   W(g) − W(g₀) = ∫_0^{2/β} e^{−z} P(t(z) − g < N ≤ t(z) − g₀) dz   ('step': (1 − e^{−2/β})·P(loc − g < N ≤ loc − g₀)),
 * each interval probability formed directly (finitePair.logIntervalProb). Resolves gains in V far below the
 * rounding of W itself (a saturated tanh, a heavy X whose scale dwarfs the values of V).
 */
export function logMeanHGap(r: Reward, beta: number, g: number, g0: number, noise: Distribution, q0: QuadratureBudget = {}): LogValue {
  if (!(g > g0)) return { log: -Infinity, relError: 0, converged: true };
  const width = g - g0;
  if (r.squash === 'step') {
    const ip = logIntervalProb(noise, r.loc - g, width, r.loc - g0);
    return { log: log1mExp(-2 / beta) + ip.log, relError: ip.relError, converged: true };
  }
  const parts = discreteNoiseParts(noise);
  const exact = parts && fromAtoms(logMeanHGapOverAtoms(r, beta, g, g0, parts, q0.relTol ?? 1e-10));
  if (exact) return exact;
  const split = mixedNoiseSplit(noise);
  const mixed = split && mixedSum(logMeanHGapOverAtoms(r, beta, g, g0, split.atoms, q0.relTol ?? 1e-10), split.continuous.map((c) => logMeanHGap(r, beta, g, g0, c.d, q0)), split.continuous.map((c) => c.w));
  if (mixed) return mixed;
  const lb = Math.log(beta);
  const tol = q0.intervals ?? EXACT_INTERVALS;
  const whole = gapLayer((s) => levelPointLog(r, lb + s), 2 / beta, gapWindow(r, lb, g, g0, noise), g, g0, noise, q0, tol);
  // a failed or zero whole (the gap is > 0 for tanh and sigmoid: a zero is the collapse near the floor, below)
  // falls back to the split at z = 1/β; a whole that converged to a positive value is kept bit for bit
  if (whole.converged && whole.log > -Infinity) return whole;
  if (r.squash !== 'tanh' && r.squash !== 'sigmoid' && r.squash !== 'clip') return whole;
  const halves = splitGap(r, beta, g, g0, noise, q0, tol);
  return halves.converged && !(whole.converged && halves.log === -Infinity) ? halves : whole;
}

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
const TOP_CUT = 4e-16;

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
