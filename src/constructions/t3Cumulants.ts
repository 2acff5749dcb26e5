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
  const tables = new Map<number, NodeTable>();
  const tableFor = (l: number): NodeTable => {
    const side = Math.sign(l);
    let t = tables.get(side);
    if (!t || Math.abs(l) > Math.abs(t.L)) {
      // the envelope e^{Lx}f must stay integrable: L below λ₊ (Weibull k = 1 has λ₊ = 1/scale)
      const L = l > 0 && Number.isFinite(mgfSup) ? Math.min(4 * l, 0.5 * (l + mgfSup)) : 4 * l;
      t = buildNodeTable(d.logPdf, d.support.lower, d.support.upper, L);
      tables.set(side, t);
    }
    return t;
  };
  /**
   * With y = λ(x − μ) and E_Q[X − μ] = 0 exactly: E[e^y] = 1 + E[h(y)], h(y) = e^y − 1 − y ≥ 0, and
   * E[(X − μ)e^y] = E[(X − μ)·expm1(y)], whose integrand has one sign. Both are summed over the table without
   * cancellation, so Λ keeps its relative accuracy as λ → 0 (where Λ ≈ λ²σ²/2) and the table's own mass
   * and mean (≈ 1 and ≈ μ to the rule's accuracy) never enter.
   */
  let memo: { l: number; r: ReturnType<typeof sumsAt> } | undefined;
  const sums = (l: number) => {
    if (memo?.l !== l) memo = { l, r: sumsAt(l) };
    return memo.r;
  };
  function sumsAt(l: number) {
    const t = tableFor(l);
    let big = -Infinity;
    let maxY = -Infinity;
    for (let j = 0; j < t.x.length; j++) {
      if (t.logK[j] === -Infinity) continue;
      big = Math.max(big, t.logK[j] + l * (t.x[j] - mu));
      maxY = Math.max(maxY, l * (t.x[j] - mu));
    }
    const scaled = maxY > 600; // e^y would overflow: log-space sums (Λ is then far from 0, nothing cancels)
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
    return { scaled, big, k0, k1, e0, e1 };
  }
  const unavailable = { value: NaN, error: Infinity };
  return {
    mean: mu,
    logMgf: (l) => {
      if (l === 0) return { value: 0, error: 0 };
      if (l > 0 && !(l < mgfSup)) return { value: Infinity, error: 0 };
      const s = sums(l);
      // Λ ≥ 0 (Jensen): a negative or non-finite value means the table failed (e.g. Weibull k → 1⁺ past 1/scale)
      const value = s.scaled ? s.big + Math.log(s.k0) : Math.log1p(s.k0);
      const error = s.scaled ? s.e0 / s.k0 + 8 * EPS * Math.abs(s.big) : s.e0 / (1 + s.k0) + 4 * EPS * value;
      return value >= 0 && Number.isFinite(value) && error < Infinity ? { value, error } : unavailable;
    },
    shift: (l) => {
      if (l === 0) return { value: 0, error: 0 };
      if (l > 0 && !(l < mgfSup)) return { value: Infinity, error: 0 };
      const s = sums(l);
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
    const mu = d.mean();
    const logTerms = (l: number) => parts.map((p) => { const m = p.c.logMgf(l); return { m, log: Math.log(p.w) + m.value + l * (p.c.mean - mu) }; });
    return {
      mean: mu,
      logMgf: (l) => {
        if (l === 0) return { value: 0, error: 0 };
        const ts = logTerms(l);
        const value = logSumExp(ts.map((t) => t.log));
        return { value, error: Math.max(...ts.map((t) => t.m.error)) + 8 * EPS * ts.reduce((a, t, k) => a + Math.abs(l * (parts[k].c.mean - mu)), Math.abs(value)) };
      },
      shift: (l) => {
        const ts = logTerms(l);
        const lz = logSumExp(ts.map((t) => t.log));
        if (lz === Infinity) return { value: Infinity, error: 0 };
        let value = 0, error = 0;
        ts.forEach((t, k) => {
          const pi = Math.exp(t.log - lz);
          if (pi === 0) return;
          const sk = parts[k].c.shift(l);
          const v = sk.value + parts[k].c.mean - mu;
          value += pi * v;
          error += pi * (sk.error + 8 * EPS * (Math.abs(v) + Math.abs(mu)) + Math.abs(v) * t.m.error);
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
    c = specCumulants(d);
    cache.set(d, c);
  }
  return c;
}
