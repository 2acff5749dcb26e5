/**
 * `logUniform(lo, hi)`: positive doubles whose logarithm is uniform on [log lo, log hi], so that tiny and
 * huge magnitudes are generated as often as moderate ones. Built with `map` over the exponent, which
 * shrinks toward 0, i.e. toward the value 1 when 1 ∈ [lo, hi] (otherwise toward the end nearest 1).
 *
 * @example logUniform(1e-6, 1e6) generates 3.2e-5, 1, 4.7e5, …; a failing value shrinks toward 1.
 */
import fc from 'fast-check';

export function logUniform(lo: number, hi: number): fc.Arbitrary<number> {
  if (!(lo > 0 && hi >= lo && Number.isFinite(hi))) {
    throw new RangeError(`logUniform: need 0 < lo ≤ hi < ∞; got lo=${lo}, hi=${hi}`);
  }
  const a = Math.log(lo);
  const b = Math.log(hi);
  return fc
    .double({ min: a, max: b, noNaN: true, noDefaultInfinity: true })
    .map((u) => Math.min(hi, Math.max(lo, Math.exp(u))));
}
