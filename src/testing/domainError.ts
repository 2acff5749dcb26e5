/** Test helper: run `f` and return the DomainError it throws (rethrows anything else; fails if nothing is thrown). */
import { DomainError } from '../errors.ts';

export function thrownDomainError(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}
