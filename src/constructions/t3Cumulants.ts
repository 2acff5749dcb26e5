/**
 * The centred cumulant generating function Λ(λ) = log E_Q[e^{λ(X − μ)}] and the tilt shift Λ′(λ) = E_λ[X] − μ
 * (E_λ under dQ_λ ∝ e^{λx}dQ), each with an error estimate, for any built law of the suite. By the spec:
 *   mixture Σ w_k Q_k:  Λ = log Σ_k w_k·e^{Λ_k + λ(μ_k − μ)}, Λ′ = Σ_k π_k·(Λ′_k + μ_k − μ), π_k ∝ w_k e^{Λ_k + λμ_k};
 *   affine loc + s·Y:   Λ(λ) = Λ_Y(sλ),  Λ′(λ) = s·Λ′_Y(sλ);
 *   leaves: the family's closed-form logMgf and tilt mean (numerics.md §4.3; gumbel, logistic, beta, Poisson,
 *   geometric, zeta from their own files or below), else a node table (t3NodeTable.ts) for the families
 *   whose MGF has no closed form (Weibull and the reflections of Pareto, Lomax, lognormal, log-logistic, Fréchet).
 * Λ = +∞ where the MGF diverges. Errors: 8ε·(|λμ| + |log M|) for closed forms, the table's own estimate otherwise.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { betaTiltMean } from '../distributions/beta.ts';
import { exponentialTiltMean } from '../distributions/exponential.ts';
import { gammaTiltMean } from '../distributions/gamma.ts';
import { gumbelTiltMean } from '../distributions/gumbel.ts';
import { laplaceTiltMean } from '../distributions/laplace.ts';
import { logisticTiltMean } from '../distributions/logistic.ts';
import { normalTiltMean } from '../distributions/normal.ts';
import { uniformTiltMean } from '../distributions/uniform.ts';
import { logPolylogExp } from '../numerics/special/hurwitzZeta.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { tiltedMeanByQuadrature } from '../numerics/expectation.ts';
import { buildNodeTable, type NodeTable } from './t3NodeTable.ts';

export interface Estimate { readonly value: number; readonly error: number }
export interface Cumulants {
  readonly mean: number;
  /** centred Λ(λ) = log E[e^{λ(X − μ)}] */
  logMgf(lambda: number): Estimate;
  /** Λ′(λ) = E_λ[X] − μ */
  shift(lambda: number): Estimate;
}

const EPS = Number.EPSILON;
const TABLE_FAMILIES = new Set(['weibull', 'pareto', 'lomax', 'lognormal', 'logLogistic', 'frechet']);
const cache = new WeakMap<Distribution, Cumulants>();

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

