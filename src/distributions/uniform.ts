/**
 * Uniform(a, b), a < b (with b − a finite): density 1/(b − a) on [a, b].
 * Formulas: numerics.md §4.2 (Uniform row): with u = (t − a)/(b − a), logSf = log1p(−u) for u < ½ and
 * log((b − t)/(b − a)) otherwise; m(t) = (b − t)(b + t)/(2(b − a)), signed by b + t.
 * MGF: e^{λ(a+b)/2}·sinh(h)/h with h = λ(b − a)/2 (numerics.md §4.3); tilt mean a + (b − a)·m(λ(b − a)).
 * Both sides bounded (boundedTail()).
 */
import { DomainError } from '../errors.ts';
import { LN2, log1mExp, SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { boundedTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };

function valid(a: number, b: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && a < b && Number.isFinite(b - a);
}

/** log f(x) = −log(b − a) on [a, b], −Infinity outside. */
export function uniformLogPdf(x: number, a: number, b: number): number {
  if (Number.isNaN(x) || !valid(a, b)) return NaN;
  return x < a || x > b ? -Infinity : -Math.log(b - a);
}

/** log P(X > t): log1p(−u) for u < ½, log((b − t)/(b − a)) for u ≥ ½ (b − t exact near b). */
export function uniformLogSf(t: number, a: number, b: number): number {
  if (Number.isNaN(t) || !valid(a, b)) return NaN;
  if (t <= a) return 0;
  if (t >= b) return -Infinity;
  const w = b - a;
  const u = (t - a) / w;
  return u < 0.5 ? Math.log1p(-u) : Math.log((b - t) / w);
}

/** log P(X ≤ t): log((t − a)/(b − a)) for u ≤ ½, log1p(−(b − t)/(b − a)) above. */
export function uniformLogCdf(t: number, a: number, b: number): number {
  if (Number.isNaN(t) || !valid(a, b)) return NaN;
  if (t <= a) return -Infinity;
  if (t >= b) return 0;
  const w = b - a;
  const u = (t - a) / w;
  return u <= 0.5 ? Math.log(u) : Math.log1p(-(b - t) / w);
}

/** Quantile a + p(b − a) for p < ½, b − (1 − p)(b − a) above (each end exact at its own side). */
export function uniformQuantile(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1) || !valid(a, b)) return NaN;
  return p < 0.5 ? a + p * (b - a) : b - (1 - p) * (b - a);
}

/**
 * (x + y)/2 for finite x, y as a SignedLog: log|x + y| − log 2 (no halving of a subnormal sum), or
 * log|x/2 + y/2| where x + y overflows (1.2e308 + 1.7e308: the half-sum 1.45e308 is finite).
 */
function logHalfSum(x: number, y: number): SignedLog {
  const s = x + y;
  if (s === 0) return SIGNED_ZERO;
  const sign = s > 0 ? 1 : -1;
  return Number.isFinite(s) ? { log: Math.log(Math.abs(s)) - LN2, sign } : { log: Math.log(Math.abs(x / 2 + y / 2)), sign };
}

/** E[X] = (a + b)/2 (halves first if a + b overflows). */
export function uniformMean(a: number, b: number): number {
  if (!valid(a, b)) return NaN;
  const s = a + b;
  return Number.isFinite(s) ? s / 2 : a / 2 + b / 2;
}

/** Var[X] = (b − a)²/12. */
export function uniformVariance(a: number, b: number): number {
  if (!valid(a, b)) return NaN;
  const w = b - a;
  return (w * w) / 12;
}

/** E[X·1{X > t}] = (b − t)(b + t)/(2(b − a)) on [a, b] as a SignedLog; the mean below a, 0 from b on. */
export function uniformLogPartialMean(t: number, a: number, b: number): SignedLog {
  if (Number.isNaN(t) || !valid(a, b)) return NAN_LOG;
  if (t >= b) return SIGNED_ZERO;
  if (t <= a) return toSignedLog(uniformMean(a, b));
  const half = logHalfSum(b, t);
  if (half.sign === 0) return SIGNED_ZERO;
  return { log: Math.log(b - t) + half.log - Math.log(b - a), sign: half.sign };
}

/** E[X | X > t] = (t + b)/2 on [a, b); the mean below a; NaN from b on (P(X > t) = 0). */
export function uniformTailMean(t: number, a: number, b: number): number {
  if (Number.isNaN(t) || !valid(a, b) || t >= b) return NaN;
  if (t <= a) return uniformMean(a, b);
  return uniformMean(t, b);
}

/**
 * E[X·1{X < u}] = (u − a)(u + a)/(2(b − a)) on (a, b] as a SignedLog (the mirror of uniformLogPartialMean);
 * 0 from a down, the mean from b up. u − a is exact near a (Sterbenz), so this stays accurate one ulp above
 * a, where μ − m(u) and the reflection 2c − u (lowerPartialMean.ts) round the whole mass away.
 */
export function uniformLogLowerPartialMean(u: number, a: number, b: number): SignedLog {
  if (Number.isNaN(u) || !valid(a, b)) return NAN_LOG;
  if (u <= a) return SIGNED_ZERO;
  if (u >= b) return toSignedLog(uniformMean(a, b));
  const half = logHalfSum(u, a);
  if (half.sign === 0) return SIGNED_ZERO;
  return { log: Math.log(u - a) + half.log - Math.log(b - a), sign: half.sign };
}

/** E[X | X < u] = (a + u)/2 on (a, b); the mean from b up; NaN from a down (P(X < u) = 0). */
export function uniformLowerTailMean(u: number, a: number, b: number): number {
  if (Number.isNaN(u) || !valid(a, b) || u <= a) return NaN;
  if (u >= b) return uniformMean(a, b);
  return uniformMean(a, u);
}

