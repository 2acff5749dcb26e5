/**
 * Shared vocabulary of the centred-cumulant modules (t3Cumulants.ts and its leaves): an estimate with its
 * error, the Cumulants interface, and the two cancellation-free kernels they use.
 */
export interface Estimate { readonly value: number; readonly error: number }
export interface Cumulants {
  readonly mean: number;
  /** centred Λ(λ) = log E[e^{λ(X − μ)}] */
  logMgf(lambda: number): Estimate;
  /** Λ′(λ) = E_λ[X] − μ */
  shift(lambda: number): Estimate;
  /** D(Q_λ‖Q) = λΛ′(λ) − Λ(λ), the KL of the tilt (invariant under x ↦ a + x) */
  tiltKl(lambda: number): Estimate;
}

export const EPS = Number.EPSILON;

/** D(Q_λ‖Q) = λΛ′(λ) − Λ(λ) from the centred parts. */
export function klFrom(l: number, L: Estimate, s: Estimate): Estimate {
  if (L.value === Infinity || s.value === Infinity) return { value: Infinity, error: 0 };
  return { value: l * s.value - L.value, error: Math.abs(l) * s.error + L.error + 4 * EPS * (Math.abs(l * s.value) + Math.abs(L.value)) };
}

/** h(y) = e^y − 1 − y, by its series for |y| < ½ (no cancellation). */
export function hOf(y: number): number {
  if (Math.abs(y) >= 0.5) return Math.expm1(y) - y;
  let term = y;
  let sum = 0;
  for (let k = 2; k < 30; k++) {
    term *= y / k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}
