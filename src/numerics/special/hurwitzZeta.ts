/**
 * log ζ(s, q) = log Σ_{k≥0} (q + k)^{−s}, the Hurwitz zeta function, for s > 1 and q > 0 (DLMF 25.11.1).
 *
 * Method (DLMF 25.11.5 / Euler–Maclaurin): sum the first N terms directly, with a = q + N ≥ max(10, s),
 * and add the tail
 *   Σ_{k≥N} (q+k)^{−s} = a^{1−s}/(s−1) · [1 + (s−1)/(2a) + Σ_j B_{2j}/(2j)! · (s−1)s(s+1)…(s+2j−2)/a^{2j}].
 * With a ≥ max(10, s) the j-th Bernoulli term is below 2·((s+2j)/(2πa))^{2j}, so ≤ 25 terms reach 1e-17.
 * Both parts are formed relative to their own leading term and joined with logAddExp, so nothing
 * overflows: for q = 1e300 the answer is (1−s)·log q − log(s−1) + log1p((s−1)/(2q)) to ~1 ulp.
 * For large s the direct sum stops as soon as the rest is below e^{−40} of it (then no tail is needed).
 *
 * Example: logHurwitzZeta(2, 1) = log(π²/6) = 0.49770030247…; logHurwitzZeta(3, 1e300) = −1381.551…
 * (values checked against mpmath.zeta at 50 digits in hurwitzZeta.test.ts).
 */
import { logAddExp, logSumExp } from '../logspace.ts';
import { lgamma1p } from './lgamma.ts';

/** B_{2j}/(2j)! for j = 1…25 (mpmath.bernoulli(2j)/factorial(2j)). */
const BERNOULLI_OVER_FACTORIAL = [
  0.083333333333333333333, -0.0013888888888888888889, 0.000033068783068783068783, -8.2671957671957671958e-7,
  2.0876756987868098979e-8, -5.2841901386874931848e-10, 1.3382536530684678833e-11, -3.3896802963225828668e-13,
  8.5860620562778445641e-15, -2.174868698558061873e-16, 5.5090028283602295152e-18, -1.3954464685812523341e-19,
  3.5347070396294674717e-21, -8.9535174270375468504e-23, 2.2679524523376830603e-24, -5.7447906688722024453e-26,
  1.4551724756148649019e-27, -3.6859949406653101782e-29, 9.336734257095044672e-31, -2.3650224157006299346e-32,
  5.9906717624821343047e-34, -1.5174548844682902617e-35, 3.8437581254541882322e-37, -9.7363530726466910353e-39,
  2.4662470442006809571e-40,
];

/** The smallest a = q + N at which the Euler–Maclaurin tail starts. */
function tailStart(s: number): number {
  return Math.max(10, s);
}

/**
 * c(s, a) = 1/(2a) + Σ_j B_{2j}/(2j)!·s(s+1)…(s+2j−2)/a^{2j}, so that the Euler–Maclaurin tail is
 * Σ_{k≥0} (a+k)^{−s} = a^{1−s}·[1/(s−1) + c(s, a)]. Requires a ≥ max(10, s).
 */
function eulerMaclaurinCorrection(s: number, a: number): number {
  const invA = 1 / a;
  const invA2 = invA * invA;
  let rising = s * invA2; // s(s+1)…(s+2j−2)/a^{2j} for j = 1
  let corr = 0.5 * invA;
  for (let j = 0; j < BERNOULLI_OVER_FACTORIAL.length; j++) {
    const term = BERNOULLI_OVER_FACTORIAL[j]! * rising;
    corr += term;
    if (Math.abs(term) <= 1e-18 * Math.abs(corr)) break;
    rising *= (s + 2 * j + 1) * (s + 2 * j + 2) * invA2;
  }
  return corr;
}

/**
 * Σ_{k<n} (q+k)^{−s} relative to q^{−s}, i.e. Σ_{k<n} e^{−s·log1p(k/q)}; `complete` when it stopped early
 * because the rest of the infinite series, ≤ (q+k)^{−s}(1 + (q+k)/(s−1)), is below e^{−40} of the sum.
 */
function directRelativeSum(s: number, q: number, n: number): { relSum: number; complete: boolean } {
  let relSum = 0;
  for (let k = 0; k < n; k++) {
    const logRel = -s * Math.log1p(k / q);
    if (k > 0 && logRel + Math.log1p((q + k) / (s - 1)) < -40 + Math.log(relSum)) return { relSum, complete: true };
    relSum += Math.exp(logRel);
  }
  return { relSum, complete: false };
}

/**
 * log ζ(s, q) for s > 1, q > 0. Total: NaN for s < 1, q ≤ 0 or NaN arguments; Infinity at s = 1
 * (the series diverges); −Infinity for q = Infinity or for s = Infinity with q > 1.
 */
