/**
 * Centred cumulants from the families' closed forms (numerics.md §4.3 tilt means; gumbel, logistic, beta from
 * their own files; Poisson, geometric, Lévy, zeta, categorical below), switching near λ = 0 to sums that keep
 * relative accuracy (see closedCumulants).
 */
import type { Distribution } from '../distributions/types.ts';
import { betaTiltMean } from '../distributions/beta.ts';
import { exponentialTiltMean } from '../distributions/exponential.ts';
import { gammaTiltMean } from '../distributions/gamma.ts';
import { gumbelTiltMean } from '../distributions/gumbel.ts';
import { laplaceTiltMean } from '../distributions/laplace.ts';
import { logisticTiltMean } from '../distributions/logistic.ts';
import { normalTiltMean } from '../distributions/normal.ts';
import { uniformTiltMean } from '../distributions/uniform.ts';
import { logPolylogExp } from '../numerics/special/hurwitzZeta.ts';
import { EPS, hOf, type Cumulants, type Estimate } from './t3CumulantTypes.ts';
import { tableCumulants } from './t3TableCumulants.ts';

function closedTiltMean(d: Distribution, l: number): number {
  const s = d.spec as Record<string, number> & { family: string; values?: number[]; probs?: number[] };
  switch (s.family) {
    case 'normal': return normalTiltMean(l, s.mu, s.sigma);
    case 'exponential': return exponentialTiltMean(l, s.rate);
    case 'gamma': return gammaTiltMean(l, s.shape, s.rate);
    case 'laplace': return laplaceTiltMean(l, s.mu, s.b);
    case 'logistic': return logisticTiltMean(l, s.mu, s.s);
    case 'gumbel': return gumbelTiltMean(l, s.mu, s.beta);
    case 'uniform': return uniformTiltMean(l, s.a, s.b);
    case 'beta': return betaTiltMean(l, s.alpha, s.beta);
    case 'pointMass': return s.x;
    case 'poisson': return s.lambda * Math.exp(l);
    case 'geometric': return s.p === 1 ? 1 : 1 / -Math.expm1(Math.log1p(-s.p) + l); // support {1, 2, …}
    case 'levy': return l < 0 ? (s.mu ?? 0) + Math.sqrt(s.c / (-2 * l)) : Infinity;
    case 'zeta': return l < 0 ? Math.exp(logPolylogExp(s.s - 1, -l) - logPolylogExp(s.s, -l)) : Infinity;
    case 'categorical': {
      const ls = s.values!.map((v, i) => Math.log(s.probs![i]) + l * v);
      const m = Math.max(...ls);
      let num = 0, den = 0;
      s.values!.forEach((v, i) => { const w = Math.exp(ls[i] - m); num += v * w; den += w; });
      return num / den;
    }
    default: return NaN;
  }
}

/**
 * Closed forms: Λ(λ) = log M(λ) − λμ and Λ′ = tilt mean − μ. These lose relative accuracy as λ → 0 (each
 * part is ≈ λμ while Λ ≈ λ²σ²/2, and lgamma/digamma carry absolute errors ~1e-15): for |λ|·IQR < 1e-2 a
 * continuous law switches to its node table (centred h-sums, relative accuracy), a categorical law to direct
 * centred sums over its atoms, a Poisson law to λ₀·h(θ) and λ₀·expm1(θ), the gamma (exponential) and Laplace
 * laws to their centred closed forms below (exact, no node table).
 */
