/**
 * The centred cumulant generating function Λ(λ) = log E_Q[e^{λ(X − μ)}], the tilt shift Λ′(λ) = E_λ[X] − μ
 * (E_λ under dQ_λ ∝ e^{λx}dQ) and the tilt's KL λΛ′ − Λ, each with an error estimate, for any built law of the
 * suite, by the spec:
 *   mixture Σ w_k Q_k: E[e^{λ(X−μ)}] = 1 + Σ_k w_k (Λ_k + h(Λ_k + λδ_k)), δ_k = μ_k − μ, h(y) = e^y − 1 − y
 *     (non-negative terms: no cancellation as λ → 0); tilt KL = Σ π_k KL_k + KL(π‖w);
 *   affine loc + s·Y: Λ(λ) = Λ_Y(sλ), Λ′(λ) = s·Λ′_Y(sλ), tilt KL unchanged;
 *   leaves: closed forms (t3ClosedCumulants.ts) or node tables (t3TableCumulants.ts) for the families whose
 *   MGF has no closed form (Weibull and the reflections of Pareto, Lomax, lognormal, log-logistic, Fréchet).
 * Λ = +∞ where the MGF diverges.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { closedCumulants } from './t3ClosedCumulants.ts';
import { EPS, hOf, type Cumulants, type Estimate } from './t3CumulantTypes.ts';
import { tableCumulants } from './t3TableCumulants.ts';
import { phiTerm } from './t3SecondWay.ts';

export type { Cumulants, Estimate } from './t3CumulantTypes.ts';

const TABLE_FAMILIES = new Set(['weibull', 'pareto', 'lomax', 'lognormal', 'logLogistic', 'frechet']);
const cache = new WeakMap<Distribution, Cumulants>();

function leafCumulants(d: Distribution): Cumulants {
  // Weibull k = 1 is the exponential law (closed forms; its λ₊ = 1/scale is finite, which tables avoid)
  if (d.spec.family === 'weibull' && d.spec.k === 1) return leafCumulants(build({ family: 'exponential', rate: 1 / d.spec.lambda }));
  const mu = d.mean();
  if (d.spec.family === 'normal') {
    const v = d.spec.sigma * d.spec.sigma;
    const half = (l: number) => ({ value: 0.5 * l * l * v, error: 2 * EPS * l * l * v });
    return { mean: mu, logMgf: half, shift: (l) => ({ value: l * v, error: EPS * Math.abs(l * v) }), tiltKl: half };
  }
  if (!TABLE_FAMILIES.has(d.spec.family) || d.support.kind !== 'continuous') return closedCumulants(d);
  return tableCumulants(d);
}

function specCumulants(d: Distribution): Cumulants {
  const spec = d.spec as DistributionSpec;
  if (spec.family === 'affine') {
    const base = cumulantsOf(build(spec.base));
    const s = spec.scale;
    return {
      mean: d.mean(),
      logMgf: (l) => base.logMgf(s * l),
      shift: (l) => { const r = base.shift(s * l); return { value: s * r.value, error: Math.abs(s) * r.error }; },
      tiltKl: (l) => base.tiltKl(s * l),
    };
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
          const delta = parts[k].c.mean - mu;
          // w_k·expm1(y_k)·δ_k/(1 + S), formed without overflow when y_k is large
          const excess = t.y < 700 ? Math.expm1(t.y) * Math.exp(-L.value) : Math.exp(t.y - L.value) - Math.exp(-L.value);
          // a component the tilt has emptied (π_k = 0, e.g. far below the others) still moves the mean by
          // −w_k·δ_k/(1 + S): its mass left, and μ counted it
          if (pi === 0) { value += parts[k].w * excess * delta; error += parts[k].w * Math.abs(excess * delta) * (L.error + 8 * EPS); return; }
          const sk = parts[k].c.shift(l);
          value += pi * sk.value + parts[k].w * excess * delta;
          error += pi * (sk.error + Math.abs(sk.value + delta) * (t.m.error + L.error)) + 8 * EPS * pi * (Math.abs(sk.value) + Math.abs(delta));
        });
        return { value, error };
      },
      // Q_λ = Σ π_k Q_{k,λ}, π_k = w_k e^{y_k}/(1 + S): D(Q_λ‖Q) = Σ π_k D(Q_{k,λ}‖Q_k) + KL(π‖w), both ≥ 0,
      // KL(π‖w) = Σ w_k φ(π_k/w_k) (φ(r) = r log r − r + 1): no cancellation, no dependence on the means
      tiltKl: (l) => {
        if (l === 0) return { value: 0, error: 0 };
        const L = logMgf(l);
        if (L.value === Infinity) return { value: Infinity, error: 0 };
        let value = 0, error = L.error;
        terms(l).forEach((t, k) => {
          const dk = t.y - L.value;
          const pi = parts[k].w * Math.exp(dk);
          value += phiTerm(Math.log(parts[k].w), dk);
          error += Math.abs(dk) * pi * (t.m.error + L.error);
          if (pi === 0) return;
          const kk = parts[k].c.tiltKl(l);
          value += pi * kk.value;
          error += pi * kk.error;
        });
        return { value, error: error + 8 * EPS * value };
      },
    };
  }
  return leafCumulants(d);
}

/**
 * Leaf cumulants are a function of the leaf's spec alone: kept across cases by canonical spec text (generators
 * repeat leaves such as Exp(1) or a Weibull with λ = 1 across cases, and shrinking repeats them all), so
 * their node tables are built once. Bounded: cleared when full.
 */
const leafCache = new Map<string, Cumulants>();
const LEAF_CACHE_SIZE = 256;

function cachedLeaf(d: Distribution): Cumulants {
  const key = JSON.stringify(d.spec);
  let c = leafCache.get(key);
  if (!c) {
    if (leafCache.size >= LEAF_CACHE_SIZE) leafCache.clear();
    const raw = leafCumulants(d);
    c = { mean: raw.mean, logMgf: memoLast(raw.logMgf), shift: memoLast(raw.shift), tiltKl: memoLast(raw.tiltKl) };
    leafCache.set(key, c);
  }
  return c;
}

/** The centred cumulants of a built law (cached per object; leaves also by spec). */
export function cumulantsOf(d: Distribution): Cumulants {
  let c = cache.get(d);
  if (!c) {
    const family = (d.spec as DistributionSpec).family;
    if (family !== 'affine' && family !== 'mixture') {
      c = cachedLeaf(d);
      cache.set(d, c);
      return c;
    }
    const raw = specCumulants(d);
    c = { mean: raw.mean, logMgf: memoLast(raw.logMgf), shift: memoLast(raw.shift), tiltKl: memoLast(raw.tiltKl) };
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
