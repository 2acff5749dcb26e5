/**
 * Log-space kernels of the bounded-reward weight h = e^{(r − 1)/β} ∈ [e^{−2/β}, 1] (boundedReward.ts) as a
 * function of y = (u − loc)/scale, for the continuous squashes (clip, tanh, sigmoid = tanh(y/2)), formed
 * without cancellation (numerics.md, "log space"). The one home of these formulas: rewardGap.ts adapts them to
 * a Reward and a point u (with error bounds), discreteNoiseWeights.ts sums them over atoms.
 *   1 − tanh y = 2/(1 + e^{2y}), 1 + tanh y = 2/(1 + e^{−2y})        (log: log 2 − log1pExp(±2y))
 *   tanh y₁ − tanh y₀ = sinh(y₁ − y₀)/(cosh y₁ cosh y₀)                 (DLMF 4.35.24; see logRiseBounded)
 *   h(y₁) − h(y₀) = h(y₀)·expm1((r₁ − r₀)/β),  h(y) − e^{−2/β} = e^{−2/β}·expm1((1 + r)/β),  1 − h = −expm1(log h)
 *   h′(y) = h(y)·r′(y)/β,  r′ = 1/cosh² y (tanh), 1/(2cosh²(y/2)) (sigmoid), 1{|y| < 1} (clip).
 * log h′ is unimodal in y for tanh and sigmoid (in r it is (r − 1)/β + log(1 − r²) + const, concave), with its
 * mode at r⋆ = √(1 + β²) − β; for clip h′ = h/β rises on (−1, 1) and is 0 outside.
 */
import { log1pExp } from '../../numerics/logspace.ts';

export type SmoothSquash = 'clip' | 'tanh' | 'sigmoid';

const LN2 = Math.LN2;
const EPS = Number.EPSILON;
/** a·b with 0·∞ = 0 (an error of ∞ in a term whose weight is exactly 0) */
export const mulZeroSafe = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a * b);
/** log cosh y */
const logCosh = (y: number): number => { const a = Math.abs(y); return a - LN2 + Math.log1p(Math.exp(-2 * a)); };
/** log sinh e for e > 0 given with le = log e (e may lie below the double range) */
const logSinh = (e: number, le: number): number => (e < 1e-150 ? le : e < 20 ? Math.log(Math.sinh(e)) : e - LN2 + Math.log1p(-Math.exp(-2 * e)));
/** the argument of tanh: r(y) = tanh(k·y) */
const tanhScale = (sq: SmoothSquash): number => (sq === 'tanh' ? 1 : 0.5);

/** log(1 − r(y)) (−∞ where r = 1) */
export function log1mR(sq: SmoothSquash, y: number): number {
  if (sq === 'clip') return y >= 1 ? -Infinity : y <= -1 ? LN2 : Math.log1p(-y);
  return LN2 - log1pExp(2 * tanhScale(sq) * y);
}

/** log(1 + r(y)) (−∞ where r = −1) */
export function log1pR(sq: SmoothSquash, y: number): number {
  if (sq === 'clip') return y <= -1 ? -Infinity : y >= 1 ? LN2 : Math.log1p(y);
  return LN2 - log1pExp(-2 * tanhScale(sq) * y);
}

/** r(y) − 1 ∈ [−2, 0], accurate where r is within rounding of 1 (clip: y − 1, exact for y ∈ [½, 2]) */
export function rMinusOne(sq: SmoothSquash, y: number): number {
  return sq === 'clip' ? Math.min(0, Math.max(-2, y - 1)) : -Math.exp(log1mR(sq, y));
}

/** log r′(y) (per unit y) */
export function logRPrime(sq: SmoothSquash, y: number): number {
  if (sq === 'tanh') return -2 * logCosh(y);
  if (sq === 'sigmoid') return -LN2 - 2 * logCosh(y / 2);
  return Math.abs(y) < 1 ? 0 : -Infinity;
}

/** log h(y) = (r(y) − 1)/β */
export const logH = (sq: SmoothSquash, beta: number, y: number): number => rMinusOne(sq, y) / beta;