export function closedCumulants(d: Distribution): Cumulants {
  const mu = d.mean();
  const spec = d.spec as Record<string, number> & { family: string; values?: number[]; probs?: number[] };
  const iqr = d.quantile(0.75) - d.quantile(0.25);
  const small = (l: number) => Math.abs(l) * (iqr > 0 ? iqr : 1) < 1e-2;
  let table: Cumulants | undefined;
  const near = (): Cumulants | undefined => {
    if (spec.family === 'exponential') return (table ??= gammaCumulants(1, spec.rate));
    if (spec.family === 'gamma') return (table ??= gammaCumulants(spec.shape, spec.rate));
    if (spec.family === 'laplace') return (table ??= laplaceCumulants(spec.b, mu));
    if (d.support.kind === 'continuous') return (table ??= tableCumulants(d));
    if (spec.family === 'categorical') return (table ??= atomCumulants(spec.values!, spec.probs!, mu));
    if (spec.family === 'poisson') {
      const lam = spec.lambda;
      return (table ??= {
        mean: mu,
        logMgf: (l) => ({ value: lam * hOf(l), error: 4 * EPS * lam * hOf(l) }),
        shift: (l) => ({ value: lam * Math.expm1(l), error: 4 * EPS * Math.abs(lam * Math.expm1(l)) }),
        tiltKl: (l) => { const v = lam * (l * Math.expm1(l) - hOf(l)); return { value: v, error: 8 * EPS * Math.abs(v) + 4 * EPS * lam * Math.abs(l * Math.expm1(l)) }; },
      });
    }
    if (spec.family === 'geometric' && spec.p < 1) return (table ??= geometricCumulants(spec.p));
    return undefined;
  };
  const closed: Cumulants = {
    mean: mu,
    logMgf: (l) => {
      const m = d.logMgf(l);
      return { value: m - l * mu, error: 8 * EPS * (Math.abs(l * mu) + Math.abs(m)) + 1e-15 };
    },
    shift: (l) => {
      const t = l === 0 ? mu : closedTiltMean(d, l);
      return { value: t - mu, error: 8 * EPS * (Math.abs(t) + Math.abs(mu)) };
    },
    tiltKl: (l) => {
      if (l === 0) return { value: 0, error: 0 };
      const m = d.logMgf(l);
      const t = closedTiltMean(d, l);
      if (m === Infinity || t === Infinity) return { value: Infinity, error: 0 };
      return { value: l * t - m, error: 8 * EPS * (Math.abs(l * t) + Math.abs(m)) + 1e-15 };
    },
  };
  // near 0 the sums are preferred unless their estimate is worse than the closed form's (a failed table)
  const pick = (f: 'logMgf' | 'shift' | 'tiltKl') => (l: number): Estimate => {
    const c = closed[f](l);
    const n = l !== 0 && small(l) ? near() : undefined;
    if (!n) return c;
    const v = n[f](l);
    return Number.isFinite(v.value) && !(v.error > c.error) ? v : c;
  };
  return { mean: mu, logMgf: pick('logMgf'), shift: pick('shift'), tiltKl: pick('tiltKl') };
}

/** Centred sums over finitely many atoms: Λ = log1p(Σ p_i h(y_i)), y_i = λ(x_i − μ), no cancellation. */
function atomCumulants(values: readonly number[], probs: readonly number[], mu: number): Cumulants {
  const sums = (l: number) => {
    let s = 0, t = 0, a = 0;
    values.forEach((x, i) => { const y = l * (x - mu); s += probs[i] * hOf(y); t += probs[i] * (x - mu) * Math.expm1(y); a += probs[i] * Math.abs(x - mu) * Math.exp(y); });
    return { s, t, a };
  };
  return {
    mean: mu,
    logMgf: (l) => { const { s } = sums(l); return { value: Math.log1p(s), error: 8 * EPS * Math.log1p(s) }; },
    shift: (l) => { const { s, t, a } = sums(l); return { value: t / (1 + s), error: 8 * EPS * a / (1 + s) }; },
    tiltKl: (l) => { const { s, t, a } = sums(l); const v = (l * t) / (1 + s) - Math.log1p(s); return { value: v, error: 8 * EPS * (Math.abs(l) * a / (1 + s) + Math.log1p(s)) }; },
  };
}

