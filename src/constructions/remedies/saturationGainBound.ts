/**
 * A log-space lower bound on the saturating limit gain E[V | U > T] − E[V] (weakPenaltyContinuous.ts) for
 * classes that share one noise law N and one increasing affine shift g (U = g(V) + N, N ⊥ V), where the gain
 * is too small for the quadrature of E[(V − μ)·1{U > T}] to resolve (a far tail of V below double range).
 *
 * With φ(v) = P(r(U) = 1 | V = v) = F̄_N(T − g(v)) (P(N ≥ ·) for clip) non-decreasing in v and μ = E[V] exact,
 *   E[(V − μ)·1{U > T}] = E[(V − μ)·φ(V)] = E[(V − μ)·(φ(V) − φ(μ))]        (E[V − μ] = 0)
 * and the integrand is ≥ 0 pointwise (both factors change sign at μ: Chebyshev's covariance inequality). So for
 * any a < μ_lo ≤ μ (μ_lo: E[V] less a bound on its rounding), keeping only {V ≤ a}, where μ − V ≥ μ_lo − a and
 * φ(μ) − φ(V) ≥ φ(μ_lo) − φ(a) ≥ P(T − g(μ_lo) < N ≤ T − g(a)) (step; for clip, less the atom of N at T − g(a),
 * so candidates with an atom there are skipped),
 *   Q(U > T)·gain ≥ (μ_lo − a) · P(T − g(μ_lo) < N ≤ T − g(a)) · P(V ≤ a),
 * and symmetrically (b − μ_hi) · P(T − g(b) < N ≤ T − g(μ_hi)) · P(V ≥ b) for b > μ_hi. Every factor is
 * formed in log space (interval probabilities without cancellation: finitePair.logIntervalProb; log-cdfs of V),
 * so a gain of e^{−10⁴⁰} (a Gumbel V whose lower tail alone reaches the unsaturated region) is still certified
 * positive. a and b run over a geometric grid of distances from μ and from where φ starts to vary
 * (g^{-1}(T − ends of N's support)); the bound kept is the largest.
 */
import { logSumExp } from '../../numerics/logspace.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { Reward } from './boundedReward.ts';
import { logIntervalProb } from './finitePair.ts';
import type { ShiftClass } from './shiftClasses.ts';

/** relative bound on the rounding of E[V] = Σ w_c E[V_c] (closed-form means: a few ulps; taken very loosely) */
const MEAN_REL_ERROR = 1e-9;

export interface GainLowerBound {
  /** log of a certified lower bound on E[(V − μ)·1{U > T}] (−∞: no certificate found) */
  readonly log: number;
  /** the cut point used (a < μ or b > μ) */
  readonly cut: number;
  readonly side: 'below' | 'above' | 'none';
}

const NONE: GainLowerBound = { log: -Infinity, cut: NaN, side: 'none' };

/** log P(V ≤ a) (below) or log P(V ≥ b) (above) over the classes (weights w_c). */
function logTailOfV(classes: readonly ShiftClass[], x: number, below: boolean): number {
  return logSumExp(classes.map((c) => {
    if (c.atoms) {
      const p = c.atoms.reduce((s, a) => s + ((below ? a.v <= x : a.v >= x) ? a.p : 0), 0);
      return Math.log(c.w) + Math.log(p);
    }
    // P(V ≥ b) ≥ P(V > b) (equal for a continuous V)
    return Math.log(c.w) + (below ? c.v.logCdf(x) : c.v.logSf(x));
  }));
}

/**
 * log P(lo < N ≤ hi) where it is resolved to 10% (else −∞): from the upper tails (finitePair.logIntervalProb),
 * or, where both ends are far in N's lower tail (F̄ = 1 in doubles: a lognormal with log-mean 100 below e^{90}),
 * from the log-cdfs, F(hi)·(1 − e^{log F(lo) − log F(hi)}), relative error about 1e-13·(1 + |log F|)/(1 − e^{Δ}).
 */
export function logInterval(n: Distribution, lo: number, hi: number): number {
  const ip = logIntervalProb(n, lo, hi - lo, hi);
  if (ip.log > -Infinity && ip.relError < 0.1) return ip.log;
  const lb = n.logCdf(hi), la = n.logCdf(lo);
  const gap = -Math.expm1(la - lb);
  const rel = (1e-13 * (1 + Math.abs(lb) + (la > -Infinity ? Math.abs(la) : 0))) / Math.max(1e-300, gap);
  return lb > -Infinity && gap > 0 && rel < 0.1 ? lb + Math.log(gap) : -Infinity;
}

/**
 * The certified lower bound on E[(V − μ)·1{r(U) = 1}] (see the file comment); `none` unless every class shares
 * the noise and the shift (one key) and the shift is affine with a positive slope.
 */
export function saturationGainLowerBound(classes: readonly ShiftClass[], r: Reward, T: number, mu: number): GainLowerBound {
  if (classes.length === 0 || !classes.every((c) => c.key === classes[0].key)) return NONE;
  const aff = classes[0].shift.affine;
  if (!aff || !(aff.slope > 0) || !Number.isFinite(mu)) return NONE;
  const n = classes[0].noise, g = classes[0].shift.g;
  const ginv = (s: number): number => (s - aff.intercept) / aff.slope;
  const slack = MEAN_REL_ERROR * classes.reduce((s, c) => s + c.w * Math.abs(c.v.mean()), 0) + 1e-300;
  const muLo = mu - slack, muHi = mu + slack;
  // where φ starts to vary: g(v) = T − (upper end of N) (φ > 0 above) and g(v) = T − (lower end of N) (φ < 1 below)
  const turns = [ginv(T - n.support.upper), ginv(T - n.support.lower)].filter(Number.isFinite);
  let best = NONE;
  const consider = (cut: number, below: boolean): void => {
    if (!Number.isFinite(cut) || (below ? !(cut < muLo) : !(cut > muHi))) return;
    // N's interval between the thresholds of the cut and of μ_lo / μ_hi
    const [lo, hi] = below ? [T - g(muLo), T - g(cut)] : [T - g(cut), T - g(muHi)];
    if (r.squash === 'clip' && n.massAt(hi) > 0) return;
    const ip = logInterval(n, lo, hi);
    if (!(ip > -Infinity)) return;
    const l = Math.log(below ? muLo - cut : cut - muHi) + ip + logTailOfV(classes, cut, below);
    if (l > best.log) best = { log: l, cut, side: below ? 'below' : 'above' };
  };
  for (let k = -30; k <= 64; k += 2) {
    const d = 2 ** k;
    consider(muLo - d, true);
    consider(muHi + d, false);
    for (const t of turns) { consider(Math.min(t, muLo) - d, true); consider(Math.max(t, muHi) + d, false); }
  }
  return best;
}
