/**
 * Regularised incomplete gamma functions in log space (numerics.md §4.1; Numerical Recipes 3rd ed.
 * §6.2 for the series and the Legendre continued fraction; DLMF 8.7.3, 8.9.2; Boost.Math's
 * `tgamma_small_upper_part` for small a).
 *
 * P(a, x) = γ(a, x)/Γ(a), Q(a, x) = Γ(a, x)/Γ(a) = 1 − P. Branches:
 *   x < a + 1 (series region): log P = prefactor + log Σ_{n≥0} xⁿ/(a(a+1)…(a+n)); log Q = log1mExp(log P),
 *     except that for a < 1 with P > ½ the small-a form of Γ(a, x) gives Q without cancellation;
 *   otherwise: Legendre continued fraction (modified Lentz), log Q = prefactor + log h; log P = log1mExp.
 *   a ≥ 1e4 and |η| ≤ 1 (x/a in about [0.3, 2.4]): Temme's uniform asymptotic expansion (DLMF 8.12), because
 *     the series and the fraction need O(√a) steps there (the old 1e5 cap gave log Q(1e10, 1e10) = −1.07 for −0.69).
 * `lx` (optional) is log x, so that x = 0 by underflow (Fréchet's γ(a, y), tiny y) still gives a finite log.
 */
import { log1mExp, LOG_SQRT_2PI } from '../logspace.ts';
import { lgamma, lgamma1p, stirlerr } from './lgamma.ts';
import { erfcx } from './erfcx.ts';
import { log1pmx } from './log1pmx.ts';

const FPMIN = 1e-300;
const EPS = 3e-16;
const MAX_ITERATIONS = 100000;
/** Temme's expansion is used for a ≥ this and |η| ≤ TEMME_MAX_ETA (truncation error ≤ 1e-24 relative there). */
const TEMME_MIN_SHAPE = 1e4;
const TEMME_MAX_ETA = 1;
const SQRT_2PI = 2.5066282746310002;

/**
 * Taylor coefficients in η of Temme's c_k(η), k = 0…4 (DLMF 8.12.8–8.12.11): c₀ = 1/(λ − 1) − 1/η,
 * c_k = η⁻¹·dc_{k−1}/dη + (−1)^k g_k/(λ − 1), g_k the Stirling coefficients of Γ*(a) (DLMF 5.11.3), with
 * λ(η) inverted from η²/2 = λ − 1 − log λ. Computed in exact rational arithmetic (Python Fractions) and
 * rounded; truncated where |coefficient|·1e-4^k < 3e-19, since the radius in η is 2√π and |η| ≤ 1 here.
 * c₀ starts −1/3, 1/12, −2/135; c₁ starts −1/540, −1/288 (as in Temme 1979 and Boost's igamma_large).
 */
const TEMME_COEFFICIENTS: readonly (readonly number[])[] = [
  [ // c_0
    -0.3333333333333333, 0.08333333333333333, -0.014814814814814815, 0.0011574074074074073,
    0.0003527336860670194, -0.0001787551440329218, 3.919263178522438e-05, -2.185448510679992e-06,
    -1.85406221071516e-06, 8.296711340953087e-07, -1.7665952736826078e-07, 6.707853543401498e-09,
    1.0261809784240309e-08, -4.382036018453353e-09, 9.14769958223679e-10, -2.5514193994946248e-11,
    -5.830772132550426e-11, 2.4361948020667415e-11, -5.0276692801141755e-12, 1.1004392031956135e-13,
    3.371763262400985e-13, -1.392388722418162e-13, 2.8534893807047445e-14, -5.139111834242572e-16,
    -1.9752288294349442e-15, 8.099521156704561e-16, -1.6522531216398162e-16, 2.5305430097478883e-18,
    1.1686939738559576e-17, -4.770037049820485e-18, 9.699126059056237e-19, -1.2932565538038175e-20,
    -6.969230253185693e-20,
  ],
  [ // c_1
    -0.001851851851851852, -0.003472222222222222, 0.0026455026455026454, -0.0009902263374485596,
    0.00020576131687242798, -4.018775720164609e-07, -1.8098550334489977e-05, 7.64916091608111e-06,
    -1.6120900894563446e-06, 4.647127802807434e-09, 1.378633446915721e-07, -5.752545603517705e-08,
    1.1951628599778148e-08, -1.7543241719747647e-11, -1.0091543710600413e-09, 4.162792991842583e-10,
    -8.56390702649298e-11, 6.067215101604758e-14, 7.1624989648114856e-12, -2.933186643771437e-12,
    5.996696365683689e-13, -2.1671786527323313e-16, -4.978339972369262e-14, 2.0291628823713425e-14,
    -4.13125571381061e-15, 8.286516239883097e-19, 3.4100308869333327e-16,
  ],
  [ // c_2
    0.004133597883597883, -0.0026813271604938273, 0.0007716049382716049, 2.0093878600823047e-06,
    -0.0001073665322636516, 5.2923448829120125e-05, -1.2760635188618728e-05, 3.423578734096138e-08,
    1.3721957309062934e-06, -6.298992138380055e-07, 1.4280614206064242e-07, -2.0477098421990866e-10,
    -1.409252991086752e-08, 6.228974084922022e-09, -1.3670488396617114e-09, 9.428356159014678e-13,
    1.2872252400089318e-10, -5.5645956134363323e-11, 1.197593554636698e-11, -4.1689782251838634e-15,
    -1.0940640427884595e-12, 4.662239946390136e-13,
  ],
  [ // c_3
    0.0006494341563786008, 0.00022947209362139917, -0.0004691894943952557, 0.00026772063206283885,
    -7.561801671883977e-05, -2.396505113867297e-07, 1.1082654115347302e-05, -5.6749528269915965e-06,
    1.4230900732435883e-06, -2.7861080291528143e-11, -1.6958404091930278e-07, 8.099464905388083e-08,
    -1.9111168485973655e-08, 2.3928620439808118e-12, 2.0620131815488797e-09,
  ],
  [ // c_4
    -0.0008618882909167117, 0.0007840392217200666, -0.0002990724803031902, -1.4638452578843418e-06,
    6.641498215465122e-05, -3.968365047179435e-05, 1.1375726970678419e-05, 2.507497226237533e-10,
  ],
];