export function logHurwitzZeta(s: number, q: number): number {
  if (Number.isNaN(s) || Number.isNaN(q) || s < 1 || !(q > 0)) return NaN;
  if (s === 1) return Infinity;
  if (q === Infinity) return -Infinity;
  if (s === Infinity) return q > 1 ? -Infinity : q === 1 ? 0 : Infinity;

  const start = tailStart(s);
  const n = q >= start ? 0 : Math.ceil(start - q);
  const { relSum, complete } = directRelativeSum(s, q, n);
  const logDirect = -s * Math.log(q) + Math.log(relSum);
  if (complete) return logDirect;
  const a = q + n;
  const logTail = (1 - s) * Math.log(a) - Math.log(s - 1) + Math.log1p((s - 1) * eulerMaclaurinCorrection(s, a));
  return n === 0 ? logTail : logAddExp(logDirect, logTail);
}

/**
 * log(q^{s−1}·ζ(s, q)): ζ(s, q) with its growth q^{1−s} divided out, so that ratios such as
 * ζ(s−1, q)/ζ(s, q) = q·e^{Δ} keep full relative accuracy for huge q (zeta law's tail mean).
 * For q ≥ max(10, s) it is −log(s−1) + log1p((s−1)·c(s, q)) with no large logarithms at all.
 */
export function logHurwitzZetaScaled(s: number, q: number): number {
  if (Number.isNaN(s) || Number.isNaN(q) || s < 1 || !(q > 0) || q === Infinity) return NaN;
  if (s === 1) return Infinity;
  if (q >= tailStart(s)) return -Math.log(s - 1) + Math.log1p((s - 1) * eulerMaclaurinCorrection(s, q));
  return logHurwitzZeta(s, q) + (s - 1) * Math.log(q);
}

/**
 * log H(s, n) = log Σ_{k=1}^{n} k^{−s} (generalised harmonic number) for s > 1 and integer n ≥ 1,
 * without the cancellation of ζ(s) − ζ(s, n+1): with N = ⌈max(10, s)⌉ and L = log((n+1)/N),
 *   Σ_{k=N}^{n} k^{−s} = N^{1−s}·[(1 − e^{−(s−1)L})/(s−1) + c(s, N) − e^{−(s−1)L}·c(s, n+1)].
 * NaN for invalid arguments; −Infinity for n < 1.
 */
export function logHarmonic(s: number, n: number): number {
  if (Number.isNaN(s) || Number.isNaN(n) || !(s > 1)) return NaN;
  n = Math.floor(n);
  if (n < 1) return -Infinity;
  if (s === Infinity) return 0;
  const big = Math.ceil(tailStart(s));
  const { relSum, complete } = directRelativeSum(s, 1, Math.min(n, big - 1));
  if (complete || n < big) return Math.log(relSum);
  const decay = -(s - 1) * Math.log((n + 1) / big); // log of ((n+1)/N)^{1−s}
  const bracket =
    -Math.expm1(decay) / (s - 1) + eulerMaclaurinCorrection(s, big) - Math.exp(decay) * eulerMaclaurinCorrection(s, n + 1);
  return logAddExp(Math.log(relSum), (1 - s) * Math.log(big) + Math.log(bracket));
}

/** log ζ(s) = log ζ(s, 1), the Riemann zeta function for s > 1. */
export function logRiemannZeta(s: number): number {
  return logHurwitzZeta(s, 1);
}

const EULER_GAMMA = 0.57721566490153286061;

/**
 * e^z·E_s(z) for s > 0, z ≥ 1, by the continued fraction of E_s (Numerical Recipes §6.3, modified Lentz):
 * finite where E_s(z) itself underflows (z > 745); it lies between 1/(z + s) and 1/(z + s − 1) (DLMF 8.20.2,
 * 8.19.21 analogues for s ≥ 1). NaN for s ≤ 0 or z < 1; 0 at s = ∞ (E_s(z) → 0).
 * Example: scaledExpIntegralE(1, 1) = e·E₁(1) = 0.5963473623231940743… (mpmath e·e1(1)).
 */
export function scaledExpIntegralE(s: number, z: number): number {
  if (!(s > 0) || !(z >= 1)) return NaN;
  return expIntegralContinuedFraction(s, z);
}

/**
 * e^z·E_s(z) by the continued fraction, for s > 0, z > 0 with z ≥ 1 or s ≥ 100, where it converges fast
 * (for s ≥ 100 and z ∈ [1e-6, 1): ≤ 13 steps, ≤ 1.1e-15 relative to mpmath.expint). 0 at z = ∞ or s = ∞.
 */
function expIntegralContinuedFraction(s: number, z: number): number {
  if (z === Infinity || s === Infinity) return 0;
  let b = z + s;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (s - 1 + i);
    b += 2;
    d = 1 / (an * d + b);
    c = b + an / c;
    const del = c * d;
    h *= del;
    if (Math.abs(del - 1) < 3e-16) break;
  }
  return h;
}

/**
 * Generalised exponential integral E_s(z) = ∫_1^∞ e^{−zu} u^{−s} du for s > 0, z > 0 (DLMF 8.19.1).
 * z ≥ 1: continued fraction (Numerical Recipes §6.3, modified Lentz). z < 1: with σ = s − m ∈ (½, 3/2] and
 * b = 1 − σ, E_σ(z) = z^{−b}·(Γ(1+b) − z^b)/b − Σ_{k≥1} (−z)^k/(k!(b+k)) (DLMF 8.19.2, 8.7.3; the first
 * term is −γ − log z at b = 0), then E_{σ+1} = (e^{−z} − zE_σ)/σ upward (DLMF 8.19.12), stable for z < 1.
 * s ≥ 100: the continued fraction for every z (the m ≈ s recurrence steps would never end for s = 1e12).
 */