/** log(sinh h/h) for |h| ≤ 1 as log1p(Σ_{k≥1} h^{2k}/(2k+1)!) (positive terms: no cancellation). */
function logSinhcSmall(h: number): number {
  const h2 = h * h;
  let term = 1;
  let sum = 0;
  for (let k = 1; k < 30; k++) {
    term *= h2 / ((2 * k) * (2 * k + 1));
    sum += term;
    if (term <= 1e-17 * sum) break;
  }
  return Math.log1p(sum);
}

/**
 * log E[e^{λX}] = log((e^{λb} − e^{λa})/(λ(b − a))). With h = λ(b − a)/2: for |h| ≤ 1 the sinh form
 * λ(a + b)/2 + log(sinh h/h); beyond, the endpoint form (λ > 0) λb + log1mExp(−2h) − log 2h, and its
 * mirror λa + log1mExp(−2|h|) − log 2|h| (λ < 0), which keeps e^{λb} from overflowing. At λ = +∞ the
 * limit is +∞ if b > 0, else −∞ (and at −∞, +∞ if a < 0, else −∞); these forms gave NaN (∞ − ∞) there.
 */
export function uniformLogMgf(lambda: number, a: number, b: number): number {
  if (Number.isNaN(lambda) || !valid(a, b)) return NaN;
  if (lambda === 0) return 0;
  // λ = ±∞: the limits of λb − log(λ(b − a)) and λa − log(|λ|(b − a)) (the forms below give ∞ − ∞)
  if (lambda === Infinity) return b > 0 ? Infinity : -Infinity;
  if (lambda === -Infinity) return a < 0 ? Infinity : -Infinity;
  const w2 = lambda * (b - a); // 2h
  const h = w2 / 2;
  if (Math.abs(h) <= 1) return lambda * uniformMean(a, b) + logSinhcSmall(h);
  // log 2h as log|λ| + log(b − a): 2h overflows first (λ = 1e308, b − a = 10, λb = 1e308 gave −∞)
  if (lambda > 0) return lambda * b + log1mExp(-w2) - (Math.log(lambda) + Math.log(b - a));
  return lambda * a + log1mExp(w2) - (Math.log(-lambda) + Math.log(b - a));
}

/**
 * g(u) = 1/u − 1/expm1(u) = m(−u) for u ≥ 0, m(s) = 1/(−expm1(−s)) − 1/s (numerics.md §4.3).
 * For u ≤ 1 the series ½ − Σ B_{2n}u^{2n−1}/(2n)! (Bernoulli numbers; no cancellation), else direct.
 */
function tiltFraction(u: number): number {
  if (u > 1) return 1 / u - 1 / Math.expm1(u);
  const u2 = u * u;
  let sum = 0;
  for (let i = TILT_SERIES.length - 1; i >= 0; i--) sum = sum * u2 + TILT_SERIES[i]!;
  return 0.5 + u * sum;
}
/** −B_{2n}/(2n)!, n = 1…10 (exact fractions from sympy's bernoulli). */
const TILT_SERIES = [
  -1 / 12, 1 / 720, -1 / 30240, 1 / 1209600, -1 / 47900160, 691 / 1307674368000, -1 / 74724249600,
  3617 / 10670622842880000, -43867 / 5109094217170944000, 174611 / 802857662698291200000,
];

/**
 * Tilt mean Λ'(λ) = a + (b − a)·m(λ(b − a)) (numerics.md §4.3), evaluated from the nearer end so that
 * it stays accurate as the tilt piles mass there: b − (b − a)·g(λ(b − a)) for λ ≥ 0,
 * a + (b − a)·g(−λ(b − a)) for λ < 0.
 */
export function uniformTiltMean(lambda: number, a: number, b: number): number {
  if (Number.isNaN(lambda) || !valid(a, b)) return NaN;
  const w = b - a;
  if (lambda === Infinity) return b;
  if (lambda === -Infinity) return a;
  return lambda >= 0 ? b - w * tiltFraction(lambda * w) : a + w * tiltFraction(-lambda * w);
}

/** Uniform(a, b); throws DomainError naming 'a' or 'b' (both finite, a < b, b − a finite). */
export function uniform(params: { a: number; b: number }): Distribution {
  const a = requireFinite('uniform', 'a', params.a);
  const b = requireFinite('uniform', 'b', params.b);
  if (!(b > a)) throw new DomainError('uniform', 'b', `> a (a = ${a})`, b);
  if (!Number.isFinite(b - a)) throw new DomainError('uniform', 'b', 'such that b − a is finite', b);
  return defineDistribution({
    spec: { family: 'uniform', a, b },
    support: { lower: a, upper: b, kind: 'continuous' },
    tails: { right: boundedTail(), left: boundedTail() },
    logPdf(x) { return uniformLogPdf(x, a, b); },
    logCdf(x) { return uniformLogCdf(x, a, b); },
    logSf(x) { return uniformLogSf(x, a, b); },
    quantile(p) { return uniformQuantile(p, a, b); },
    mean() { return uniformMean(a, b); },
    variance() { return uniformVariance(a, b); },
    logPartialMean(t) { return uniformLogPartialMean(t, a, b); },
    tailMean(t) { return uniformTailMean(t, a, b); },
    logMgf(lambda) { return uniformLogMgf(lambda, a, b); },
    lowerPartialMean(u) { return uniformLogLowerPartialMean(u, a, b); },
    lowerTailMean(u) { return uniformLowerTailMean(u, a, b); },
  });
}
