/**
 * The far piece of one continuous leaf of V (V = loc + scale·Y) where F̄_X(t − v) has reached 1, in closed form
 * instead of quadrature. There the integrands of fastLeaf.ts are f(y)·F̄_X(t − v(y)) and (y − y0)·(same), and a
 * power tail of Y with a barely finite mean (Pareto, Fréchet, Lomax, Student t with α → 1⁺) puts the first
 * moment at y ≈ e^{1/(α−1)}: ∫ y^{−α} dy in the map y = c + s(1 − u)/u is ∫ u^{α−2} du, which bisection never
 * resolves (the budget ran out at a relative error ≈ 1.7%).
 * On the side where v grows (y > y_c for scale > 0, y < y_c for scale < 0) F̄_X(t − v(y)) is monotone in y and
 * lies in [p, 1] with p = F̄_X(t − v(y_c)), so (rigorously, f ≥ 0 and y − y0 of one sign there):
 *   p·S ≤ ∫ f·F̄_X ≤ S,   p·|m| ≤ |∫ (y − y0)·f·F̄_X| ≤ |m|,
 * with S = F̄_Y(y_c), m = S·(E[Y | Y > y_c] − y0) (right side) or S = F_Y(y_c), m = E[Y; Y < y_c] − y0·S,
 * E[Y; Y < y_c] = E[Y] − E[Y; Y > y_c] (left side, where the subtraction's rounding is added to the error).
 * The midpoints are returned, the half-widths (plus the closed forms' rounding) as errors. Used only where
 * 1 − p ≤ 1e-12, i.e. y_c is the image of X's lowest anchor (quantile 1e-12 or lower end).
 */
import type { Distribution } from '../../distributions/types.ts';

export interface ClosedTail {
  /** where the closed piece starts */
  readonly yc: number;
  /** ∫ f·F̄_X over the piece, and its error, both times e^{−M} */
  readonly den: number;
  readonly denErr: number;
  /** ∫ (y − y0)·f·F̄_X over the piece (signed), and its error, both times e^{−M} */
  readonly mom: number;
  readonly momErr: number;
}

/** Relative rounding allowed to the closed forms logSf, tailMean, partialMean (they are accurate to a few ulp). */
const CLOSED_FORM_REL = 1e-13;

/**
 * @param side +1: the piece y > yc (scale > 0); −1: the piece y < yc (scale < 0)
 * @param logP log F̄_X(t − v(yc)), the least value of the weight on the piece
 * @param M the normalisation: every returned value is multiplied by e^{−M}
 */
export function closedTail(dist: Distribution, side: 1 | -1, yc: number, logP: number, y0: number, M: number): ClosedTail | undefined {
  if (!(logP >= -1e-12) || !Number.isFinite(yc) || !(side * (yc - y0) >= 0)) return undefined;
  const p = Math.exp(Math.min(logP, 0));
  const mid = (1 + p) / 2;
  const half = (1 - p) / 2;
  if (side === 1) {
    const logS = dist.logSf(yc);
    if (logS === -Infinity) return { yc, den: 0, denErr: 0, mom: 0, momErr: 0 };
    const tm = dist.tailMean(yc);
    if (!Number.isFinite(logS) || !Number.isFinite(tm) || tm < yc) return undefined;
    const S = Math.exp(logS - M);
    const m = S * (tm - y0);
    if (!Number.isFinite(S) || !Number.isFinite(m)) return undefined;
    return { yc, den: S * mid, denErr: S * (half + CLOSED_FORM_REL), mom: m * mid, momErr: m * (half + CLOSED_FORM_REL) + S * Math.abs(tm) * CLOSED_FORM_REL };
  }
  const logF = dist.logCdf(yc);
  if (logF === -Infinity) return { yc, den: 0, denErr: 0, mom: 0, momErr: 0 };
  const mean = dist.mean();
  const upper = dist.partialMean(yc);
  if (!Number.isFinite(logF) || !Number.isFinite(mean) || !Number.isFinite(upper)) return undefined;
  const F = Math.exp(logF);
  const lower = mean - upper; // E[Y; Y < yc]
  const raw = lower - y0 * F; // ≤ 0 up to rounding
  const rounding = 4 * Number.EPSILON * (Math.abs(mean) + Math.abs(upper) + Math.abs(y0 * F)) + CLOSED_FORM_REL * Math.abs(raw);
  const scaleM = Math.exp(-M);
  const S = Math.exp(logF - M);
  const m = Math.min(raw, 0) * scaleM;
  if (!Number.isFinite(S) || !Number.isFinite(m) || !Number.isFinite(rounding * scaleM)) return undefined;
  return { yc, den: S * mid, denErr: S * (half + CLOSED_FORM_REL), mom: m * mid, momErr: Math.abs(m) * half + rounding * scaleM };
}

/**
 * The sliver (lo, lo + δ), δ = 2^−1022 (the least normal double), next to an end lo of the support where the density
 * is infinite: the quadrature in the log of the distance (momentQuadrature.ts 'logUp') cannot go below log δ (below
 * it the distances e^u are subnormal, quantised to multiples of 5e-324: the density there was evaluated up to a few
 * % off), but a density d^{p−1} with p ≈ 0.01 (Gamma, Beta, Weibull shapes → 0) keeps mass δ^p ≈ e^{−7} there
 * (silently missing before: E[V | U > t] of Gamma(0.01) was 6e-4 high with an error estimate of 2e-10).
 * On the sliver the weight F̄_X(t − v) lies between its values ω_a, ω_b at the two ends (monotone in y), and
 * y − y0 ∈ [lo − y0, lo + δ − y0], so with S = F_Y(lo + δ) (closed form):
 *   S·min(ω_a, ω_b) ≤ ∫ f·F̄_X ≤ S·max(ω_a, ω_b),   ∫ (y − y0)·f·F̄_X = S·ω·(lo − y0) within S·ω_max·δ + the bracket.
 * Undefined where lo + δ = lo (then no double lies in the sliver, and the end is not singular in doubles).
 */
export const SLIVER = 2 ** -1022;

export function singularSliver(dist: Distribution, lo: number, ell: (y: number) => number, y0: number, M: number): ClosedTail | undefined {
  const hi = lo + SLIVER;
  if (!(hi > lo) || !(y0 >= hi)) return undefined;
  const logF = dist.logCdf(hi);
  if (logF === -Infinity) return { yc: hi, den: 0, denErr: 0, mom: 0, momErr: 0 };
  const la = ell(lo), lb = ell(hi);
  if (!Number.isFinite(logF) || Number.isNaN(la) || Number.isNaN(lb)) return undefined;
  const wMax = Math.exp(Math.max(la, lb) + logF - M);
  const wMin = Math.exp(Math.min(la, lb) + logF - M);
  if (!Number.isFinite(wMax)) return undefined;
  const den = (wMax + wMin) / 2;
  const d = y0 - lo;
  return { yc: hi, den, denErr: (wMax - wMin) / 2 + CLOSED_FORM_REL * den, mom: -den * d, momErr: ((wMax - wMin) / 2) * d + wMax * SLIVER + CLOSED_FORM_REL * den * d };
}