export function expIntegralE(s: number, z: number): number {
  if (!(s > 0) || !(z > 0)) return NaN;
  if (z >= 1 || s >= 100) return expIntegralContinuedFraction(s, z) * Math.exp(-z);
  const m = s > 1.5 ? Math.ceil(s - 1.5) : 0;
  const sigma = s - m;
  const b = 1 - sigma;
  const lz = Math.log(z);
  const head = b === 0 ? -EULER_GAMMA - lz : (Math.expm1(lgamma1p(b)) - Math.expm1(b * lz)) / b;
  let series = 0;
  let power = 1;
  for (let k = 1; k < 60; k++) {
    power *= -z / k;
    const term = power / (b + k);
    series += term;
    if (Math.abs(term) < 1e-18 * Math.abs(series)) break;
  }
  let e = Math.exp(-b * lz) * head - series;
  const ez = Math.exp(-z);
  for (let j = 0; j < m; j++) e = (ez - z * e) / (sigma + j);
  return e;
}

/**
 * log Σ_{n≥1} n^{−s}·e^{−μn} = log Li_s(e^{−μ}) for s > 1, μ ≥ 0 (the zeta law's MGF at λ = −μ, times ζ(s)).
 * μ ≥ ½: direct summation until the rest (≤ term/(1 − e^{−μ})) is below e^{−42} of the sum.
 * μ < ½: direct sum below N = ⌈max(30, 4s)⌉, then Euler–Maclaurin on f(x) = x^{−s}e^{−μx}:
 *   Σ_{n≥N} f(n) = N^{1−s}E_s(μN) + f(N)·[½ + Σ_j B_{2j}/(2j)!·g_{2j−1}],
 *   g_m = Σ_i C(m,i)(s)_i N^{−i} μ^{m−i}  (f^{(m)}(N) = (−1)^m f(N) g_m).
 * NaN for invalid arguments.
 */
export function logPolylogExp(s: number, mu: number): number {
  if (Number.isNaN(s) || Number.isNaN(mu) || !(s > 1) || mu < 0) return NaN;
  if (mu === 0) return logRiemannZeta(s);
  if (mu === Infinity) return -Infinity;
  if (s === Infinity) return -mu; // only n = 1 is left: log e^{−μ}
  const logTerm = (n: number): number => -s * Math.log(n) - mu * n;
  if (mu >= 0.5) {
    const logRestFactor = -Math.log(-Math.expm1(-mu));
    let rel = 0;
    for (let n = 1; ; n++) {
      const l = logTerm(n) + mu; // relative to the first term e^{−μ}
      if (n > 1 && l + logRestFactor < -42 + Math.log(rel)) break;
      rel += Math.exp(l);
    }
    return -mu + Math.log(rel);
  }
  const big = Math.ceil(Math.max(30, 4 * s));
  const parts: number[] = [];
  for (let n = 1; n < big; n++) {
    // the rest Σ_{k≥n} f(k) ≤ f(n)(1 + n/(s−1)): stop once it is below e^{−45} of the first term
    if (n > 1 && logTerm(n) + Math.log1p(n / (s - 1)) < logTerm(1) - 45) return logSumExp(parts);
    parts.push(logTerm(n));
  }
  parts.push((1 - s) * Math.log(big) + Math.log(expIntegralE(s, mu * big)));
  parts.push(logTerm(big) + Math.log(eulerMaclaurinBracketWithDecay(s, mu, big)));
  return logSumExp(parts);
}

/** ½ + Σ_j B_{2j}/(2j)!·g_{2j−1}, g_m = Σ_i C(m,i)(s)_i N^{−i} μ^{m−i}, for N ≥ max(30, 4s), μ < ½. */
function eulerMaclaurinBracketWithDecay(s: number, mu: number, big: number): number {
  // powers of the two factors: p[i] = (s)_i/N^i, u[i] = μ^i
  const maxM = 2 * BERNOULLI_OVER_FACTORIAL.length;
  const p = [1];
  const u = [1];
  for (let i = 1; i <= maxM; i++) {
    p.push((p[i - 1]! * (s + i - 1)) / big);
    u.push(u[i - 1]! * mu);
  }
  let bracket = 0.5;
  for (let j = 1; j <= BERNOULLI_OVER_FACTORIAL.length; j++) {
    const m = 2 * j - 1;
    let g = 0;
    let binom = 1;
    for (let i = 0; i <= m; i++) {
      g += binom * p[i]! * u[m - i]!;
      binom = (binom * (m - i)) / (i + 1);
    }
    const term = BERNOULLI_OVER_FACTORIAL[j - 1]! * g;
    bracket += term;
    if (Math.abs(term) < 1e-18 * bracket) break;
  }
  return bracket;
}
