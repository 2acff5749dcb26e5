/**
 * The exponential tilt dQ_θ/dQ = e^{θx}/M(θ), M(θ) = E_Q[e^{θX}] (claims.md §1 Gibbs / Donsker–Varadhan:
 * the maximiser of E_P[θX] − D(P‖Q)), and its KL divergence D(Q_θ‖Q) = θΛ′(θ) − Λ(θ), Λ = log M.
 * Same-family closed forms (claims.md §3, numerics.md §4.3): N(μ, σ²) → N(μ + θσ², σ²);
 * Exp(r) → Exp(r − θ); Gamma(k, r) → Gamma(k, r − θ); Poisson(λ) → Poisson(λe^θ); geometric(p) →
 * geometric(1 − (1 − p)e^θ); atoms re-weighted by e^{θx}; affine maps and mixtures recursively
 * (tilt(loc + sB, θ) = loc + s·tilt(B, sθ); a mixture's weights become w_i M_i(θ)/M(θ)). Everything else is
 * the generic tilt (tiltGeneric.ts), whose mean uses the closed forms of tiltMean.ts where they exist.
 */
import { build } from '../distributions/build.ts';
import { affine } from '../distributions/affine.ts';
import { mixture } from '../distributions/mixture.ts';
import type { Distribution } from '../distributions/types.ts';
import { DomainError } from '../errors.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { log1pmx } from '../numerics/special/log1pmx.ts';
import { genericTilt, type TiltSpec } from './tiltGeneric.ts';
import { tiltedMean } from './tiltMean.ts';

export type { TiltSpec } from './tiltGeneric.ts';

/** Λ(θ), throwing DomainError('tilt', 'theta', …) when the tilt is not normalisable (or Λ cannot be computed). */
export function requireNormalisable(q: Distribution, theta: number): number {
  if (!Number.isFinite(theta)) throw new DomainError('tilt', 'theta', 'a finite number', theta);
  const lam = q.logMgf(theta);
  if (lam === Infinity) {
    const range = `−λ₋ < θ < λ₊ with λ₊ = ${q.tails.right.mgfSup}, λ₋ = ${q.tails.left.mgfSup}`;
    throw new DomainError('tilt', 'theta', `a value with E[e^{θX}] < ∞ (${range}); the tilt e^{θx}dQ/E[e^{θX}] is not normalisable`, theta);
  }
  if (Number.isNaN(lam)) throw new DomainError('tilt', 'theta', 'a value where log E[e^{θX}] can be computed (it is NaN here)', theta);
  return lam;
}

/** The tilt Q_θ as a Distribution (see the file comment). θ = 0 returns Q itself. */
export function tilt(q: Distribution, theta: number): Distribution {
  const lam = requireNormalisable(q, theta);
  if (theta === 0) return q;
  const s = q.spec as Distribution['spec'] | TiltSpec;
  switch (s.family) {
    case 'tilt':
      return tilt(build(s.base), s.theta + theta);
    case 'normal':
      return build({ family: 'normal', mu: s.mu + theta * s.sigma * s.sigma, sigma: s.sigma });
    case 'exponential':
      return build({ family: 'exponential', rate: s.rate - theta });
    case 'gamma':
      return build({ family: 'gamma', shape: s.shape, rate: s.rate - theta });
    case 'pointMass':
      return q;
    case 'poisson':
      return build({ family: 'poisson', lambda: s.lambda * Math.exp(theta) });
    case 'geometric':
      return build({ family: 'geometric', p: -Math.expm1(Math.log1p(-s.p) + theta) });
    case 'categorical': {
      const lw = s.values.map((v, i) => Math.log(s.probs[i]) + theta * v);
      const total = logSumExp(lw);
      return build({ family: 'categorical', values: [...s.values], probs: lw.map((l) => Math.exp(l - total)) });
    }
    case 'affine':
      return affine({ base: tilt(build(s.base), s.scale * theta), loc: s.loc, scale: s.scale });
    case 'mixture': {
      const parts = s.components.map((c) => build(c));
      const lw = parts.map((p, i) => (s.weights[i] === 0 ? -Infinity : Math.log(s.weights[i]) + p.logMgf(theta)));
      const total = logSumExp(lw);
      const weights = lw.map((l) => Math.exp(l - total));
      const kept = parts.map((p, i) => ({ p, w: weights[i] })).filter((c) => c.w > 0);
      if (kept.length === 1) return tilt(kept[0].p, theta);
      return mixture({ components: kept.map((c) => tilt(c.p, theta)), weights: kept.map((c) => c.w) });
    }
    default:
      return genericTilt(q, theta, lam);
  }
}

/**
 * D(Q_θ‖Q) = θΛ′(θ) − Λ(θ) ≥ 0 (total: NaN for invalid input, Infinity where not normalisable).
 * Closed forms without cancellation for small θ: normal θ²σ²/2; exponential and gamma, with u = θ/r,
 * k·(u²/(1 − u) + log1pmx(−u)). Otherwise the centred form θ(Λ′(θ) − μ) − (Λ(θ) − θμ) when μ is finite
 * (smaller terms, same value), clamped at 0 against rounding.
 */
export function tiltKl(q: Distribution, theta: number): number {
  if (Number.isNaN(theta)) return NaN;
  if (theta === 0) return 0;
  const lam = q.logMgf(theta);
  if (lam === Infinity) return Infinity;
  if (Number.isNaN(lam)) return NaN;
  const s = q.spec;
  if (s.family === 'normal') return (theta * s.sigma) ** 2 / 2;
  if (s.family === 'exponential' || s.family === 'gamma') {
    const u = theta / s.rate;
    const k = s.family === 'gamma' ? s.shape : 1;
    return k * ((u * u) / (1 - u) + log1pmx(-u));
  }
  const m = tiltedMean(q, theta);
  const mu = q.mean();
  // θ(m − μ) − (Λ − θμ) removes a common offset when m and Λ are large and close, but when |θμ| exceeds both
  // |θm| and |Λ| it adds rounding of size ulp(θμ) instead (a reflected Weibull with k ≈ 0.09 has μ ≈ −1e9 while
  // m ≈ −0.06: the KL came out 1e-7 too high); take the form whose terms are smaller.
  const centred = Number.isFinite(mu) && Math.abs(theta * mu) <= Math.max(Math.abs(theta * m), Math.abs(lam));
  const kl = centred ? theta * (m - mu) - (lam - theta * mu) : theta * m - lam;
  return Number.isNaN(kl) ? NaN : Math.max(0, kl);
}
