/** Helpers that turn log-space results into Estimates (types.ts), never letting a NaN pass silently. */
import type { SignedLogValue } from './signedExpectation.ts';
import type { LogValue } from './logExpectation.ts';
import type { Estimate } from './types.ts';

/** A closed-form value: error of a few ulps. */
export function exact(value: number): Estimate {
  if (Number.isNaN(value)) return { value, error: NaN, converged: false, reason: 'closed form is NaN' };
  return { value, error: Number.isFinite(value) ? 4e-16 * Math.max(1, Math.abs(value)) : 0, converged: true };
}

export function failed(reason: string): Estimate {
  return { value: NaN, error: NaN, converged: false, reason };
}

/** value = sign·e^{num.log − den.log}, relative errors added. */
export function ratio(num: SignedLogValue, den: LogValue, what: string): Estimate {
  if (den.log === -Infinity) return failed(`${what}: denominator is 0`);
  if (den.log === Infinity) return failed(`${what}: denominator is +∞ (not normalisable)`);
  if (Number.isNaN(num.log) || Number.isNaN(den.log)) return failed(`${what}: ${num.reason ?? den.reason ?? 'NaN'}`);
  const value = num.sign === 0 ? 0 : num.sign * Math.exp(num.log - den.log);
  const rel = (num.relError || 0) + (den.relError || 0);
  const error = num.sign === 0 ? (Number.isFinite(num.relError) ? 0 : Infinity) : Math.abs(value) * rel;
  const converged = num.converged && den.converged;
  const reason = num.reason ?? den.reason;
  return { value, error, converged, ...(converged || !reason ? {} : { reason }) };
}

/** A signed log value as an Estimate of the number itself. */
export function fromSigned(s: SignedLogValue): Estimate {
  if (Number.isNaN(s.log)) return failed(s.reason ?? 'NaN');
  const value = s.sign === 0 ? 0 : s.sign * Math.exp(s.log);
  const error = s.sign === 0 ? 0 : Math.abs(value) * s.relError;
  return { value, error, converged: s.converged, ...(s.converged || !s.reason ? {} : { reason: s.reason }) };
}

/** A log value as an Estimate of the log (absolute error of log ≈ relative error of the value). */
export function logEstimate(l: LogValue): Estimate {
  if (Number.isNaN(l.log)) return failed(l.reason ?? 'NaN');
  return { value: l.log, error: l.relError, converged: l.converged, ...(l.converged || !l.reason ? {} : { reason: l.reason }) };
}

/** A log-probability clipped to ≤ 0: weights summing to 1 + 1 ulp must not give log P = 1e-16 > 0. NaN stays NaN. */
export function atMostZero(logP: number): number {
  return logP > 0 ? 0 : logP;
}
