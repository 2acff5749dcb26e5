/**
 * A rigorous bound on the deviation of T5 at t = e^σ (σ may be far beyond the double range), X ⊥ V, E[V] = m finite:
 *   0 ≤ E[V | X + V > t] − m ≤ B(σ).
 * With w(v) = F̄_X(t − v)/F̄_X(t) (non-decreasing in v, w(0) = 1), E[V | U > t] − m = E[(V − m)(w(V) − 1)]/E[w(V)]
 * (E[V − m] = 0), and it is ≥ 0 because V − m and w(V) − w(m) have the same sign (Chebyshev's association inequality).
 * Let θ ≥ sup_{y ≥ t/2} h_X(y) (hazardEnvelope.ts) and H = −log F̄_X(t). Then log w(v) = ∫_{t−v}^{t} h:
 *   0 ≤ w(v) − 1 ≤ e^{θv} − 1 on 0 ≤ v ≤ t/2;   −min(1, θ|v|) ≤ w(v) − 1 ≤ 0 on v < 0;   w(v) ≤ e^H everywhere;
 * so, with Y = V⁻ (the negative part), m± = max(±m, 0):
 *   E[(V − m)(w − 1)] ≤ T1 + T2 + T3,
 *   T1 = E[(V − m)⁺(e^{θV} − 1); 0 ≤ V ≤ t/2],  T2 = E[(m⁺ + Y)·min(1, θY)],  T3 = e^H·E[(V − m)⁺; V > t/2],
 *   E[w(V)] ≥ E[e^{−θY}] ≥ e^{−θE[Y]} (Jensen),  B = (T1 + T2 + T3)·e^{θE[Y]}.
 * Closed forms for the pieces, from V's closed-form functions only (no quadrature):
 *   T1 (the least of): summation by parts against P(V > y) on [0, t/2] (t/2 ≤ 1e300); V ≤ b ≤ t/2: ≤ expm1(θb⁺)·E[(V − m)⁺], E[(V − m)⁺] = E[V; V > m] − m·P(V > m); V light (λ₊ > θ): with
 *       e^{θv} − 1 ≤ θv e^{θv} and x^j e^{θx} ≤ (j/(eδ))^j e^{θ₂x} (δ = θ₂ − θ, θ₂ < λ₊):
 *       T1 ≤ θ·E[e^{θ₂V}]·((2/(eδ))² + m⁻/(eδ)), the least over a ladder of θ₂;
 *   T2: summation by parts on a geometric grid 0 = y₀ < … < y_n = K = 1/θ (g(y) = θ(m⁺ + y)y non-decreasing, g(0) = 0):
 *       E[g(Y); Y ≤ K] ≤ Σ (g(y_{j+1}) − g(y_j))·P(V ≤ −y_j), plus E[m⁺ + Y; Y > K] ≤ m⁺P(V ≤ −K) + E[Y; Y > K],
 *       E[Y; Y > K] ≤ (Var V + m²)/K, or E[V; V > −K] − m where the variance is infinite;
 *   T3: 0 when V ≤ t/2; inside the double range e^H·(E[V; V > t/2] + m⁻P(V > t/2)); beyond it (V light, θ₁ < θ₂ < λ₊)
 *       Chernoff: E[(V − m)⁺; V > s] ≤ e^{−θ₁s}·E[e^{θ₂V}]·(1/(e(θ₂ − θ₁)) + m⁻), decisive when H < θ₁s.
 * Lattice X (zeta): F̄_X is sandwiched between U(x + δ) and U(x) for a continuous U with the hazard bound θ
 * (hazardEnvelope.ts latticeShift δ), and the same pieces carry the shift: see tiltDeviationBound below.
 * Every piece is an upper bound up to the accuracy of the closed-form kernels (a relative slack of 1e-9 is added).
 */
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { logAddExp } from '../../numerics/logspace.ts';
import { hazardEnvelope } from './hazardEnvelope.ts';

