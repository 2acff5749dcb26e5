/**
 * The rounding of ℓ(v) = log F̄_N(t − g(v)), the weight of the shift-model integrals (shiftPair.ts), at large t.
 *
 * Two roundings spoil ℓ when |t| is large (the defect fixed for the conditioning kernels in
 * src/constructions/conditioning/shiftedLogSf.ts): s = t − g(v) is rounded to ~ulp(|t|) (2 at t = 10¹⁶), so ℓ is a
 * staircase in v with steps h_N(s)·ulp(t) log units; and ℓ itself, of size |log F̄_N(s)| (7·10¹⁵ for Weibull k = 0.99
 * at s = 10¹⁶), carries ε·|ℓ|. A quadrature converges on the staircase with a tiny error estimate:
 * E[V | U > 10¹⁶] = 1 ± 2e-10 for X ~ Weibull(0.99), V ~ Exp(2), where it is 1/(2 − h_X(t)) ≈ 1.5.
 *
 * `probe` wraps ℓ and remembers the nodes the quadrature evaluated it at. `sup()` is then the largest rounding δ(v)
 * (log units) over the nodes that carry the weight: those whose density·F̄_N·(1 + |v|) is within e^{-40} of the
 * largest (the factor 1 + |v| stands for the width a node stands for in a scale-free tail). Per node
 *   δ(v) = max_± |log F̄_N(s ± e) − log F̄_N(s)| + 2ε·|log F̄_N(s)|,  e = ε·|s| + err(g(v)),
 * with e = err(g(v)) alone where t − g(v) is exact (Sterbenz: g(v) ∈ [t/2, 2t]). The finite difference is the
 * staircase step (h_N(s)·e for continuous N; the jump for lattice N). The computed weight w̃ then lies within
 * e^{±δ} of the true one, and the callers widen their errors accordingly (roundingError).
 */
import type { Distribution } from '../distributions/types.ts';
import type { LogIntegrand } from './logExpectation.ts';

const EPS = Number.EPSILON;
/** Nodes whose weight is below e^{-RELEVANT} of the largest are ignored. */
const RELEVANT = 40;
/** Past this (log units) the weights are not resolved at all: the callers report not converged. */
export const UNRESOLVED = 0.01;
/** Nodes of the weighted region at which δ is evaluated. */
const SAMPLES = 33;

export interface RoundingProbe {
  /** ℓ(v) = log F̄_N(t − g(v)), remembering v */
  readonly ell: LogIntegrand;
  /** the largest rounding δ (log units) of ℓ over the nodes that carry the weight (NaN when none was evaluated) */
  sup(): number;
}

export function roundingProbe(V: Distribution, N: Distribution, t: number, g: (v: number) => number, gError: (v: number) => number): RoundingProbe {
  const deltaAt = (v: number, l: number): number => {
    const gv = g(v);
    const s = t - gv;
    const sterbenz = t > 0 ? gv >= t / 2 && gv <= 2 * t : gv <= t / 2 && gv >= 2 * t;
    const e = (sterbenz ? 0 : EPS * Math.abs(s)) + gError(v);
    const step = e === 0 ? 0 : Math.max(Math.abs(N.logSf(s - e) - l), Math.abs(N.logSf(s + e) - l));
    const d = (Number.isNaN(step) ? Infinity : step) + 2 * EPS * Math.abs(l);
    return Number.isNaN(d) ? Infinity : d;
  };
  return recording(V, (v) => N.logSf(t - g(v)), deltaAt);
}

/**
 * The same sampling of the weighted region for an ℓ given with its own rounding bound `roundingOf(v)` (log units),
 * e.g. ℓ relative to log F̄_N(t) (src/constructions/conditioning/shiftedLogSf.ts).
 */
export function customProbe(V: Distribution, base: LogIntegrand, roundingOf: (v: number) => number): RoundingProbe {
  return recording(V, base, (v) => roundingOf(v));
}

function recording(V: Distribution, base: LogIntegrand, deltaAt: (v: number, l: number) => number): RoundingProbe {
  const vs: number[] = [];
  const ls: number[] = [];
  const ell = (v: number): number => {
    const l = base(v);
    if (vs.length < 200_000 && l > -Infinity) {
      vs.push(v);
      ls.push(l);
    }
    return l;
  };
  function sup(): number {
    if (vs.length === 0) return NaN;
    const w = vs.map((v, i) => Math.min(V.logPdf(v), 50) + ls[i] + Math.log1p(Math.abs(v)));
    let top = -Infinity;
    for (const x of w) if (x > top) top = x;
    const relevant: number[] = [];
    let best = 0;
    for (let i = 0; i < vs.length; i++) {
      // no finite density at any node (atoms the density does not see): every node counts
      if (top > -Infinity && !(w[i] >= top - RELEVANT)) continue;
      relevant.push(i);
      if (w[i] > w[best]) best = i;
    }
    relevant.sort((a, b) => vs[a] - vs[b]);
    // δ at SAMPLES nodes evenly spread (by rank in v) over the region, its ends and the heaviest node: δ(v) is smooth
    // in v between them (|s|, the hazard and |ℓ| are)
    const picks = new Set<number>([best]);
    const n = relevant.length;
    for (let k = 0; k < SAMPLES && n > 0; k++) picks.add(relevant[Math.round((k * (n - 1)) / (SAMPLES - 1))]);
    let worst = 0;
    for (const i of picks) worst = Math.max(worst, deltaAt(vs[i], ls[i]));
    return worst;
  }
  return { ell, sup };
}

/**
 * The shift of a ratio E[V·w]/E[w] when every weight moves by a factor within e^{±δ}: with w′ = w·e^{η}, |η| ≤ δ,
 * E_w′[V] − E_w[V] = E_w[V(e^η − m)]/m (m = E_w[e^η] ≥ e^{−δ}, |e^η − m| ≤ 2 sinh δ), at most 2 sinh(δ)·e^δ·E_w|V|.
 */
export function ratioRoundingError(delta: number, meanAbs: number): number {
  return delta === 0 ? 0 : 2 * Math.sinh(delta) * Math.exp(delta) * meanAbs;
}
