/**
 * The bounded-reward weight h(u) = e^{(r(u) − 1)/β} ∈ [e^{−2/β}, 1] (boundedReward.ts) at a point, and the gap
 * h(u) − h(u₀) between two points, both in log space and without cancellation where r saturates (r = 1 − e^{−800}
 * at both points): for a < b,
 *   tanh:    r(b) − r(a) = sinh(d)/(cosh y_a·cosh y_b),  d = (b − a)/s,  y = (u − loc)/s   (tanh b − tanh a identity);
 *   sigmoid: the same at y/2 (2σ(y) − 1 = tanh(y/2));
 *   clip:    min(y_b, 1) − max(y_a, −1) (d itself where both are inside (−1, 1)); step: 2 or 0 exactly;
 *   h(b) − h(a) = h(a)·expm1((r(b) − r(a))/β),  log h(a) = (r(a) − 1)/β,  1 − tanh y = 2/(1 + e^{2y}).
 * u may be ±∞ (the limits h(−∞) = e^{−2/β}, h(+∞) = 1). Each result carries a relative error bound: the rounding
 * of y (absolute ε|y|, passed through log cosh with slope ≤ 1) and of d, amplified by expm1's slope (x + 1).
 */
import { log1pExp } from '../../numerics/logspace.ts';
import type { Reward } from './boundedReward.ts';

const EPS = Number.EPSILON;
/** a·b with 0·∞ = 0 (an error of ∞ in a term whose weight is exactly 0). */
const mul = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a * b);

/** A signed value s·e^{l} with relative error rel (s = 0: exactly 0). */
export interface SignedGap { readonly s: -1 | 0 | 1; readonly l: number; readonly rel: number }

const yOf = (r: Reward, u: number): number => (u === Infinity ? Infinity : u === -Infinity ? -Infinity : (u - r.loc) / r.scale);

/** log(1 − tanh y) = log 2 − log(1 + e^{2y}); log(1 + tanh y) = log 2 − log(1 + e^{−2y}). */
const logOneMinusTanh = (y: number): number => Math.LN2 - log1pExp(2 * y);
const logOnePlusTanh = (y: number): number => Math.LN2 - log1pExp(-2 * y);
const logCosh = (y: number): number => { const a = Math.abs(y); return a - Math.LN2 + Math.log1p(Math.exp(-2 * a)); };
const logSinh = (d: number): number => (d > 20 ? d - Math.LN2 + Math.log1p(-Math.exp(-2 * d)) : Math.log(Math.sinh(d)));

/** r(u) − 1 ∈ [−2, 0], accurate where r is within rounding of 1. */
export function rewardMinusOne(r: Reward, u: number): number {
  const y = yOf(r, u);
  switch (r.squash) {
    case 'tanh': return -Math.exp(logOneMinusTanh(y));
    case 'sigmoid': return -Math.exp(logOneMinusTanh(y / 2));
    case 'clip': return Math.min(0, Math.max(-2, y - 1));
    case 'step': return y > 0 ? 0 : -2;
    default: return NaN;
  }
}

/**
 * Absolute error of log h(u) = (r(u) − 1)/β: |log h|·(relative error of 1 − r), which is |d log(1 − r)/dy|·err(y):
 * (1 + tanh t)·err(t) for tanh/sigmoid (vanishing where r ≈ −1); inside clip's ramp err(y)/β; 0 for step.
 */
export function logHError(r: Reward, beta: number, lh: number, u: number): number {
  if (!Number.isFinite(u) || lh === 0) return 0;
  const y = yOf(r, u), e = yErr(r, u);
  switch (r.squash) {
    case 'tanh': return Math.abs(lh) * (mul(1 + Math.tanh(y), e) + 4 * EPS);
    case 'sigmoid': return Math.abs(lh) * (mul(1 + Math.tanh(y / 2), e / 2) + 4 * EPS);
    case 'clip': return y > -1 && y < 1 ? (e + 4 * EPS) / beta : 0;
    default: return 0;
  }
}
/** log h(u) = (r(u) − 1)/β. */
export const logH = (r: Reward, beta: number, u: number): number => rewardMinusOne(r, u) / beta;

/** Absolute rounding error of y = (u − loc)/s as computed (the subtraction and the division). */
const yErr = (r: Reward, u: number): number => (Number.isFinite(u) ? 2 * EPS * (Math.abs(u) + Math.abs(r.loc)) / r.scale + EPS * Math.abs((u - r.loc) / r.scale) : 0);