export interface TiltBound {
  readonly sigma: number;
  /** the bound B(σ) ≥ E[V | U > e^σ] − E[V] ≥ 0 (Infinity where a piece has no bound) */
  readonly bound: number;
  readonly theta: number;
  readonly t1: number;
  readonly t2: number;
  readonly t3: number;
}

const SLACK = 1e-9;
const LOG_MAX = Math.log(1e300);
const E = Math.E;

/** E[(V − m)⁺] = E[V; V > m] − m·P(V > m), with the rounding of the difference added. */
function meanExcess(v: Distribution, m: number): number {
  const pm = v.partialMean(m);
  const p = v.sf(m);
  return Math.max(0, pm - m * p) + 4e-16 * (Math.abs(pm) + Math.abs(m * p));
}

/** A fixed ladder of tilts θ₂ < λ₊ per law (independent of θ, so that E[e^{θ₂V}] is computed once per law: memoised). */
interface Rung { th2: number; lm?: number }
const tiltLadders = new WeakMap<object, Rung[]>();
function tiltLadder(v: Distribution): Rung[] {
  let l = tiltLadders.get(v);
  if (l) return l;
  const lam = v.tails.right.mgfSup;
  const th: number[] = [];
  // (few rungs: E[e^{θ₂V}] is a quadrature for some laws, ~0.5 s for a Weibull k ≈ 0.04 part)
  if (Number.isFinite(lam) && lam > 0) for (const f of [0.9, 0.6, 0.3, 0.1, 0.01]) th.push(f * lam);
  else if (lam === Infinity) {
    const iqr = v.quantile(0.75) - v.quantile(0.25);
    const s = iqr > 0 && Number.isFinite(iqr) ? iqr : 1;
    for (const j of [-8, -4, -2, 0, 2, 4, 8]) th.push(2 ** j / s);
  }
  l = [];
  tiltLadders.set(v, l);
  // log E[e^{θ₂V}] computed lazily (a quadrature for some laws), once: `lm` undefined until first needed
  for (const t of th) l.push({ th2: t });
  return l;
}

const logMgfAt = (v: Distribution, r: Rung): number => (r.lm ??= v.logMgf(r.th2));

/** min over θ₂ ∈ (θ, λ₊) of log E[e^{θ₂V}] + logF(θ₂ − θ); Infinity when V's right tail is not light enough. */
function leastOverTilts(v: Distribution, theta: number, logF: (delta: number) => number): number {
  let best = Infinity;
  for (const e of tiltLadder(v)) {
    if (!(e.th2 > theta)) continue;
    const lm = logMgfAt(v, e);
    if (!Number.isFinite(lm)) continue;
    best = Math.min(best, lm + logF(e.th2 - theta));
  }
  return best;
}

/**
 * Σ_j (g(y_{j+1}) − g(y_j))·tail(y_j) over 0 = y₀ < y₁ = first < … (ratio 1.2, then 2 past 1e6·first) up to `end`, for g non-decreasing with
 * g(0) = 0 and tail non-increasing: an upper bound of E[g(Z); 0 ≤ Z ≤ end] when tail(y) ≥ P(Z > y) (summation by parts).
 * Stops early once g(end)·tail(y) is below 1e-6 of the sum, adding it as the bound of the rest.
 */
function abelSum(g: (y: number) => number, tail: (y: number) => number, first: number, end: number): number {
  const gEnd = g(end);
  let sum = 0;
  let y = 0;
  let next = Math.min(end, first);
  while (y < end) {
    const p = tail(y);
    if (y > 0 && gEnd * p <= 1e-6 * sum) return sum + gEnd * p;
    sum += (g(next) - g(y)) * p;
    y = next;
    next = Math.min(end, next * (next < 1e6 * first ? 1.2 : 2));
  }
  return sum;
}

