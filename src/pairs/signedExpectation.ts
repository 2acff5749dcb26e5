/**
 * E[h(V)·e^{ℓ(V)}] for an h that changes sign only at known points: the real line is cut at those points,
 * each piece is a log-space expectation of ℓ + log|h| (logExpectation.ts), and the pieces are added with
 * their signs (signed log-sum, numerics.md §4.1 `lsum`). The relative error is that of the pieces, carried
 * through the cancellation.
 */
import { lsum, logSumExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import type { LogExpectationOptions, LogIntegrand, PreparedLaw } from './logExpectation.ts';

export interface SignedLogValue extends SignedLog {
  /** relative error of the result (Infinity when the pieces cancel to 0) */
  readonly relError: number;
  readonly converged: boolean;
  readonly reason?: string;
  /** log E[|h(V)|·e^{ℓ(V)}], the pieces added without their signs */
  readonly absLog?: number;
}

/** A point strictly inside (a, b), finite even when an end is infinite. */
function inside(a: number, b: number): number {
  if (Number.isFinite(a) && Number.isFinite(b)) return a + (b - a) / 2;
  if (Number.isFinite(a)) return a + Math.max(1, Math.abs(a));
  if (Number.isFinite(b)) return b - Math.max(1, Math.abs(b));
  return 0;
}

export function signedExpectation(
  law: PreparedLaw,
  ell: LogIntegrand,
  h: (v: number) => number,
  signChanges: readonly number[],
  opts: LogExpectationOptions = {},
): SignedLogValue {
  const cuts = [...new Set(signChanges.filter(Number.isFinite))].sort((p, q) => p - q);
  const ends = [opts.lower ?? -Infinity, ...cuts, opts.upper ?? Infinity];
  let total: SignedLog = SIGNED_ZERO;
  const errLogs: number[] = [];
  const absLogs: number[] = [];
  let converged = true;
  let reason: string | undefined;
  for (let i = 0; i + 1 < ends.length; i++) {
    const a = ends[i];
    const b = ends[i + 1];
    if (!(a < b)) continue;
    const sign = Math.sign(h(inside(a, b)));
    if (sign === 0 || Number.isNaN(sign)) continue;
    const piece = law.logExpectation((v) => ell(v) + Math.log(Math.abs(h(v))), { ...opts, lower: a, upper: b });
    if (!piece.converged) {
      converged = false;
      reason ??= piece.reason ?? 'a piece did not converge';
    }
    if (piece.log === -Infinity) continue;
    total = lsum(total, { log: piece.log, sign: sign as 1 | -1 });
    absLogs.push(piece.log);
    errLogs.push(piece.log + Math.log(piece.relError || 1e-16));
  }
  if (Number.isNaN(total.log)) return { ...total, relError: NaN, converged: false, reason: reason ?? 'pieces +∞ and −∞ (undefined)' };
  const relError = total.sign === 0 ? (errLogs.length ? Infinity : 0) : Math.exp(logSumExp(errLogs) - total.log);
  return { log: total.log, sign: total.sign, relError, converged, absLog: logSumExp(absLogs), ...(reason ? { reason } : {}) };
}
