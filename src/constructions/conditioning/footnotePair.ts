/**
 * The paper's footnote example of dependence (claims.md §2 "T5, T6"): V ~ N(0, 1); given V ∈ [−c, c],
 * X ~ N(0, s²) independent of V; otherwise X = 0 (the footnote: c = 1, "N(0, 4)", read as s = 2 or s = 4).
 * For t ≥ c the two parts of {U > t} are exact one-dimensional quantities:
 *   band:     N_b(t) = ∫_{−c}^{c} v φ(v) Φ̄((t − v)/s) dv,   D_b(t) = ∫_{−c}^{c} φ(v) Φ̄((t − v)/s) dv,
 *   outside:  U = V, so E[V·1{V > t}] = φ(t), P(V > t) = Φ̄(t)   (t ≥ c: V > t already means |V| > c),
 *   E[V | U > t] = (N_b + φ(t)) / (D_b + Φ̄(t)),
 * the band integrals by log-space quadrature (positive and negative parts of v apart), the rest closed forms
 * (logPhic, logPhiDensity: numerics.md §4.1). The band's conditional mean m_b(t) = N_b/D_b is non-decreasing in t
 * (Φ̄ is log-concave, so the weights Φ̄((t − v)/s) have a likelihood ratio in v increasing in t) and the outside part
 * has mean E[V | V > t] ≥ t ≥ m_b(t); hence E[V | U > t] ≥ m_b(t) ≥ m_b(t₀) for every t ≥ t₀ — the certificate that
 * the limit is not 0. As t → ∞: m_b → c, and the band dominates (its tail is e^{−(t−c)²/(2s²)} against e^{−t²/2})
 * iff s ≥ 1, so lim E[V | U ≥ t] = c for s ≥ 1 and +∞ for s < 1.
 */
import { logAddExp, logSumExp } from '../../numerics/logspace.ts';
import { integrate, logIntegrate } from '../../numerics/quadrature.ts';
import { logPhic, logPhiDensity, millsRatio } from '../../numerics/special/normalTail.ts';

export interface FootnoteCase {
  /** standard deviation of X on the band */
  readonly s: number;
  /** half-width of the band [−c, c] */
  readonly c: number;
}

export interface FootnoteMean {
  readonly value: number;
  readonly error: number;
  /** the band's conditional mean N_b/D_b (the monotone lower bound) and its error */
  readonly band: number;
  readonly bandError: number;
  readonly converged: boolean;
  readonly reason?: string;
}

/** E[V | U > t] for t ≥ c (NaN below: the grid never goes there). */
export function footnoteConditionalMean({ s, c }: FootnoteCase, t: number): FootnoteMean {
  const bad = (reason: string): FootnoteMean => ({ value: NaN, error: NaN, band: NaN, bandError: NaN, converged: false, reason });
  if (!(t >= c)) return bad(`t = ${t} below the band edge c = ${c}`);
  const den = bandIntegral(s, c, t, () => 1, -c, c);
  const pos = bandIntegral(s, c, t, (v) => v, 0, c);
  const neg = bandIntegral(s, c, t, (v) => -v, -c, 0);
  const failed = [den, pos, neg].find((r) => !r.converged);
  if (failed) return bad(failed.reason ?? 'band quadrature did not converge');
  const band = Math.exp(pos.log - den.log) - Math.exp(neg.log - den.log);
  const bandError = Math.exp(pos.log - den.log) * (pos.relError || 0) + Math.exp(neg.log - den.log) * (neg.relError || 0) + Math.abs(band) * den.relError + 1e-14;
  // outside part: numerator φ(t) > 0, mass Φ̄(t)
  const logD = logAddExp(den.log, logPhic(t));
  const a = Math.exp(pos.log - logD);
  const b = Math.exp(neg.log - logD);
  // (a piece of log −∞ gives 0 and carries no error)
  const o = Math.exp(logPhiDensity(t) - logD);
  const value = a - b + o;
  const error = a * (pos.relError || 0) + b * (neg.relError || 0) + Math.abs(value) * den.relError + 1e-14 * Math.max(1, Math.abs(value));
  return { value, error, band, bandError, converged: Number.isFinite(value), ...(Number.isFinite(value) ? {} : { reason: `value ${value}` }) };
}

/**
 * log ∫_a^b h(v) φ(v) Φ̄((t − v)/s) dv (h ≥ 0 on [a, b] ⊂ [−c, c]) in the distance d = c − v from the band's top, where
 * the weight peaks (it decays like e^{−d·t/s²}): the log-weight at v = c is taken out, and Gauss–Kronrod runs on
 * [c − b, c − a] with breakpoints at d = h, 10h, 100h, 1000h, h = s²/t (quadrature.ts `integrate`).
 */
function bandIntegral(s: number, c: number, t: number, h: (v: number) => number, a: number, b: number): { log: number; relError: number; converged: boolean; reason?: string } {
  // log weight at v = c − d relative to v = c, without forming two logs of size ~z²/2 (Φ̄(z) = R(z)φ(z), R the
  // Mills ratio): (cd − d²/2) + log R(z₀ + δ) − log R(z₀) − (z₀δ + δ²/2), z₀ = (t − c)/s, δ = d/s
  const z0 = (t - c) / s;
  const logR0 = Math.log(millsRatio(z0));
  const rel = (d: number): number => {
    const delta = d / s;
    return c * d - (d * d) / 2 + Math.log(millsRatio(z0 + delta)) - logR0 - (z0 * delta + (delta * delta) / 2);
  };
  const M = logPhiDensity(c) + logPhic(z0);
  const scale = (s * s) / Math.max(t, 1);
  const lo = c - b;
  const hi = c - a;
  const breakpoints = [1, 10, 100, 1000].map((k) => k * scale).filter((d) => d > lo && d < hi);
  const r = integrate((d) => h(c - d) * Math.exp(rel(d)), lo, hi, { relTol: 1e-11, breakpoints });
  if (r.converged && r.value === 0) return { log: -Infinity, relError: 0, converged: true }; // below e^{M − 745}: negligible
  const ok = r.converged && r.value > 0;
  return { log: M + Math.log(r.value), relError: r.error / r.value, converged: ok, ...(ok ? {} : { reason: r.reason ?? `band integral ${r.value}` }) };
}

/** The grid of thresholds t_k = c + s·max(1, s)·10^k, k = 1…4 (the band mean's gap to c is ≈ s²/t). */
export function footnoteGrid({ s, c }: FootnoteCase): number[] {
  return [1, 2, 3, 4].map((k) => c + s * Math.max(1, s) * 10 ** k);
}

/** log P(U > t) for the record (t ≥ c). */
export function footnoteLogSf({ s, c }: FootnoteCase, t: number): number {
  const den = logIntegrate((v) => logPhiDensity(v) + logPhic((t - v) / s), -c, c, { relTol: 1e-10 });
  return logSumExp([den.log, logPhic(t)]);
}