/** V's constants used at every σ, once per law: its scale (IQR, else max(1, |m|)), E[(V − m)⁺] and E[V⁻] (rounded up). */
interface VConstants { readonly scale: number; readonly excess: number; readonly eMinus: number }
const vConstants = new WeakMap<object, VConstants>();
function constantsOf(v: Distribution, m: number): VConstants {
  let c = vConstants.get(v);
  if (c) return c;
  const iqr = v.quantile(0.75) - v.quantile(0.25);
  const pm0 = v.partialMean(0);
  c = {
    scale: iqr > 0 && Number.isFinite(iqr) ? iqr : Math.max(1, Math.abs(m)),
    excess: meanExcess(v, m),
    eMinus: Math.max(0, pm0 - m) + 4e-16 * (Math.abs(pm0) + Math.abs(m)),
  };
  vConstants.set(v, c);
  return c;
}
const scaleOfV = (v: Distribution, m: number): number => constantsOf(v, m).scale;

function termT1(v: Distribution, m: number, theta: number, sigma: number): number {
  const b = v.support.upper;
  if (b <= 0) return 0;
  const mMinus = Math.max(-m, 0);
  let best = Infinity;
  if (b < Infinity && Math.log(b) <= sigma - Math.LN2) best = Math.expm1(theta * b) * constantsOf(v, m).excess;
  if (best > 0 && sigma - Math.LN2 <= LOG_MAX) {
    // any right tail: E[(V + m⁻)(e^{θV} − 1); 0 ≤ V ≤ t/2] by summation by parts against P(V > y)
    const end = Math.min(Math.exp(sigma - Math.LN2), b);
    const g = (y: number): number => (y + mMinus) * Math.expm1(theta * y);
    best = Math.min(best, abelSum(g, (y) => v.sf(y), 1e-9 * scaleOfV(v, m), end));
  }
  // the moment-generating form only where the closed forms above say nothing (t/2 past the double range)
  if (best === Infinity) best = theta * Math.exp(leastOverTilts(v, theta, (d) => Math.log((2 / (E * d)) ** 2 + mMinus / (E * d))));
  return best;
}

const variances = new WeakMap<object, number>();
const varianceOf = (v: Distribution): number => {
  let r = variances.get(v);
  if (r === undefined) variances.set(v, (r = v.variance()));
  return r;
};

function termT2(v: Distribution, m: number, theta: number): number {
  const lower = v.support.lower;
  if (lower >= 0) return 0;
  const mPlus = Math.max(m, 0);
  const K = 1 / theta;
  if (!Number.isFinite(K)) return Infinity;
  // E[g(Y); Y ≤ K], g(y) = θ(m⁺ + y)y, by summation by parts against P(Y > y) ≤ P(V ≤ −y)
  let sum = abelSum((y) => theta * (mPlus + y) * y, (y) => v.cdf(-y), 1e-9 * scaleOfV(v, m), Math.min(K, -lower));
  if (K < -lower) {
    // E[m⁺ + Y; Y > K] ≤ m⁺ P(V ≤ −K) + E[−V; V ≤ −K], E[V; V ≤ −K] = m − E[V; V > −K]
    // E[Y; Y > K] ≤ E[Y²]/K ≤ (Var V + m²)/K (the difference E[V; V > −K] − m cancels: only where Var V = ∞)
    const byVariance = (varianceOf(v) + m * m) / K;
    const pm = Number.isFinite(byVariance) ? NaN : v.partialMean(-K);
    const byDifference = Math.max(0, pm - m) + 4e-16 * (Math.abs(pm) + Math.abs(m));
    sum += mPlus * v.cdf(-K) + (Number.isFinite(byVariance) ? byVariance : byDifference);
  }
  return sum;
}

