/**
 * The Donsker–Varadhan (Gibbs) bound on the mean shift (claims.md §1, §2 T3): for every P ≪ Q with
 * D(P‖Q) ≤ d and every 0 < λ < λ₊,
 *   E_P[X] − μ_Q ≤ g(λ) := (d + Λ(λ))/λ,   Λ(λ) = log E_Q[e^{λ(X − μ_Q)}],
 * so B(d) = inf_λ g(λ) bounds the shift; it is attained by the tilt dP/dQ ∝ e^{λ*x}, so it is also the sup.
 * g′(λ) has the sign of k(λ) − d with k(λ) = λΛ′(λ) − Λ(λ) = D(Q_λ‖Q), the KL of the tilt, increasing in λ:
 * the minimiser solves k(λ*) = d, where g(λ*) = Λ′(λ*). We solve log k(e^u) = log d by the Illinois
 * (modified regula falsi) method on u = log λ — log k is nearly linear in u (k ≈ λ²σ²/2 for small λ) — from
 * u₀ = log(√(2d)/σ); after three steps without a sign change the far end of the range is tried once, so that
 * a root (or its absence) far from u₀ costs two evaluations instead of dozens. When k stays below d up to λ₊
 * (a law bounded above with d ≥ −log Q(X = ess sup), or Λ(λ₊) < ∞) — or above d down to λ = e^{−80} — g is
 * monotone on the range and its infimum is at the end; golden-section search on g over log λ takes over only
 * where the walk met a table failure (k ≤ 0 or NaN) or g is not finite at that end.
 * Λ comes from t3Cumulants.ts (closed forms or a node table), with its error estimate.
 * Closed forms (numerics.md §4.3): N(μ, σ²): B(d) = σ√(2d); V ∈ [a, b]: B(d) ≤ (b − a)√(d/2) (Hoeffding's
 * lemma, Λ(λ) ≤ λ²(b − a)²/8); heavy right tail (λ₊ = 0): B = +∞; d = 0: B = 0 (finite mean); an atom at
 * the top of the support with d ≥ −log Q(X = sup): B = sup − μ (P = δ_sup).
 */
import type { Distribution } from '../distributions/types.ts';
import { cumulantsOf, type Cumulants } from './t3Cumulants.ts';

