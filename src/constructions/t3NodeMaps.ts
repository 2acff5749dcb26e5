/**
 * Variables in which a family's node table (t3NodeTable.ts) is built where x itself is a poor quadrature
 * variable. Weibull(k, λ) with k < 1: f(x) = (k/λ)(x/λ)^{k−1}e^{−(x/λ)^k} is singular at 0 like x^{k−1}, where
 * halving an interval at 0 cuts the Gauss–Kronrod error by only 2^{−k} (k = 0.02: 1.4%), so the adaptive rule
 * used its whole 200-interval budget without converging on every table (measured: 6 of 565 tables converged in
 * 300 cases of light-tail/mean-shift-vanishes, each ~3,000 density calls) and the DV search rebuilt them at
 * every λ. In t = (x/λ)^k, T ~ Exp(1): f_T(t) = e^{−t} on [0, ∞) is smooth, and x = λ·t^{1/k}.
 * Rounding of x: x = λ·t^{r}, r = fl(1/k) = (1/k)(1 + δ), |δ| ≤ ε, so t^r = t^{1/k}·e^{δ ln(t)/k} (relative
 * |ln t|/k·ε); the node t_j itself is a rounded double (relative ε, amplified to ε/k in x); plus one rounding each
 * for pow and the product: relErr(t) = ((|ln t| + 1)/k + 3)·ε·(1 + 1e-3). Where t^r or x is subnormal (λ = 1e-200,
 * k = 0.3 at t = 1.7e-37: x = 2.5e-323, 2.7% off) its rounding is absolute, ≤ MIN_VALUE: relative MIN_VALUE/t^r and
 * MIN_VALUE/x are added there (against mpmath: t3NodeMapsRounding.test.ts).
 * Weibull k > 1 keeps x (its density is smooth, and its tables are tested against mpmath in x).
 */
import type { Distribution } from '../distributions/types.ts';
import type { NodeMap, NodeTable } from './t3NodeTable.ts';
import { MIN_NORMAL } from '../numerics/logspace.ts';

export interface MappedDensity {
  /** log density of the rule's variable t */
  readonly logPdf: (t: number) => number;
  readonly lower: number;
  readonly upper: number;
  readonly map: NodeMap;
}

const EPS = Number.EPSILON;

/** The relative rounding of a subnormal result v (absolute ≤ MIN_VALUE/2, taken as MIN_VALUE), 0 for a normal one. */
function subnormalRelErr(v: number): number {
  return v < MIN_NORMAL ? Number.MIN_VALUE / v : 0;
}

/** The variable to build d's node tables in, or undefined to build them in x (d.logPdf on d's support). */
export function nodeMapOf(d: Distribution): MappedDensity | undefined {
  const spec = d.spec;
  if (spec.family === 'weibull' && spec.k > 0 && spec.k < 1 && spec.lambda > 0) {
    const { k, lambda } = spec;
    const r = 1 / k;
    return {
      logPdf: (t) => (t >= 0 ? -t : -Infinity),
      lower: 0,
      upper: Infinity,
      map: { toX: (t) => lambda * t ** r, relErr: (t) => ((Math.abs(Math.log(t)) + 1) * r + 3) * EPS * (1 + 1e-3) + subnormalRelErr(t ** r) + subnormalRelErr(lambda * t ** r) },
    };
  }
  return undefined;
}

/**
 * The effect of the rounding δ_j ≤ xErr_j of mapped nodes on the sums of t3TableCumulants.ts `sumsAt`, to first order
 * and doubled: with w_j = K_j e^{y_j} (scaled by e^{−shift}), y = λ(x − c), the scaled mass sum Σ w_j moves by
 * Σ w_j λδ_j (unscaled, the h-sum Σ K_j h(y_j) by Σ K_j λ·expm1(y_j)·δ_j — h′ = expm1, which exceeds e^y in size
 * for y < −ln 2: Weibull k = ½ at λ = −1 moved it 1.1× the bound Σ w_j|λ|δ_j, doubled; for the exact mean value
 * form its change over the step, ≤ e^y·|λ|δ_j more, is added) and the first-moment sum by Σ w_j δ_j(1 + y_j); the tilted mean tm = (first moment)/(mass) by Σ w_j δ_j(1 + λ(x_j − c − tm))
 * over the mass (the far centre c cancels). The h-sums (unscaled: the exact E[X − c] = 0 is subtracted, which the
 * moved nodes no longer meet) move the first moment by Σ K_j δ_j(e^{y}(1 + y) − 1) instead, = Σ K_j δ_j(expm1(y)
 * + λ(e^{y}(x_j − c − tm) + tm)) after the same cancellation. Returned: m (the mass sum) and t (the tilted mean),
 * each to be divided by the sums' denominator.
 */
export function roundingOfNodes(t: NodeTable, xErr: Float64Array, l: number, c: number, shift: number, scaled: boolean, tm: number): { m: number; t: number } {
  let m = 0, tt = 0;
  const al = Math.abs(l);
  for (let j = 0; j < t.x.length; j++) {
    const dj = xErr[j];
    if (!(dj > 0) || t.logK[j] === -Infinity) continue;
    const dx = t.x[j] - c;
    const y = l * dx;
    const w = Math.exp(t.logK[j] - shift + y);
    m += scaled ? w * al * dj : al * dj * (t.K[j] * Math.abs(Math.expm1(y)) + w * al * dj);
    tt += scaled ? w * dj * (1 + al * Math.abs(dx - tm)) : dj * (t.K[j] * Math.abs(Math.expm1(y)) + al * (w * Math.abs(dx - tm) + t.K[j] * Math.abs(tm)));
  }
  return { m: 2 * m, t: 2 * tt };
}