/**
 * log(r(b) − r(a)) for a < b (−∞ where equal), with its relative error. tanh/sigmoid, t = y (or y/2): both
 * ends on one side of 0 and d ≥ 1: from the two tails, e^{ℓ_a} − e^{ℓ_b}, ℓ = log(1 ∓ tanh t) (an error
 * ε|t_b| in ℓ_b counts only in proportion to e^{ℓ_b − ℓ_a} ≤ e^{−2}: a far end beyond the double range of 1 − r
 * costs nothing); d < 1: sinh(d)/(cosh t_a·cosh t_b) (errors of t_a, t_b through log cosh, slope ≤ 1);
 * opposite signs: the two magnitudes added.
 */
export function logRewardRise(r: Reward, a: number, b: number): { l: number; rel: number } {
  if (!(a < b)) return { l: -Infinity, rel: 0 };
  const ya = yOf(r, a), yb = yOf(r, b);
  const sq = r.squash;
  if (sq === 'step') return ya <= 0 && yb > 0 ? { l: Math.LN2, rel: 0 } : { l: -Infinity, rel: 0 };
  if (sq === 'clip') {
    const lo = Math.max(ya, -1), hi = Math.min(yb, 1);
    if (!(hi > lo)) return { l: -Infinity, rel: 0 };
    if (ya > -1 && yb < 1) return { l: Math.log((b - a) / r.scale), rel: 4 * EPS };
    const dr = hi - lo;
    const err = (ya > -1 ? yErr(r, a) : 0) + (yb < 1 ? yErr(r, b) : 0) + 4 * EPS;
    return { l: Math.log(dr), rel: Math.min(1, err / dr) };
  }
  if (sq !== 'tanh' && sq !== 'sigmoid') return { l: NaN, rel: Infinity };
  const k = sq === 'tanh' ? 1 : 0.5;
  const ta = k * ya, tb = k * yb, ea = k * yErr(r, a), eb = k * yErr(r, b);
  if (ta === -Infinity && tb === Infinity) return { l: Math.LN2, rel: 0 };
  if (tb === Infinity) return { l: logOneMinusTanh(ta), rel: 2 * ea + 4 * EPS };
  if (ta === -Infinity) return { l: logOnePlusTanh(tb), rel: 2 * eb + 4 * EPS };
  const d = (k * (b - a)) / r.scale;
  // opposite signs: tanh b − tanh a is a sum of two magnitudes (no cancellation, and d may overflow)
  if (!Number.isFinite(d) || (ta < 0 && tb > 0)) {
    // each end's error through tanh′ = sech² (nil where tanh is saturated), relative to the sum
    const dr = Math.tanh(tb) - Math.tanh(ta);
    const sech2 = (t: number): number => Math.exp(-2 * logCosh(t));
    return { l: Math.log(dr), rel: (mul(ea, sech2(ta)) + mul(eb, sech2(tb))) / dr + 4 * EPS };
  }
  if (d < 1) return { l: logSinh(d) - logCosh(ta) - logCosh(tb), rel: ea + eb + 8 * EPS };
  const [la, lb] = ta >= 0 ? [logOneMinusTanh(ta), logOneMinusTanh(tb)] : [logOnePlusTanh(tb), logOnePlusTanh(ta)];
  // both ends beyond ~e^{−1.8e308} of r's bound (|t| ~ 1e308): the rise is below the double range of its log
  if (la === -Infinity) return { l: -Infinity, rel: 0 };
  const [eNear, eFar] = ta >= 0 ? [ea, eb] : [eb, ea];
  const x = lb - la; // ≤ about −2d
  const l = la + Math.log(-Math.expm1(x));
  return { l, rel: (2 * eNear + 2 * mul(eFar, Math.exp(x))) / -Math.expm1(x) + 8 * EPS };
}

/** log(e^x − 1) for x = e^{lx} > 0. */
function logExpm1OfLog(lx: number): number {
  if (lx < -30) return lx + 0.5 * Math.exp(lx);
  const x = Math.exp(lx);
  return x > 30 ? x + Math.log1p(-Math.exp(-x)) : Math.log(Math.expm1(x));
}

/** h(u) − h(u₀), signed, in log space (see the file comment). */
export function hGap(r: Reward, beta: number, u: number, u0: number): SignedGap {
  if (u === u0) return { s: 0, l: -Infinity, rel: 0 };
  const [a, b, s] = u > u0 ? [u0, u, 1 as const] : [u, u0, -1 as const];
  const rise = logRewardRise(r, a, b);
  if (rise.l === -Infinity) return { s: 0, l: -Infinity, rel: 0 };
  const lx = rise.l - Math.log(beta);
  const x = Math.exp(lx);
  const la = logH(r, beta, a);
  // errors: rise (relative, through expm1's slope ≤ x + 1), log h(a) = (r(a) − 1)/β (logHError), the sum's rounding
  const laErr = logHError(r, beta, la, a);
  const l = la + logExpm1OfLog(lx);
  return { s, l, rel: (x + 1) * rise.rel + laErr + 4 * EPS * (Math.abs(l) + 1) };
}
