/**
 * The closed set of functions f in X = f(V) + noise, seen through g(v) = f(v) + v (so U = g(V) + noise):
 * g itself, its preimages g⁻¹(s) (where an integrand in v jumps or peaks when U crosses a threshold), its
 * kinks, and its slope and intercept when g is affine (then every tilt is a closed form in logMgf_V).
 */
import type { PairFunction } from './types.ts';

export interface ShiftFunction {
  /** g(v), so that U = g(V) + N given V = v */
  g(v: number): number;
  /** every v with g(v) = s */
  preimage(s: number): number[];
  /** points where g is not smooth */
  readonly kinks: readonly number[];
  /** g(v) = slope·v + intercept when g is affine */
  readonly affine?: { readonly slope: number; readonly intercept: number };
  /** a bound of the rounding error of the computed g(v) (0 where g(v) is exact) */
  error(v: number): number;
}

const EPS = Number.EPSILON;

export function affineShift(slope: number, intercept: number): ShiftFunction {
  return {
    g: (v) => (slope === 0 ? intercept : slope * v + intercept),
    preimage: (s) => (slope === 0 ? [] : [(s - intercept) / slope]),
    kinks: [],
    affine: { slope, intercept },
    // slope·v and the sum each rounded to ½ulp; exact for g(v) = v
    error: (v) => (slope === 1 && intercept === 0) || slope === 0 ? 0 : EPS * (Math.abs(slope * v) + Math.abs(slope * v + intercept)),
  };
}

export function shiftOf(f: PairFunction): ShiftFunction {
  switch (f.kind) {
    case 'linear':
      return affineShift(1 + f.a, f.b);
    case 'square':
      // g(v) = v² + v = s  ⇔  v = (−1 ± √(1 + 4s))/2
      return {
        g: (v) => v * v + v,
        preimage: (s) => (1 + 4 * s < 0 ? [] : [(-1 - Math.sqrt(1 + 4 * s)) / 2, (-1 + Math.sqrt(1 + 4 * s)) / 2]),
        kinks: [-0.5],
        error: (v) => EPS * (v * v + Math.abs(v * v + v)),
      };
    case 'clip':
      // g(v) = clip(v, lo, hi) + v: slope 1 below lo, 2 on [lo, hi], 1 above hi; strictly increasing
      return {
        g: (v) => Math.min(f.hi, Math.max(f.lo, v)) + v,
        preimage: (s) => {
          if (s < 2 * f.lo) return [s - f.lo];
          if (s > 2 * f.hi) return [s - f.hi];
          return [s / 2];
        },
        kinks: [f.lo, f.hi],
        error: (v) => EPS * Math.abs(Math.min(f.hi, Math.max(f.lo, v)) + v),
      };
  }
}

/** f(v) itself, for X = f(V) + noise. */
export function applyPairFunction(f: PairFunction, v: number): number {
  switch (f.kind) {
    case 'linear':
      return f.a * v + f.b;
    case 'square':
      return v * v;
    case 'clip':
      return Math.min(f.hi, Math.max(f.lo, v));
  }
}