function leafCumulants(d: Distribution): Cumulants {
  // Weibull k = 1 is the exponential law (closed forms; its λ₊ = 1/scale is finite, which tables avoid)
  if (d.spec.family === 'weibull' && d.spec.k === 1) return leafCumulants(build({ family: 'exponential', rate: 1 / d.spec.lambda }));
  const mu = d.mean();
  if (d.spec.family === 'normal') {
    const v = d.spec.sigma * d.spec.sigma;
    return { mean: mu, logMgf: (l) => ({ value: 0.5 * l * l * v, error: 2 * EPS * l * l * v }), shift: (l) => ({ value: l * v, error: EPS * Math.abs(l * v) }) };
  }
  if (!TABLE_FAMILIES.has(d.spec.family) || d.support.kind !== 'continuous') {
    return {
      mean: mu,
      logMgf: (l) => {
        const m = d.logMgf(l);
        return { value: m - l * mu, error: 8 * EPS * (Math.abs(l * mu) + Math.abs(m)) };
      },
      shift: (l) => {
        const t = l === 0 ? mu : closedTiltMean(d, l);
        return { value: t - mu, error: 8 * EPS * (Math.abs(t) + Math.abs(mu)) };
      },
    };
  }
  const mgfSup = d.mgfSup;
  const tables = new Map<number, { t: NodeTable; consistent: boolean; logMass: number }>();
  /**
   * A table is `centred-consistent` when its own mass and mean match 1 and μ (to 1e-9): then the centred sums
   * below are exact in relative terms. Otherwise (a mean carried by mass the table cannot reach, e.g. a
   * reflected log-logistic with β → 1⁺ whose mean sits mostly beyond 1e300) the uncentred sums are used:
   * E[e^{λX}] itself is insensitive to that far mass for λ of practical size.
   */
  /**
   * One table per octave of |λ| (deterministic: the same λ always meets the same table, whatever was asked
   * before): λ ∈ (2^{b−1}, 2^b] uses the envelope exponent L = ±2^{b+1}. Where the tilt moves the mass by
   * more than the body's width (strongly light tails at large λ) that table cannot resolve e^{λx}f and says
   * so through its error estimate; then a table fitted to λ itself (L = λ) is used (`exact`).
   */
  const tableFor = (l: number, exact = false): { t: NodeTable; consistent: boolean; logMass: number } => {
    const b = Math.ceil(Math.log2(Math.abs(l)));
    const key = exact ? l : Math.sign(l) * (b + 2000) + 0.5;
    let entry = tables.get(key);
    if (!entry) {
      if (tables.size > 64) tables.clear();
      const t = buildNodeTable(d.logPdf, d.support.lower, d.support.upper, exact ? l : Math.sign(l) * 2 ** (b + 1), !exact);
      let mass = 0, m1 = 0, a1 = 0;
      for (let j = 0; j < t.x.length; j++) { mass += t.K[j]; m1 += t.K[j] * (t.x[j] - mu); a1 += t.K[j] * Math.abs(t.x[j] - mu); }
      entry = { t, consistent: Math.abs(m1) <= 1e-9 * a1 && Math.abs(mass - 1) <= 1e-9, logMass: Math.log(mass) };
      tables.set(key, entry);
    }
    return entry;
  };
  let memo: { l: number; r: ReturnType<typeof sumsAt> } | undefined;
  const sums = (l: number) => {
    if (memo?.l !== l) {
      let r = sumsAt(l, false);
      if (!(r.e0 <= 1e-9 * r.k0 + 1e-300)) r = sumsAt(l, true); // relative to E[h(y)] (centred) or E[e^y] (scaled)
      memo = { l, r };
    }
    return memo.r;
  };
  function sumsAt(l: number, exact: boolean) {
    const { t, consistent, logMass } = tableFor(l, exact);
    let big = -Infinity;
    let maxY = -Infinity;
    for (let j = 0; j < t.x.length; j++) {
      if (t.logK[j] === -Infinity) continue;
      big = Math.max(big, t.logK[j] + l * (t.x[j] - mu));
      maxY = Math.max(maxY, l * (t.x[j] - mu));
    }
    const scaled = maxY > 600 || !consistent; // log-space sums: e^y would overflow (Λ far from 0), or see tableFor
    let k0 = 0, k1 = 0, e0 = 0, e1 = 0;
    for (let s = 0; s < t.x.length; s += 15) {
      let sk0 = 0, sk1 = 0, sg0 = 0, sg1 = 0;
      for (let j = s; j < s + 15; j++) {
        if (t.logK[j] === -Infinity) continue;
        const dx = t.x[j] - mu;
        const y = l * dx;
        const f0 = scaled ? 0 : hOf(y);
        const f1 = scaled ? 0 : dx * Math.expm1(y);
        if (scaled) {
          const wk = Math.exp(t.logK[j] - big + y), wg = Math.exp(t.logG[j] - big + y);
          sk0 += wk; sk1 += wk * dx; sg0 += wg; sg1 += wg * dx;
          continue;
        }
        sk0 += t.K[j] * f0; sk1 += t.K[j] * f1;
        if (t.G[j] > 0) { sg0 += t.G[j] * f0; sg1 += t.G[j] * f1; }
      }
      k0 += sk0; k1 += sk1; e0 += Math.abs(sk0 - sg0); e1 += Math.abs(sk1 - sg1);
    }
    if (!t.converged) { e0 = Infinity; e1 = Infinity; } // the rule met neither tolerance nor budget: no estimate
    return { scaled, big: big - logMass, k0, k1, e0, e1 };
  }
  const unavailable = { value: NaN, error: Infinity };
  // Last resort: the family's own adaptive quadrature (milliseconds per call), credited with 1e-9 relative.
  const byFamily = {
    logMgf: (l: number): Estimate => { const m = d.logMgf(l) - l * mu; return Number.isFinite(m) && m >= 0 ? { value: m, error: 1e-9 * (1 + Math.abs(m) + Math.abs(l * mu)) } : unavailable; },
    shift: (l: number): Estimate => { const t = tiltedMeanByQuadrature(d.logPdf, d.support.lower, d.support.upper, l) - mu; return Number.isFinite(t) ? { value: t, error: 1e-9 * (Math.abs(t) + Math.abs(mu)) } : unavailable; },
  };
  return {
    mean: mu,
    logMgf: (l) => {
      if (l === 0) return { value: 0, error: 0 };
      if (l > 0 && !(l < mgfSup)) return { value: Infinity, error: 0 };
      const s = sums(l);
      if (s.e0 === Infinity) return byFamily.logMgf(l);
      // Λ ≥ 0 (Jensen): a negative or non-finite value means the table failed (e.g. Weibull k → 1⁺ past 1/scale)
      const raw = s.scaled ? s.big + Math.log(s.k0) : Math.log1p(s.k0);
      const error = s.scaled ? s.e0 / s.k0 + 8 * EPS * (Math.abs(s.big) + 1) : s.e0 / (1 + s.k0) + 4 * EPS * raw;
      return raw >= -error && Number.isFinite(raw) && error < Infinity ? { value: Math.max(raw, 0), error } : unavailable;
    },
    shift: (l) => {
      if (l === 0) return { value: 0, error: 0 };
      if (l > 0 && !(l < mgfSup)) return { value: Infinity, error: 0 };
      const s = sums(l);
      if (s.e1 === Infinity) return byFamily.shift(l);
      const den = s.scaled ? s.k0 : 1 + s.k0;
      const value = s.k1 / den;
      if (!Number.isFinite(value)) return unavailable;
      return { value, error: s.e1 / den + Math.abs(value) * (s.e0 / den + 8 * EPS) };
    },
  };
}

