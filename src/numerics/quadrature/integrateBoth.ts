import { integrate } from './integrate.ts';
import { resolveOptions, type QuadratureOptions, type QuadratureResult } from './options.ts';
import { tanhSinh } from '../tanhSinh.ts';

export interface BothResult {
  value: number;
  error: number;
  converged: boolean;
  /** |gk − ts| ≤ 2·max(absTol, relTol·max(|gk|, |ts|)) */
  agree: boolean;
  gk: QuadratureResult;
  ts: QuadratureResult;
}

/**
 * Gauss–Kronrod and tanh-sinh on the same integral: "two methods where one can be fooled" (claims.md §4).
 * error = max(both estimates, |gk − ts|); converged only when both converged and agree.
 */
export function integrateBoth(f: (x: number) => number, a: number, b: number, opts?: QuadratureOptions): BothResult {
  const o = resolveOptions(opts);
  const gk = integrate(f, a, b, opts);
  const ts = tanhSinh(f, a, b, opts);
  const diff = Math.abs(gk.value - ts.value);
  const scale = Math.max(Math.abs(gk.value), Math.abs(ts.value));
  // 2^-1052: in the subnormal range, where doubles carry no relative precision, any two values agree
  const agree = Number.isFinite(diff) && diff <= 2 * Math.max(o.absTol, o.relTol * scale, 2 ** -1052);
  const value = ts.converged && (!gk.converged || ts.error < gk.error) ? ts.value : gk.value;
  const error = Math.max(gk.error, ts.error, diff);
  return { value, error: Number.isNaN(error) ? NaN : error, converged: gk.converged && ts.converged && agree, agree, gk, ts };
}
