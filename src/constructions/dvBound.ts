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
 * the top of the support with d ≥ −log Q(X = sup): B = sup − μ (P = δ_sup); a law on one point: B = 0 exactly
 * (every P ≪ δ_x is δ_x), whatever rounding leaves in its computed mean.
 * Every B is measured from the computed mean (B = sup − μ directly; the root search's sums centred there,
 * t3Cumulants.ts), so every error estimate counts the mean's rounding (`meanRoundingOf`). Every value is clamped
 * at 0 (B ≥ 0 taking P = Q): a projection onto where B lies, which can only bring it nearer.
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { cumulantsOf, type Cumulants } from './t3Cumulants.ts';

export interface DvBound {
  /** B(d) (an upper bound on E_P[X] − μ_Q over D(P‖Q) ≤ d); Infinity when the right tail is heavy */
  readonly bound: number;
  /** the λ at which the bound was evaluated */
  readonly lambda: number;
  /** error estimate of `bound`: Λ's error over λ, plus g(λ) − Λ′(λ_a) with k(λ_a) ≤ d (B lies between them), plus the mean's rounding */
  readonly error: number;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;
const EPS = Number.EPSILON;
/** families whose mean is a parameter or one or two arithmetic operations on them */
const SIMPLE_MEANS = new Set(['pointMass', 'normal', 'poisson', 'laplace', 'logistic', 'exponential', 'gamma', 'geometric', 'beta']);

/**
 * A bound on |dist.mean() − E[X]| (and on the rounding of the support's ends), from how the suite forms the
 * mean (spec walk). affine loc + s·Y: fl(loc + fl(s·μ_Y)) rounds twice, ≤ ε(|s·μ_Y| + |loc|) (with |loc| also
 * the scale of the ends' images, loc + s·sup Y), plus |s|·(Y's own); the mean of affine(categorical[10], −10, 1),
 * the law of 0, is 1.8e-15 = ulp(10). Mixture: Neumaier sum of w_k·μ_k over normalised weights,
 * ≤ (n + 2)ε·Σ w_k|μ_k| plus Σ w_k·(component's). Categorical: a log-space sum (categorical.ts), each term
 * e^{log w_i + log|x_i|} relative ε(|log w_i| + |log|x_i|| + 3), a log-sum-exp over n terms and the join of the
 * positive and negative parts: 2ε(n + 8 + max_i(|log w_i| + |log|x_i||) + 2|log A|)·A with A = Σ w_i|x_i|
 * (twice the first-order count; measured against exact sums in dvBound.test.ts). Simple closed forms (a
 * parameter or a ratio of two): 4ε|μ|; uniform: 4ε(|a| + |b|); special-function means (Weibull, lognormal, zeta…):
 * the suite's stated accuracy of means, 1e-12 relative (accuracy.test.ts).
 */
const roundingCache = new WeakMap<Distribution, number>();
export function meanRoundingOf(dist: Distribution): number {
  let r = roundingCache.get(dist);
  if (r === undefined) {
    r = roundingOfSpec(dist.spec, dist.mean(), largestEnd(dist.support.lower, dist.support.upper));
    roundingCache.set(dist, r);
  }
  return r;
}

/** max |finite support end| (0 when both are infinite) */
function largestEnd(lower: number, upper: number): number {
  return Math.max(0, ...[lower, upper].filter(Number.isFinite).map(Math.abs));
}

/**
 * The rounding of a law's mean from its spec, its computed mean mu and the size `ends` of its finite support ends.
 * An affine map's base is not built: its mean (μ − loc)/s and ends ≤ (|y| + |loc|)/|s| are sizes, enough here.
 */
function roundingOfSpec(spec: DistributionSpec, mu: number, ends: number): number {
  switch (spec.family) {
    case 'affine': {
      const s = Math.abs(spec.scale), loc = Math.abs(spec.loc);
      const mb = (mu - spec.loc) / spec.scale;
      const endsB = ends > 0 ? (ends + loc) / s : 0;
      return s * roundingOfSpec(spec.base, mb, endsB) + EPS * (loc + s * Math.abs(mb) + s * endsB);
    }
    case 'mixture': {
      const total = spec.weights.reduce((a, b) => a + b, 0);
      const n = spec.components.length;
      return spec.components.reduce((acc, c, k) => {
        const w = spec.weights[k] / total;
        if (!(w > 0)) return acc;
        const q = buildCached(c); // one build per component spec, not one per walk
        const m = q.mean();
        return acc + w * (roundingOfSpec(c, m, largestEnd(q.support.lower, q.support.upper)) + (n + 2) * EPS * Math.abs(m));
      }, 0);
    }
    case 'categorical': {
      const total = spec.probs.reduce((a, b) => a + b, 0);
      let A = 0, L = 0;
      spec.values.forEach((x, i) => {
        const w = spec.probs[i] / total;
        if (!(w > 0) || x === 0) return;
        A += w * Math.abs(x);
        L = Math.max(L, Math.abs(Math.log(w)) + Math.abs(Math.log(Math.abs(x))));
      });
      return A > 0 ? 2 * EPS * (spec.values.length + 8 + L + 2 * Math.abs(Math.log(A))) * A : 0;
    }
    case 'uniform': return 4 * EPS * (Math.abs(spec.a) + Math.abs(spec.b));
    default: return (SIMPLE_MEANS.has(spec.family) ? 4 * EPS : 1e-12) * Math.abs(mu);
  }
}

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
  const { lower, upper: top } = dist.support;
  const atTop = Number.isFinite(top) ? dist.massAt(top) : 0;
  // one point carrying all the mass: every P ≪ δ_x is δ_x, B = 0 exactly (the computed mean of 10 − 10 is
  // 1.8e-15, above the top 0). Both tests: distinct atoms whose images round onto one double keep massAt < 1.
  if (lower === top && atTop === 1) return { bound: 0, lambda: Infinity, error: 0 };
  // An atom at the top of the support: once d ≥ −log Q(X = sup), P = δ_sup is allowed and B = sup − μ exactly,
  // the one form that subtracts the computed mean: its error counts the mean's rounding; B ≥ 0, so clamped there
  if (atTop > 0 && d >= -Math.log(atTop)) {
    return { bound: Math.max(top - mu, 0), lambda: Infinity, error: 4 * EPS * (Math.abs(top) + Math.abs(mu)) + meanRoundingOf(dist) };
  }
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
  // The sums are centred at the computed mean μ̃ = μ + δ (t3Cumulants.ts): the h-sums then give
  // Λ̂ = log(e^{Λ − λδ} + λδ), between Λ − λ|δ| and Λ + λ|δ| (e^{−x} ≤ e^{−x} + xe^{−Λ} ≤ e^{|x|}), and the
  // uncentred (scaled) sums Λ − λδ: either way g moves by at most |δ| ≤ meanRoundingOf (second order in δ for
  // the h-sums, but a law a few ulps wide makes that first order: atoms 1 and 1 + 2^-52 at d = 1e-6 gave B 40% off).
  // B ≥ 0 (P = Q): a negative g(λ) is rounding (a law within rounding of its top), within its error; NaN stays NaN
  return { bound: Math.max(bound, 0), lambda, error: m.error / lambda + slack + 4 * EPS * Math.abs(bound) + meanRoundingOf(dist) };
}