/**
 * log(x^a e^{−x}/Γ(a)) = a·log x − x − lgamma(a). For a ≥ 10 (and x > 0) it is evaluated as
 * a·log1pmx((x − a)/a) + ½log(a/2π) − stirlerr(a), which keeps Q(1e5, 1e5) to 2e-16 instead of 1e-10
 * (only for x ≥ a/4: below that the terms no longer cancel, and (x − a)/a would round x/a away).
 * Total: where a·log x − lgamma(a) is ∞ − ∞ (a ≈ 1.8e308) the Stirling form gives −∞.
 */
export function logGammaPrefactor(a: number, x: number, lx: number = Math.log(x)): number {
  if (Number.isNaN(a) || Number.isNaN(x) || Number.isNaN(lx) || a <= 0 || x < 0) return NaN;
  if (x === Infinity) return -Infinity;
  if (a >= 10 && x >= 0.25 * a) {
    return a * log1pmx((x - a) / a) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlerr(a);
  }
  const plain = a * lx - x - lgamma(a);
  if (!Number.isNaN(plain)) return plain;
  // a·log x and lgamma(a) both overflow (a near the top of the double range, e.g. a Poisson cdf at
  // t = MAX_VALUE): Stirling's form a·(log x − log a + 1) − x + ½log(a/2π) − stirlerr(a) has no ∞ − ∞.
  return a * (lx - Math.log(a) + 1) - x + 0.5 * Math.log(a / (2 * Math.PI)) - stirlerr(a);
}

/** log Σ_{n≥0} xⁿ/(a(a+1)…(a+n)) (the series of γ(a, x)·eˣx^{−a}), compensated summation. */
function logLowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  let compensation = 0;
  let ap = a;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    ap += 1;
    term *= x / ap;
    const y = term - compensation;
    const t = sum + y;
    compensation = t - sum - y;
    sum = t;
    if (term < sum * 1e-17) break;
  }
  return Math.log(sum);
}

/** log h of the Legendre continued fraction, Γ(a, x) = x^a e^{−x}·h (NR `gcf`, modified Lentz), for x ≥ a + 1. */
export function logUpperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.log(h);
}

/**
 * log Γ(a, x) for 0 < a < 1, 0 < x ≤ 1.5, without cancellation (Boost `tgamma_small_upper_part`):
 *   Γ(a, x) = [Γ(1 + a) − 1 − (x^a − 1)]/a − x^a·Σ_{n≥1} (−x)ⁿ/(n!(a + n)).
 */
function logUpperGammaSmallA(a: number, x: number, lx: number): number {
  const head = (Math.expm1(lgamma1p(a)) - Math.expm1(a * lx)) / a;
  let term = 1;
  let sum = 0;
  for (let n = 1; n < 200; n++) {
    term *= -x / n;
    const contribution = term / (a + n);
    sum += contribution;
    if (Math.abs(contribution) <= 1e-17 * Math.abs(sum)) break;
  }
  return Math.log(head - Math.exp(a * lx) * sum);
}

interface LogPQ {
  readonly logP: number;
  readonly logQ: number;
}

