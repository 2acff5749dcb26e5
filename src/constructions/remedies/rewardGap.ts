/**
 * The bounded-reward weight h(u) = e^{(r(u) − 1)/β} ∈ [e^{−2/β}, 1] (boundedReward.ts) at a point, and the gap
 * h(u) − h(u₀) between two points, for a Reward {squash, loc, scale} and points u: an adapter over the log-space
 * kernels of squashLogs.ts (which hold the formulas, by y = (u − loc)/scale), adding the step squash (r − 1 ∈
 * {−2, 0}, a rise of 2 or 0 exactly) and error bounds. u may be ±∞ (the limits h(−∞) = e^{−2/β}, h(+∞) = 1).
 * Each result carries a relative error bound: the rounding of y (absolute ε|y|, passed through the kernels'
 * slopes, squashLogs.logRiseBounded) and of d = (b − a)/s, amplified by expm1's slope (x + 1) in
 * h(b) − h(a) = h(a)·expm1((r(b) − r(a))/β).
 */
import type { Reward } from './boundedReward.ts';
import { log1pR, logHGapOfRise, logRiseBounded, mulZeroSafe, rMinusOne, type LogWithError, type SmoothSquash } from './squashLogs.ts';

const EPS = Number.EPSILON;

/** A signed value s·e^{l} with relative error rel (s = 0: exactly 0). */
export interface SignedGap { readonly s: -1 | 0 | 1; readonly l: number; readonly rel: number }

const isSmooth = (sq: string): sq is SmoothSquash => sq === 'tanh' || sq === 'sigmoid' || sq === 'clip';
const yOf = (r: Reward, u: number): number => (u === Infinity ? Infinity : u === -Infinity ? -Infinity : (u - r.loc) / r.scale);
/** Absolute rounding error of y = (u − loc)/s as computed (the subtraction and the division). */
const yErr = (r: Reward, u: number): number => (Number.isFinite(u) ? 2 * EPS * (Math.abs(u) + Math.abs(r.loc)) / r.scale + EPS * Math.abs((u - r.loc) / r.scale) : 0);

/** r(u) − 1 ∈ [−2, 0], accurate where r is within rounding of 1 (squashLogs.rMinusOne). */
export function rewardMinusOne(r: Reward, u: number): number {
  const y = yOf(r, u);
  if (isSmooth(r.squash)) return rMinusOne(r.squash, y);
  return r.squash === 'step' ? (y > 0 ? 0 : -2) : NaN;
}

/** log h(u) = (r(u) − 1)/β. */
export const logH = (r: Reward, beta: number, u: number): number => rewardMinusOne(r, u) / beta;

/**
 * Absolute error of log h(u) = (r(u) − 1)/β: |log h|·(relative error of 1 − r), which is |d log(1 − r)/dy|·err(y)
 * = k(1 + r)·err(y) for tanh/sigmoid (r = tanh(ky), vanishing where r ≈ −1); inside clip's ramp err(y)/β; 0 for step.
 */
export function logHError(r: Reward, beta: number, lh: number, u: number): number {
  if (!Number.isFinite(u) || lh === 0) return 0;
  const y = yOf(r, u), e = yErr(r, u), sq = r.squash;
  if (sq === 'tanh' || sq === 'sigmoid') return Math.abs(lh) * (mulZeroSafe(Math.exp(log1pR(sq, y)), sq === 'tanh' ? e : e / 2) + 4 * EPS);
  return sq === 'clip' && y > -1 && y < 1 ? (e + 4 * EPS) / beta : 0;
}

/**
 * log(r(b) − r(a)) for a < b (−∞ where equal), with its relative error (squashLogs.logRiseBounded at y_a, y_b with
 * d = (b − a)/s, its log formed from b − a and s where d underflows).
 */
export function logRewardRise(r: Reward, a: number, b: number): LogWithError {
  if (!(a < b)) return { l: -Infinity, rel: 0 };
  const ya = yOf(r, a), yb = yOf(r, b), sq = r.squash;
  if (sq === 'step') return ya <= 0 && yb > 0 ? { l: Math.LN2, rel: 0 } : { l: -Infinity, rel: 0 };
  if (!isSmooth(sq)) return { l: NaN, rel: Infinity };
  const d = (b - a) / r.scale;
  const tiny = !(d >= 2 ** -1022); // below the normal range a quotient loses digits
  const ld = tiny ? Math.log(b - a) - Math.log(r.scale) : Math.log(d);
  const rise = logRiseBounded(sq, ya, yb, d, ld, yErr(r, a), yErr(r, b));
  // the log of an underflowed d: two logs and their difference, each rounded
  return tiny ? { l: rise.l, rel: rise.rel + 4 * EPS * (Math.abs(Math.log(b - a)) + Math.abs(Math.log(r.scale))) } : rise;
}

/** h(u) − h(u₀), signed, in log space (see the file comment). */
export function hGap(r: Reward, beta: number, u: number, u0: number): SignedGap {
  if (u === u0) return { s: 0, l: -Infinity, rel: 0 };
  const [a, b, s] = u > u0 ? [u0, u, 1 as const] : [u, u0, -1 as const];
  const rise = logRewardRise(r, a, b);
  if (rise.l === -Infinity) return { s: 0, l: -Infinity, rel: 0 };
  const x = Math.exp(rise.l - Math.log(beta));
  const la = logH(r, beta, a);
  const l = logHGapOfRise(beta, la, rise.l);
  // errors: rise (relative, through expm1's slope ≤ x + 1), log h(a) = (r(a) − 1)/β (logHError), the sum's rounding
  return { s, l, rel: (x + 1) * rise.rel + logHError(r, beta, la, a) + 4 * EPS * (Math.abs(l) + 1) };
}
