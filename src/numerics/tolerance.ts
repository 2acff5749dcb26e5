/**
 * One tolerance vocabulary for the whole suite: every comparison names its tolerances at the call site.
 * Non-finite values are never "close" unless they are identical infinities, so a NaN cannot pass a check.
 */
export interface Tolerance {
  /** relative tolerance, |a − b| ≤ rel·max(|a|, |b|) */
  readonly rel?: number;
  /** absolute tolerance, |a − b| ≤ abs */
  readonly abs?: number;
}

/** True when a and b agree within rel or abs (either suffices); NaN is never close, ±Infinity only to itself. */
export function isClose(a: number, b: number, tol: Tolerance): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  const diff = Math.abs(a - b);
  if (tol.abs !== undefined && diff <= tol.abs) return true;
  if (tol.rel !== undefined && diff <= tol.rel * Math.max(Math.abs(a), Math.abs(b))) return true;
  return false;
}

/** Relative error |a − b| / |b| (b the reference); Infinity when b = 0 ≠ a, NaN when either is NaN. */
export function relativeError(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  return b === 0 ? Infinity : Math.abs(a - b) / Math.abs(b);
}

/** The error metric for log-tails (numerics.md): |Δ log| / max(1, |log|), with log the reference. */
export function logScaledError(a: number, ref: number): number {
  if (Number.isNaN(a) || Number.isNaN(ref)) return NaN;
  if (a === ref) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(ref)) return Infinity;
  return Math.abs(a - ref) / Math.max(1, Math.abs(ref));
}