/**
 * log expm1(e^{la}) = log(e^a − 1): la + a/2 for a < e^{−30} (the next term, a²/24, is below 1e-27), a + log(1 − e^{−a})
 * for a > 30, log(expm1(a)) between.
 */
export function logExpm1OfExp(la: number): number {
  if (la < -30) return la + 0.5 * Math.exp(la);
  const a = Math.exp(la);
  return a > 30 ? a + Math.log1p(-Math.exp(-a)) : Math.log(Math.expm1(a));
}

/** log(1 − h(y)) = log(1 − e^{−a}), a = (1 − r)/β formed as a log (a may lie below the double range: r = 1 − e^{−8000}) */
export const logOneMinusH = (sq: SmoothSquash, beta: number, y: number): number => {
  const la = log1mR(sq, y) - Math.log(beta);
  if (la === -Infinity) return -Infinity;
  const a = Math.exp(la);
  return a < 1e-8 ? la + Math.log1p(-a / 2) : Math.log(-Math.expm1(-a));
};

/** log(h(y) − e^{−2/β}) */
export const logHAboveFloor = (sq: SmoothSquash, beta: number, y: number): number => -2 / beta + logExpm1OfExp(log1pR(sq, y) - Math.log(beta));

/** log h′(y) per unit y (−∞ where r is flat) */
export const logHPrime = (sq: SmoothSquash, beta: number, y: number): number => {
  if (!Number.isFinite(y)) return -Infinity;
  const rp = logRPrime(sq, y);
  return rp === -Infinity ? -Infinity : logH(sq, beta, y) + rp - Math.log(beta);
};

/** The mode y⋆ of h′ (file comment): atanh(r⋆) for tanh, twice that for sigmoid, 1 (its supremum) for clip. */
export function hPrimeMode(sq: SmoothSquash, beta: number): number {
  if (sq === 'clip') return 1;
  const s = Math.hypot(1, beta);
  // 1 − r⋆ = (β²/(s + 1) + β)/(s + β), 1 + r⋆ = (s + β + 1)/(s + β)
  const at = 0.5 * (Math.log(s + beta + 1) - Math.log((beta * beta) / (s + 1) + beta));
  return sq === 'tanh' ? at : 2 * at;
}

/** max and min of log h′ over [ya, yb] (ya ≤ yb, either may be infinite) */
export function logHPrimeRange(sq: SmoothSquash, beta: number, ya: number, yb: number): { max: number; min: number } {
  if (sq === 'clip') {
    if (!(ya < 1 && yb > -1)) return { max: -Infinity, min: -Infinity };
    const max = logH(sq, beta, Math.min(yb, 1)) - Math.log(beta);
    return { max, min: ya > -1 && yb < 1 ? logH(sq, beta, ya) - Math.log(beta) : -Infinity };
  }
  const m = Math.min(yb, Math.max(ya, hPrimeMode(sq, beta)));
  return { max: logHPrime(sq, beta, m), min: Math.min(logHPrime(sq, beta, ya), logHPrime(sq, beta, yb)) };
}

/** A positive value e^{l} with relative error bound rel */
export interface LogWithError { readonly l: number; readonly rel: number }

/**
 * log(r(y₁) − r(y₀)) for y₀ ≤ y₁ (either may be infinite), d = y₁ − y₀ ≥ 0 given with ld = log d (the caller's d
 * may be more accurate than y₁ − y₀, and ld may lie below the double range), e₀, e₁ absolute errors of y₀, y₁;
 * rel bounds the relative error of the rise from them and from rounding. With t = k·y (k = 1 tanh, ½ sigmoid):
 *   opposite signs (or d not finite): tanh t₁ − tanh t₀, a sum of two magnitudes (each end's error through sech²);
 *   k·d < 1: sinh(kd)/(cosh t₀ cosh t₁) (errors of t through log cosh, slope ≤ 1);
 *   one side of 0, k·d ≥ 1: from the two tails, e^{ℓ₀} − e^{ℓ₁}, ℓ = log(1 ∓ tanh t), nearer end first: an error
 *   in the far end's ℓ counts only in proportion to e^{ℓ_far − ℓ_near} ≤ e^{−2} (a far end beyond the double range
 *   of 1 − r costs nothing; sinh/cosh·cosh would lose the near end's t against d when d ≫ |t|).
 * clip: d itself where [y₀ ± e₀, y₁ ± e₁] lies in [−1, 1) (then y₀ + d < 1 exactly), else min(y₁, 1) − max(y₀, −1).
 */
