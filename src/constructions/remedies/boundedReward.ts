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
import { EXACT_INTERVALS, logIntervalProb } from './finitePair.ts';
import { discreteNoiseParts, logMeanHGapOverAtoms, logMeanHOverAtoms, mixedNoiseSplit, type AtomLogValue } from './discreteNoiseWeights.ts';
import { splitGap } from './floorSideGap.ts';

import { levelPointLog, type Reward } from './reward.ts';
import { gapLayer, gapWindow, layerIntegral, logSfAt, TOP_CUT, type LogValue, type QuadratureBudget } from './layerCake.ts';

// split out of this file (the reward, the layer-cake quadrature, the floor side and the limits of W); re-exported
// for their importers
export { levelPointFloorLog, logWLimitGap } from './floorSideGap.ts';
export { BOUNDED, levelPoint, levelPointLog, rewardAt, STRICTLY_INCREASING, type Reward, type Squash } from './reward.ts';
export { gapLayer, gapWindow, layerIntegral, logSfAt, type LogValue, type QuadratureBudget } from './layerCake.ts';

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
