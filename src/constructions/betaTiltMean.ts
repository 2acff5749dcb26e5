/**
 * Λ′(θ) of Beta(α, β), the mean of the tilt dP/dQ ∝ e^{θx} on (0, 1), by Kummer's function
 * M(a, b, z) = Σₙ (a)ₙ/(b)ₙ·zⁿ/n! (DLMF 13.2.2):
 *   E[X e^{θX}]/E[e^{θX}] = (α/(α+β))·M(α+1, α+β+1, θ)/M(α, α+β, θ)   (θ ≥ 0: every term positive),
 * and for θ < 0 through Kummer's transformation M(a, b, z) = e^z·M(b − a, b, −z) (DLMF 13.2.39), which gives
 *   1 − (β/(α+β))·M(β+1, α+β+1, |θ|)/M(β, α+β, |θ|)   (the reflection X ↦ 1 − X: again positive terms).
 * Both series are summed with the terms scaled by their running maximum, so |θ| up to ~700 stays in range;
 * NaN beyond that or when the series has not settled in 5000 terms (the caller falls back to quadrature).
 * Quadrature of x·e^{θx}·f(x) failed where the density is infinite at an end (β < 1 at x = 1).
 */
export function betaTiltMean(theta: number, alpha: number, beta: number): number {
  if (!(alpha > 0) || !(beta > 0) || Number.isNaN(theta)) return NaN;
  if (Math.abs(theta) > 700) return NaN;
  // θ ≥ 0: (α/(α+β))·(α+1)ₙ/(α+β+1)ₙ = (α)ₙ/(α+β)ₙ·(α+n)/(α+β+n), so Λ′ = Σ tₙ·(α+n)/(α+β+n) / Σ tₙ with
  // tₙ = (α)ₙ/(α+β)ₙ·θⁿ/n!; θ < 0 (after Kummer's transformation): 1 − Λ′ has the same form with β, so
  // Λ′ = Σ tₙ·α/(α+β+n) / Σ tₙ with tₙ = (β)ₙ/(α+β)ₙ·|θ|ⁿ/n! — a weighted average either way, no cancellation.
  return theta >= 0
    ? weightedSeries(alpha, alpha + beta, theta, (n) => (alpha + n) / (alpha + beta + n))
    : weightedSeries(beta, alpha + beta, -theta, (n) => alpha / (alpha + beta + n));
}

/** Σ tₙ·w(n) / Σ tₙ with tₙ = (a)ₙ/(b)ₙ·zⁿ/n! (z ≥ 0, a, b > 0); NaN if not settled in 5000 terms. */
function weightedSeries(a: number, b: number, z: number, w: (n: number) => number): number {
  let num = w(0), den = 1, t = 1;
  for (let n = 0; n < 5000; n++) {
    t *= ((a + n) / (b + n)) * (z / (n + 1));
    num += t * w(n + 1);
    den += t;
    if (t <= den * 1e-17 && n > z) return num / den;
  }
  return NaN;
}