export function logRiseBounded(sq: SmoothSquash, y0: number, y1: number, d: number, ld: number, e0 = 0, e1 = 0): LogWithError {
  if (Number.isNaN(y0) || Number.isNaN(y1) || Number.isNaN(ld)) return { l: NaN, rel: Infinity };
  if (ld === -Infinity || y1 < y0) return { l: -Infinity, rel: 0 };
  if (sq === 'clip') {
    if (y0 - e0 >= -1 && y1 + e1 < 1) return { l: ld, rel: 4 * EPS };
    const lo = Math.max(y0, -1), hi = Math.min(y1, 1);
    if (!(hi > lo)) return { l: -Infinity, rel: 0 };
    const dr = hi - lo;
    const err = (y0 + e0 > -1 ? e0 : 0) + (y1 - e1 < 1 ? e1 : 0) + 4 * EPS;
    return { l: Math.log(dr), rel: Math.min(1, err / dr) };
  }
  const k = tanhScale(sq);
  const t0 = k * y0, t1 = k * y1, ea = k * e0, eb = k * e1;
  if (t0 === -Infinity && t1 === Infinity) return { l: LN2, rel: 0 };
  if (t1 === Infinity) return { l: log1mR(sq, y0), rel: 2 * ea + 4 * EPS };
  if (t0 === -Infinity) return { l: log1pR(sq, y1), rel: 2 * eb + 4 * EPS };
  const kd = k * d;
  if (!Number.isFinite(kd) || (t0 < 0 && t1 > 0)) {
    const dr = Math.tanh(t1) - Math.tanh(t0);
    const sech2 = (t: number): number => Math.exp(-2 * logCosh(t));
    return { l: Math.log(dr), rel: (mulZeroSafe(ea, sech2(t0)) + mulZeroSafe(eb, sech2(t1))) / dr + 4 * EPS };
  }
  if (kd < 1) return { l: logSinh(kd, ld + Math.log(k)) - logCosh(t0) - logCosh(t1), rel: ea + eb + 8 * EPS };
  const [lNear, lFar] = t0 >= 0 ? [log1mR(sq, y0), log1mR(sq, y1)] : [log1pR(sq, y1), log1pR(sq, y0)];
  // both ends beyond ~e^{−1.8e308} of r's bound (|t| ~ 1e308): the rise is below the double range of its log
  if (lNear === -Infinity) return { l: -Infinity, rel: 0 };
  const [eNear, eFar] = t0 >= 0 ? [ea, eb] : [eb, ea];
  const x = lFar - lNear; // ≤ about −2kd
  return { l: lNear + Math.log(-Math.expm1(x)), rel: (2 * eNear + 2 * mulZeroSafe(eFar, Math.exp(x))) / -Math.expm1(x) + 8 * EPS };
}

/** log(r(y₀ + d) − r(y₀)), d ≥ 0 given with ld = log d (d may lie below the double range) */
export const logRGap = (sq: SmoothSquash, y0: number, d: number, ld: number): number => logRiseBounded(sq, y0, y0 + d, d, ld).l;

/** log(h(y₁) − h(y₀)) = log h(y₀) + log expm1(e^{lD}/β) from lh0 = log h(y₀) and lD = log(r(y₁) − r(y₀)) */
export const logHGapOfRise = (beta: number, lh0: number, lD: number): number => (lD === -Infinity ? -Infinity : lh0 + logExpm1OfExp(lD - Math.log(beta)));

/** log(h(y₀ + d) − h(y₀)) for d ≥ 0, ld = log d */
export const logHGap = (sq: SmoothSquash, beta: number, y0: number, d: number, ld: number): number =>
  logHGapOfRise(beta, logH(sq, beta, y0), logRGap(sq, y0, d, ld));