export interface DvBound {
  /** B(d) (an upper bound on E_P[X] − μ_Q over D(P‖Q) ≤ d); Infinity when the right tail is heavy */
  readonly bound: number;
  /** the λ at which the bound was evaluated */
  readonly lambda: number;
  /** error estimate of `bound`: Λ's error over λ, plus g(λ) − Λ′(λ_a) with k(λ_a) ≤ d (B lies between them) */
  readonly error: number;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;
const U_MIN = -80;
const U_MAX = 80;

function goldenOnG(c: Cumulants, d: number, lo: number, hi: number): number {
  const g = (u: number) => {
    const v = (d + c.logMgf(Math.exp(u)).value) / Math.exp(u);
    return Number.isNaN(v) ? Infinity : v;
  };
  let a = hi - GOLDEN * (hi - lo);
  let b = lo + GOLDEN * (hi - lo);
  let ga = g(a);
  let gb = g(b);
  for (let i = 0; i < 200 && hi - lo > 1e-9; i++) {
    if (ga <= gb) { hi = b; b = a; gb = ga; a = hi - GOLDEN * (hi - lo); ga = g(a); }
    else { lo = a; a = b; ga = gb; b = lo + GOLDEN * (hi - lo); gb = g(b); }
  }
  return ga <= gb ? a : b;
}

/** B(d) for d ≥ 0. NaN for d < 0 or an undefined/infinite mean. */
export function dvBound(dist: Distribution, d: number): DvBound {
  const mu = dist.mean();
  if (!(d >= 0) || !Number.isFinite(mu)) return { bound: NaN, lambda: NaN, error: NaN };
  if (!(dist.mgfSup > 0)) return { bound: Infinity, lambda: 0, error: 0 };
  if (d === 0) return { bound: 0, lambda: 0, error: 0 }; // lim_{λ→0} Λ(λ)/λ = 0 for a finite mean
  // An atom at the top of the support: once d ≥ −log Q(X = sup), P = δ_sup is allowed and B = sup − μ exactly
  const top = dist.support.upper;
  const atTop = Number.isFinite(top) ? dist.massAt(top) : 0;
  if (atTop > 0 && d >= -Math.log(atTop)) return { bound: top - mu, lambda: Infinity, error: 4 * Number.EPSILON * (Math.abs(top) + Math.abs(mu)) };
  const c = cumulantsOf(dist);
  const uTop = Number.isFinite(dist.mgfSup) ? Math.log(dist.mgfSup) - 1e-12 : U_MAX;
  /** log k(e^u) − log d, with k the KL of the tilt at λ = e^u (NaN where Λ is unavailable). */
  const F = (u: number): number => {
    const k = c.tiltKl(Math.exp(u)).value;
    return k > 0 ? Math.log(k) - Math.log(d) : k === 0 || k < 0 ? -Infinity : NaN;
  };
  const sd = Math.sqrt(dist.variance());
  let u0 = Math.log(Math.sqrt(2 * d) / (sd > 0 && Number.isFinite(sd) ? sd : Math.max(1, Math.abs(mu))));
  u0 = Math.min(Math.max(u0, U_MIN + 1), uTop - 1e-9);
  // Bracket the root of F by steps of e² (log k moves by about 4 per step). NaN (Λ unavailable, e.g.
  // astronomically large) counts as "above the root"; it is then bisected rather than interpolated.
  const high = (f: number) => f > 0 || Number.isNaN(f);
  // k is increasing in λ: after three steps without a sign change the far end is tried once (the walk could
  // take up to 80 steps, each a new λ and often a new node table). A finite value there on the same side: no
  // root in [U_MIN, uTop], the walk ends there at once; a finite value (or NaN at uTop) on the other side:
  // [current, end] is a bracket. k = 0 or NaN at U_MIN, or k ≤ 0 at uTop, is a table failure, not a
  // verdict on the root: the walk goes on as before.
  let a = u0, fa = F(a), b = u0, fb = fa;
  for (let i = 0; i < 80 && high(fa) && a > U_MIN; i++) {
    if (i === 3 && a - 2 > U_MIN) {
      const fEnd = F(U_MIN);
      if (Number.isFinite(fEnd)) { b = a; fb = fa; a = U_MIN; fa = fEnd; break; }
    }
    b = a; fb = fa; a = Math.max(U_MIN, a - 2); fa = F(a);
  }
  for (let i = 0; i < 80 && !high(fb) && b < uTop; i++) {
    if (i === 3 && b + 2 < uTop) {
      const fEnd = F(uTop);
      if ((Number.isFinite(fEnd) || Number.isNaN(fEnd)) && fb > -Infinity) { a = b; fa = fb; b = uTop; fb = fEnd; break; }
    }
    a = b; fa = fb; b = Math.min(uTop, b + 2); fb = F(b);
  }
  let u: number;
  const bracketed = !high(fa) && high(fb) && fa > -Infinity;
  if (bracketed) {
    let side = 0;
    for (let i = 0; i < 200 && b - a > 1e-11 * Math.max(1, Math.abs(a)); i++) {
      const m = Number.isFinite(fb) ? (a * fb - b * fa) / (fb - fa) : 0.5 * (a + b);
      const fm = F(m);
      if (fm === 0) { a = b = m; break; }
      if (high(fm)) { b = m; fb = fm; if (side === 1) fa /= 2; side = 1; }
      else { a = m; fa = fm; if (side === -1 && Number.isFinite(fb)) fb /= 2; side = -1; }
    }
    // the low end: k(e^a) ≤ d, so g(e^a) ≥ B ≥ Λ′(e^a) sandwich B at one λ already evaluated (its sums are
    // memoised: no new node table), and the bracket is ~1e-11 wide
    u = a;
  } else {
    // No sign change on [U_MIN, uTop]: g′(λ) = (k(λ) − d)/λ² keeps one sign, so the infimum over the range is
    // at its end (uTop when k < d throughout, U_MIN when k > d throughout). The golden section over g only
    // where the walk did not end cleanly (NaN, or k = 0) or g is not finite there with a finite error.
    const end = b >= uTop && fb < 0 && fb > -Infinity ? uTop : a <= U_MIN && fa > 0 && Number.isFinite(fa) ? U_MIN : NaN;
    const mEnd = Number.isNaN(end) ? undefined : c.logMgf(Math.exp(end));
    const clean = mEnd !== undefined && Number.isFinite((d + mEnd.value) / Math.exp(end)) && Number.isFinite(mEnd.error);
    u = clean ? end : goldenOnG(c, d, U_MIN, uTop);
  }
  const lambda = Math.exp(u);
  const m = c.logMgf(lambda);
  const s = c.shift(lambda);
  const bound = (d + m.value) / lambda;
  // Sandwich: the tilt at λ_a = e^a has KL k(λ_a) ≤ d, so B ≥ Λ′(λ_a); and B ≤ g(λ) for every λ.
  let slack = 0;
  if (bracketed) {
    const sa = c.shift(Math.exp(a));
    slack = Math.max(0, bound - sa.value) + sa.error;
  } else if (Number.isFinite(s.value)) {
    slack = Math.abs(bound - s.value); // an end point: g ≠ Λ′ there is expected; counted as error
  }
  return { bound, lambda, error: m.error / lambda + slack + 4 * Number.EPSILON * Math.abs(bound) };
}
