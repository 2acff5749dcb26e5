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
import { phiTerm } from './t3SecondWay.ts';

export interface Estimate { readonly value: number; readonly error: number }
export interface Cumulants {
  readonly mean: number;
  /** centred Λ(λ) = log E[e^{λ(X − μ)}] */
  logMgf(lambda: number): Estimate;
  /** Λ′(λ) = E_λ[X] − μ */
  shift(lambda: number): Estimate;
  /** D(Q_λ‖Q) = λΛ′(λ) − Λ(λ), the KL of the tilt (invariant under x ↦ a + x) */
  tiltKl(lambda: number): Estimate;
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
    const half = (l: number) => ({ value: 0.5 * l * l * v, error: 2 * EPS * l * l * v });
    return { mean: mu, logMgf: half, shift: (l) => ({ value: l * v, error: EPS * Math.abs(l * v) }), tiltKl: half };
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
      tiltKl: (l) => {
        if (l === 0) return { value: 0, error: 0 };
        const m = d.logMgf(l);
        const t = closedTiltMean(d, l);
        if (m === Infinity || t === Infinity) return { value: Infinity, error: 0 };
        return { value: l * t - m, error: 8 * EPS * (Math.abs(l * t) + Math.abs(m)) };
      },
    };
  }
  const mgfSup = d.mgfSup;
  const tables = new Map<number, TableEntry>();
  // |λ| below ~1/(64·IQR) barely moves the body: all such λ share one table (the small-d end of a DV search)
  const iqr = d.quantile(0.75) - d.quantile(0.25);
  const smallOctave = iqr > 0 && Number.isFinite(iqr) ? Math.floor(Math.log2(1 / (64 * iqr))) : -1074;
  /**
   * A table is `centred-consistent` when its own mass and mean match 1 and μ (to 1e-9): then the centred sums
   * below are exact in relative terms. Otherwise (a mean carried by mass the table cannot reach, e.g. a
   * reflected log-logistic with β → 1⁺ whose mean sits mostly beyond 1e300) the uncentred sums are used:
   * E[e^{λX}] itself is insensitive to that far mass for λ of practical size.
   */
  /**
   * One table per octave of |λ| (deterministic: the same λ always meets the same table, whatever was asked
   * before): λ ∈ (2^{b−1}, 2^b] uses the envelope exponent L = ±2^{b+1}; octaves below 1/(64·IQR) are merged. Where the tilt moves the mass by
   * more than the body's width (strongly light tails at large λ) that table cannot resolve e^{λx}f and says
   * so through its error estimate; then a table fitted to λ itself (L = λ) is used (`exact`).
   */
  const tableFor = (l: number, exact = false): TableEntry => {
    const b = Math.max(Math.ceil(Math.log2(Math.abs(l))), smallOctave);
    const key = exact ? l : Math.sign(l) * (b + 2000) + 0.5;
    let entry = tables.get(key);
    if (!entry) {
      if (tables.size > 64) tables.clear();
      const t = buildNodeTable(d.logPdf, d.support.lower, d.support.upper, exact ? l : Math.sign(l) * 2 ** (b + 1), !exact);
      let mass = 0, m1 = 0, a1 = 0;
      for (let j = 0; j < t.x.length; j++) { mass += t.K[j]; m1 += t.K[j] * (t.x[j] - mu); a1 += t.K[j] * Math.abs(t.x[j] - mu); }
      entry = { t, consistent: Math.abs(m1) <= 1e-9 * a1 && Math.abs(mass - 1) <= 1e-9, logMass: Math.log(mass), mean: mu + m1 / mass };
      tables.set(key, entry);
    }
    return entry;
  };
  let memo: { l: number; r: TableSums } | undefined;
  const sums = (l: number): TableSums => {
    if (memo?.l !== l) {
      let r = sumsAt(l, false);
      // relative to E[h(y)] (or E[e^y] when scaled); else a table fitted to λ, whichever estimate is smaller
      if (!(r.e0 <= 1e-9 * r.k0 + 1e-300)) {
        const e = sumsAt(l, true);
        if (e.e0 / e.k0 < r.e0 / r.k0 || !(r.e0 < Infinity)) r = e;
      }
      memo = { l, r };
    }
    return memo.r;
  };
  /**
   * Sums around a centre c: μ when the table is consistent (so E_t[X − c] = 0 to 1e-9 and the h-sums are
   * exact in relative terms), else the table's own mean, with Λ = λ(c − μ) + Λ_c and Λ′ = (c − μ) + Λ′_c.
   * scaled: e^y would overflow, log-space sums (then Λ is far from 0 and nothing cancels).
   */
  function sumsAt(l: number, exact: boolean): TableSums {
    const { t, consistent, logMass, mean } = tableFor(l, exact);
    const c = consistent ? mu : mean;
    let big = -Infinity;
    let maxY = -Infinity;
    for (let j = 0; j < t.x.length; j++) {
      if (t.logK[j] === -Infinity) continue;
      big = Math.max(big, t.logK[j] + l * (t.x[j] - c));
      maxY = Math.max(maxY, l * (t.x[j] - c));
    }
    const scaled = maxY > 600 || !consistent; // the h-sums carry ∫(x − c)f, which an inconsistent table cannot resolve
    let k0 = 0, k1 = 0, e0 = 0, e1 = 0;
    for (let s = 0; s < t.x.length; s += 15) {
      let sk0 = 0, sk1 = 0, sg0 = 0, sg1 = 0;
      for (let j = s; j < s + 15; j++) {
        if (t.logK[j] === -Infinity) continue;
        const dx = t.x[j] - c;
        const y = l * dx;
        if (scaled) {
          const wk = Math.exp(t.logK[j] - big + y), wg = Math.exp(t.logG[j] - big + y);
          sk0 += wk; sk1 += wk * dx; sg0 += wg; sg1 += wg * dx;
          continue;
        }
        const f0 = hOf(y);
        const f1 = dx * Math.expm1(y);
        sk0 += t.K[j] * f0; sk1 += t.K[j] * f1;
        if (t.G[j] > 0) { sg0 += t.G[j] * f0; sg1 += t.G[j] * f1; }
      }
      k0 += sk0; k1 += sk1; e0 += Math.abs(sk0 - sg0); e1 += Math.abs(sk1 - sg1);
    }
    if (!scaled) { const m = Math.exp(logMass); k0 /= m; k1 /= m; e0 /= m; e1 /= m; }
    // a rule that met neither tolerance nor budget: an octave table gives way to the fitted one; the fitted
    // one keeps its (unsmoothed K − G) estimate, inflated tenfold
    if (!t.converged) { e0 = exact ? 10 * e0 : Infinity; e1 = exact ? 10 * e1 : Infinity; }
    // centred at c: log E_t[e^{λ(X−c)}] and E_λ[X] − c
    const logM = scaled ? big - logMass + Math.log(k0) : Math.log1p(k0);
    const logMErr = scaled ? e0 / k0 + 8 * EPS * (Math.abs(big) + 1) : e0 / (1 + k0) + 4 * EPS * Math.abs(logM);
    const den = scaled ? k0 : 1 + k0;
    const tiltMean = k1 / den;
    return { k0, e0, e1, logM, logMErr, tiltMean, tiltMeanErr: e1 / den + Math.abs(tiltMean) * (e0 / den + 8 * EPS), drift: c - mu };
  }
  const unavailable = { value: NaN, error: Infinity };
  // Last resort, where no table gives an estimate: the family's own adaptive quadrature (milliseconds per
  // call), credited with 1e-9 relative.
  let familyCalls = 0; // each costs milliseconds (up to ~1 s on extreme shapes): at most 16 per law
  const byFamily = {
    logMgf: (l: number): Estimate => { if (++familyCalls > 16) return unavailable; const m = d.logMgf(l) - l * mu; return Number.isFinite(m) && m >= 0 ? { value: m, error: 1e-9 * (1 + Math.abs(m) + Math.abs(l * mu)) } : unavailable; },
    shift: (l: number): Estimate => { if (++familyCalls > 16) return unavailable; const t = tiltedMeanByQuadrature(d.logPdf, d.support.lower, d.support.upper, l) - mu; return Number.isFinite(t) ? { value: t, error: 1e-9 * (Math.abs(t) + Math.abs(mu)) } : unavailable; },
  };
  const outside = (l: number) => l > 0 && !(l < mgfSup);
  const logMgf = (l: number): Estimate => {
    if (l === 0) return { value: 0, error: 0 };
    if (outside(l)) return { value: Infinity, error: 0 };
    const s = sums(l);
    // Λ ≥ 0 (Jensen): a negative or non-finite value means the table failed (e.g. Weibull k → 1⁺ past 1/scale)
    const raw = l * s.drift + s.logM;
    const error = s.logMErr + 4 * EPS * Math.abs(l * s.drift);
    const table = raw >= -error && Number.isFinite(raw) && error < Infinity ? { value: Math.max(raw, 0), error } : unavailable;
    return table.error < Infinity ? table : byFamily.logMgf(l);
  };
  const shift = (l: number): Estimate => {
    if (l === 0) return { value: 0, error: 0 };
    if (outside(l)) return { value: Infinity, error: 0 };
    const s = sums(l);
    const value = s.drift + s.tiltMean;
    const table = Number.isFinite(value) ? { value, error: s.tiltMeanErr + 4 * EPS * Math.abs(s.drift) } : unavailable;
    return table.error < Infinity ? table : byFamily.shift(l);
  };
  return {
    mean: mu,
    logMgf,
    shift,
    tiltKl: (l) => {
      if (l === 0) return { value: 0, error: 0 };
      if (outside(l)) return { value: Infinity, error: 0 };
      const s = sums(l);
      // λ·E_λ[X − c] − log E[e^{λ(X−c)}]: the drift λ(c − μ) cancels exactly, so it is not formed
      const table = { value: l * s.tiltMean - s.logM, error: Math.abs(l) * s.tiltMeanErr + s.logMErr };
      return Number.isFinite(table.value) && table.error < Infinity ? table : klFrom(l, logMgf(l), shift(l));
    },
  };
}

interface TableEntry { t: NodeTable; consistent: boolean; logMass: number; mean: number }
interface TableSums { k0: number; e0: number; e1: number; logM: number; logMErr: number; tiltMean: number; tiltMeanErr: number; drift: number }

/** D(Q_λ‖Q) = λΛ′(λ) − Λ(λ) from the centred parts. */
function klFrom(l: number, L: Estimate, s: Estimate): Estimate {
  if (L.value === Infinity || s.value === Infinity) return { value: Infinity, error: 0 };
  return { value: l * s.value - L.value, error: Math.abs(l) * s.error + L.error + 4 * EPS * (Math.abs(l * s.value) + Math.abs(L.value)) };
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

/** The centred cumulants of a built law (cached per object). */
export function cumulantsOf(d: Distribution): Cumulants {
  let c = cache.get(d);
  if (!c) {
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