/** h(y) = e^y − 1 − y, by its series for |y| < ½ (no cancellation). */
function hOf(y: number): number {
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

function specCumulants(d: Distribution): Cumulants {
  const spec = d.spec as DistributionSpec;
  if (spec.family === 'affine') {
    const base = cumulantsOf(build(spec.base));
    const s = spec.scale;
    return { mean: d.mean(), logMgf: (l) => base.logMgf(s * l), shift: (l) => { const r = base.shift(s * l); return { value: s * r.value, error: Math.abs(s) * r.error }; } };
  }
  if (spec.family === 'mixture') {
    const total = spec.weights.reduce((a, b) => a + b, 0);
    const parts = spec.components.map((c, k) => ({ w: spec.weights[k] / total, c: cumulantsOf(build(c)) })).filter((p) => p.w > 0);
    const mu = parts.reduce((a, p) => a + p.w * p.c.mean, 0);
    /**
     * With y_k = Λ_k(λ) + λδ_k, δ_k = μ_k − μ and Σ w_k δ_k = 0: E[e^{λ(X−μ)}] = Σ w_k e^{y_k} = 1 + S,
     * S = Σ_k w_k (Λ_k + h(y_k)) with h(y) = e^y − 1 − y ≥ 0 and Λ_k ≥ 0: no cancellation as λ → 0.
     */
    const terms = (l: number) => parts.map((p) => { const m = p.c.logMgf(l); return { m, y: m.value + l * (p.c.mean - mu) }; });
    const logMgf = (l: number): Estimate => {
      if (l === 0) return { value: 0, error: 0 };
      const ts = terms(l);
      if (ts.some((t) => Number.isNaN(t.y))) return { value: NaN, error: Infinity };
      const error = ts.reduce((a, t, k) => a + parts[k].w * Math.exp(Math.min(t.y, 700)) * t.m.error, 0);
      if (Math.max(...ts.map((t) => t.y)) > 1) {
        const value = logSumExp(ts.map((t, k) => Math.log(parts[k].w) + t.y));
        return { value, error: error / Math.exp(Math.min(value, 700)) + 8 * EPS * (Math.abs(value) + 1) };
      }
      const S = ts.reduce((a, t, k) => a + parts[k].w * (t.m.value + hOf(t.y)), 0);
      return { value: Math.log1p(S), error: error / (1 + S) + 8 * EPS * S + 8 * EPS * ts.reduce((a, t) => a + Math.abs(t.y), 0) };
    };
    return {
      mean: d.mean(),
      logMgf,
      shift: (l) => {
        const L = logMgf(l);
        if (L.value === Infinity) return { value: Infinity, error: 0 };
        let value = 0, error = 0;
        terms(l).forEach((t, k) => {
          const pi = parts[k].w * Math.exp(t.y - L.value); // π_k = w_k e^{y_k}/(1 + S)
          if (pi === 0) return;
          const sk = parts[k].c.shift(l);
          const delta = parts[k].c.mean - mu;
          // w_k·expm1(y_k)·δ_k/(1 + S), formed without overflow when y_k is large
          const excess = t.y < 700 ? Math.expm1(t.y) * Math.exp(-L.value) : Math.exp(t.y - L.value) - Math.exp(-L.value);
          value += pi * sk.value + parts[k].w * excess * delta;
          error += pi * (sk.error + Math.abs(sk.value + delta) * (t.m.error + L.error)) + 8 * EPS * pi * (Math.abs(sk.value) + Math.abs(delta));
        });
        return { value, error };
      },
    };
  }
  return leafCumulants(d);
}

/** The centred cumulants of a built law (cached per object). */
export function cumulantsOf(d: Distribution): Cumulants {
  let c = cache.get(d);
  if (!c) {
    const raw = specCumulants(d);
    c = { mean: raw.mean, logMgf: memoLast(raw.logMgf), shift: memoLast(raw.shift) };
    cache.set(d, c);
  }
  return c;
}

/** Remember the last few arguments: the DV search and mixtures ask for Λ and Λ′ at the same λ repeatedly. */
function memoLast(f: (l: number) => Estimate): (l: number) => Estimate {
  const keys: number[] = [];
  const values: Estimate[] = [];
  return (l) => {
    const i = keys.indexOf(l);
    if (i >= 0) return values[i];
    const v = f(l);
    keys.unshift(l); values.unshift(v);
    if (keys.length > 4) { keys.pop(); values.pop(); }
    return v;
  };
}