/**
 * log P and log Q by Temme's uniform expansion (DLMF 8.12.3–8.12.4), for a ≥ 1e4 and |η| ≤ 1:
 *   Q = ½erfc(η√(a/2)) + R,  P = ½erfc(−η√(a/2)) − R,  R = e^{−aη²/2}/√(2πa)·Σ_k c_k(η)a^{−k},
 * with aη²/2 = a(λ − 1 − log λ) = −a·log1pmx(u), u = (x − a)/a, η = sign(u)·√(−2·log1pmx(u)). Writing
 * z = |η|√(a/2) and erfc = e^{−z²}·erfcx, the smaller of P, Q is e^{−z²}[½erfcx(z) ± Σ/√(2πa)] (no
 * cancellation: ½erfcx(z) ≥ Σ/√(2πa) by a factor ≥ 3/|η|) and the larger is its log1mExp.
 * Returns null outside that region.
 */
function temmeLogPQ(a: number, x: number): LogPQ | null {
  if (a < TEMME_MIN_SHAPE) return null;
  const u = (x - a) / a;
  const halfEtaSquared = -log1pmx(u); // η²/2
  if (!(halfEtaSquared <= 0.5 * TEMME_MAX_ETA * TEMME_MAX_ETA)) return null;
  const eta = Math.sign(u) * Math.sqrt(2 * halfEtaSquared);
  let series = 0;
  for (let k = TEMME_COEFFICIENTS.length - 1; k >= 0; k--) {
    const coefficients = TEMME_COEFFICIENTS[k]!;
    let ck = 0;
    for (let n = coefficients.length - 1; n >= 0; n--) ck = ck * eta + coefficients[n]!;
    series = series / a + ck;
  }
  const zSquared = a * halfEtaSquared;
  const z = Math.sqrt(zSquared);
  const r = series / (SQRT_2PI * Math.sqrt(a));
  if (eta >= 0) {
    const logQ = -zSquared + Math.log(0.5 * erfcx(z) + r);
    return { logP: log1mExp(logQ), logQ };
  }
  const logP = -zSquared + Math.log(0.5 * erfcx(z) - r);
  return { logP, logQ: log1mExp(logP) };
}

/** Both log P and log Q, each from the branch in which it has no cancellation. */
function logRegularisedPair(a: number, x: number, lx: number): LogPQ {
  const temme = temmeLogPQ(a, x);
  if (temme !== null) return temme;
  if (x < a + 1) {
    const logP = logGammaPrefactor(a, x, lx) + logLowerSeries(a, x);
    if (a < 1 && x > 0 && logP > -Math.LN2) {
      // P > ½: the series gives log P only to absolute accuracy (log P(1e-300, 1e-300) = −6.9e-298 came out 0);
      // Q < ½ from the small-a form has no cancellation, and log P = log(1 − Q) keeps its relative accuracy
      const logQ = logUpperGammaSmallA(a, x, lx) - lgamma(a);
      return { logP: log1mExp(logQ), logQ };
    }
    return { logP, logQ: log1mExp(logP) };
  }
  const logQ = logGammaPrefactor(a, x, lx) + logUpperFraction(a, x);
  return { logP: log1mExp(logQ), logQ };
}

function invalid(a: number, x: number, lx: number): boolean {
  return Number.isNaN(a) || Number.isNaN(x) || Number.isNaN(lx) || !(a > 0) || x < 0 || a === Infinity;
}

/** log P(a, x), the regularised lower incomplete gamma function; optional lx = log x. */
export function logLowerRegGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return -Infinity;
  if (x === Infinity) return 0;
  return logRegularisedPair(a, x, lx).logP;
}

/** log Q(a, x), the regularised upper incomplete gamma function; optional lx = log x. */
export function logUpperRegGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return 0;
  if (x === Infinity) return -Infinity;
  return logRegularisedPair(a, x, lx).logQ;
}

/** log Γ(a, x) (unregularised upper); in the fraction branch a·log x − x + log h, with no lgamma. */
export function logUpperGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return lgamma(a);
  if (x === Infinity) return -Infinity;
  if (x >= a + 1 && temmeLogPQ(a, x) === null) return a * lx - x + logUpperFraction(a, x);
  return lgamma(a) + logRegularisedPair(a, x, lx).logQ;
}

/** log γ(a, x) (unregularised lower); in the series branch a·log x − x + log Σ, with no lgamma. */
export function logLowerGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return -Infinity;
  if (x === Infinity) return lgamma(a);
  if (x < a + 1 && temmeLogPQ(a, x) === null) return a * lx - x + logLowerSeries(a, x);
  return lgamma(a) + logRegularisedPair(a, x, lx).logP;
}
