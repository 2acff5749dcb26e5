/**
 * Parameter validation for factories: each check throws a DomainError naming the family,
 * the parameter, the allowed range and the value received.
 */
import { DomainError } from '../errors.ts';

export function requireFinite(family: string, parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError(family, parameter, 'a finite number', value);
  }
  return value;
}

export function requirePositive(family: string, parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new DomainError(family, parameter, 'a finite number > 0', value);
  }
  return value;
}

/** lo < value < hi (open) unless `closed` says which ends are included. */
export function requireInRange(
  family: string,
  parameter: string,
  value: unknown,
  lo: number,
  hi: number,
  closed: { lo?: boolean; hi?: boolean } = {},
): number {
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (closed.lo ? value >= lo : value > lo) &&
    (closed.hi ? value <= hi : value < hi);
  if (!ok) {
    const range = `${closed.lo ? '[' : '('}${lo}, ${hi}${closed.hi ? ']' : ')'}`;
    throw new DomainError(family, parameter, `in ${range}`, value);
  }
  return value as number;
}

/** An optional parameter: its default when undefined, else validated by `check`. */
export function withDefault<T>(value: T | undefined, fallback: T, check: (v: T) => T): T {
  return value === undefined ? fallback : check(value);
}