function termT3(v: Distribution, m: number, theta: number, sigma: number, logH: number): number {
  const logS = sigma - Math.LN2; // s = t/2
  if (v.support.upper < Infinity && Math.log(v.support.upper) <= logS) return 0;
  const mMinus = Math.max(-m, 0);
  if (logS <= LOG_MAX) {
    const s = Math.exp(logS);
    const pm = v.logPartialMean(s);
    if (pm.sign < 0) return Infinity;
    const logTail = logAddExp(pm.sign === 0 ? -Infinity : pm.log, mMinus > 0 ? Math.log(mMinus) + v.logSf(s) : -Infinity);
    return Math.exp(Math.exp(logH) + logTail);
  }
  // Chernoff with θ₁ < θ₂ from V's tilt ladder (the least over the pairs of consecutive rungs)
  const lad = tiltLadder(v);
  let best = Infinity;
  for (let i = 0; i + 1 < lad.length; i++) {
    const [hi, lo] = lad[i].th2 > lad[i + 1].th2 ? [lad[i], lad[i + 1]] : [lad[i + 1], lad[i]];
    const logC = logMgfAt(v, hi) + Math.log(1 / (E * (hi.th2 - lo.th2)) + mMinus);
    const logTheta1S = logS + Math.log(lo.th2);
    const q = logH - logTheta1S; // log(H/(θ₁s))
    if (!(q < -1e-6) || !Number.isFinite(logC)) continue;
    // log T3 ≤ H − θ₁s + log C = −θ₁s(1 − e^q) + log C
    best = Math.min(best, Math.exp(-Math.exp(logTheta1S) * -Math.expm1(q) + logC));
  }
  return best;
}

/**
 * Is B(σ) defined (tiltDeviationBound not undefined): X has a hazard envelope whose sup past e^σ/2 and cumulative
 * hazard at e^σ are numbers, and V a finite mean? The same tests without the three terms of the bound.
 */
export function tiltBoundDefined(x: DistributionSpec, v: Distribution, sigma: number): boolean {
  const env = hazardEnvelope(x);
  if (!env || !Number.isFinite(v.mean())) return false;
  return !Number.isNaN(env.logHazardSup(sigma - Math.LN2)) && !Number.isNaN(env.logCumHazard(sigma));
}

/** B(σ) for X of spec `x` (through its hazard envelope) and V of finite mean; undefined when X has no envelope. */
export function tiltDeviationBound(x: DistributionSpec, v: Distribution, sigma: number): TiltBound | undefined {
  const env = hazardEnvelope(x);
  const m = v.mean();
  if (!env || !Number.isFinite(m)) return undefined;
  const logTheta = env.logHazardSup(sigma - Math.LN2);
  const logH = env.logCumHazard(sigma);
  if (Number.isNaN(logTheta) || Number.isNaN(logH)) return undefined;
  // (a larger θ is still an upper bound of the hazard: floored at 1e-300 so that K = 1/θ stays finite)
  const theta = Math.max(Math.exp(logTheta), 1e-300);
  // lattice X (latticeShift δ > 0): w(v) ≤ e^{θ(v + δ)} on [0, t/2], w(v) ≥ e^{−θ(|v| + δ)} on v < 0 (still w ≥ 1 on v ≥ 0),
  // so T1 → e^{θδ}T1 + (e^{θδ} − 1)E[(V − m)⁺], T2 → T2 + θδ·E[(m − V)⁺] (= θδ·E[(V − m)⁺]), E[w] ≥ e^{−θ(E[V⁻] + δ)}
  const delta = env.latticeShift ?? 0;
  const { eMinus, excess } = constantsOf(v, m);
  const t1 = Math.exp(theta * delta) * termT1(v, m, theta, sigma) + Math.expm1(theta * delta) * excess;
  const t2 = termT2(v, m, theta) + theta * delta * excess;
  const t3 = termT3(v, m, theta, sigma, logH);
  const bound = (t1 + t2 + t3) * Math.exp(theta * (eMinus + delta)) * (1 + SLACK);
  return { sigma, bound: Number.isNaN(bound) ? Infinity : bound, theta, t1, t2, t3 };
}