/** G(y) = −log(1 − y) − y = Σ_{k≥2} y^k/k ≥ 0 for y < 1 (series for |y| < ½: no cancellation). */
function minusLog1mMinusY(y: number): number {
  if (Math.abs(y) >= 0.5) return -Math.log1p(-y) - y;
  let term = y, sum = 0;
  for (let k = 2; k < 60; k++) {
    term *= y;
    sum += term / k;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/**
 * Geometric(p) on {1, 2, …} near λ = 0, cancellation-free: with r = (1 − p)/p = μ − 1 and y = r·expm1(λ),
 *   Λ(λ) = r·h(λ) + G(y),  Λ′(λ) = y + r·e^λ·y/(1 − y),
 *   λΛ′ − Λ = r·(1 − e^λ(1 − λ)) + (λ·r·e^λ·y/(1 − y) − G(y))
 * (from log M = λ − log1p(−y), μ = 1/p; every part ≈ λ² or λ with one sign: relative accuracy at any small λ,
 * where the closed form λΛ′ − Λ loses everything below λ ≈ 1e-8).
 */
function geometricCumulants(p: number): Cumulants {
  const r = (1 - p) / p;
  const parts = (l: number) => {
    const y = r * Math.expm1(l);
    return { y, ok: y < 0.5, G: minusLog1mMinusY(y), ry: r * Math.exp(l) * y / (1 - y) };
  };
  const na = { value: NaN, error: Infinity };
  return {
    mean: 1 / p,
    logMgf: (l) => { const { ok, G } = parts(l); if (!ok) return na; const v = r * hOf(l) + G; return { value: v, error: 8 * EPS * v }; },
    shift: (l) => { const { y, ok, ry } = parts(l); if (!ok) return na; const v = y + ry; return { value: v, error: 8 * EPS * Math.abs(v) }; },
    tiltKl: (l) => {
      const { ok, G, ry } = parts(l);
      if (!ok) return na;
      const a = r * (l * Math.expm1(l) - hOf(l)), b = l * ry - G;
      return { value: a + b, error: 8 * EPS * (Math.abs(l * Math.expm1(l) * r) + Math.abs(l * ry) + G + r * hOf(l)) };
    },
  };
}

/**
 * Gamma(a, r) (Exp(r) for a = 1) near λ = 0, cancellation-free: with y = λ/r (|y| < ½ here),
 *   Λ(λ) = a·G(y),  Λ′(λ) = a·y/(r(1 − y)),  λΛ′ − Λ = a·(y²/(1 − y) − G(y))
 * (log M = −a·log(1 − y), μ = a/r; G(y) = −log(1 − y) − y ≥ 0; the KL's two parts are ≈ y² and y²/2: at most
 * one bit lost). Outside |y| < ½ NaN: the caller keeps the closed form.
 */
function gammaCumulants(a: number, r: number): Cumulants {
  const na = { value: NaN, error: Infinity };
  const ok = (y: number) => Math.abs(y) < 0.5;
  return {
    mean: a / r,
    logMgf: (l) => { const y = l / r; if (!ok(y)) return na; const v = a * minusLog1mMinusY(y); return { value: v, error: 8 * EPS * v }; },
    shift: (l) => { const y = l / r; if (!ok(y)) return na; const v = (a * y) / (r * (1 - y)); return { value: v, error: 8 * EPS * Math.abs(v) }; },
    tiltKl: (l) => {
      const y = l / r;
      if (!ok(y)) return na;
      const p = (y * y) / (1 - y), g = minusLog1mMinusY(y);
      return { value: a * (p - g), error: 8 * EPS * a * (p + g) };
    },
  };
}

/**
 * Laplace(μ, b) near λ = 0: with z = bλ (|z| < ½ here), log M = λμ − log(1 − z²), so
 *   Λ(λ) = −log1p(−z²),  Λ′(λ) = 2bz/(1 − z²),  λΛ′ − Λ = 2z²/(1 − z²) + log1p(−z²)
 * (the KL's parts are ≈ 2z² and −z²: one bit lost at most). Outside |z| < ½ NaN.
 */
function laplaceCumulants(b: number, mu: number): Cumulants {
  const na = { value: NaN, error: Infinity };
  return {
    mean: mu,
    logMgf: (l) => { const z = b * l; if (!(Math.abs(z) < 0.5)) return na; const v = -Math.log1p(-z * z); return { value: v, error: 8 * EPS * v }; },
    shift: (l) => { const z = b * l; if (!(Math.abs(z) < 0.5)) return na; const v = (2 * b * z) / (1 - z * z); return { value: v, error: 8 * EPS * Math.abs(v) }; },
    tiltKl: (l) => {
      const z = b * l;
      if (!(Math.abs(z) < 0.5)) return na;
      const p = (2 * z * z) / (1 - z * z), q = Math.log1p(-z * z);
      return { value: p + q, error: 8 * EPS * (p - q) };
    },
  };
}
