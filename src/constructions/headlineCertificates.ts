/**
 * Certificates that no witness exists, for the headline claims' necessity checks (claims.md §1 Gibbs /
 * Donsker–Varadhan: E_P[f] − E_Q[f] ≤ (D(P‖Q) + log E_Q[e^{λ(f − E_Q f)}])/λ for every λ > 0 and P ≪ Q).
 *
 * - U light: every P with D(P‖Q) ≤ ε has E_P[U] ≤ μ_U + B_U(ε), B_U from an upper bound on U's log-MGF
 *   (headlineSumLaw.ts); any λ gives a valid bound, so a grid scan plus golden refinement is enough.
 * - V heavy, the rest of U light: write U = c·V + R (c > 0) or U ≤ V + R with R's law known and light:
 *   independent / co- / countermonotone pairs R = X; X = aV + Z: c = 1 + a, R = Z; X = f(V) + N with f
 *   linear: c = 1 + a, R = b + N; f = clip(·, lo, hi): U ≤ V + hi + N. Then every P with D(P‖Q) ≤ ε and
 *   E_P[U] > M has E_P[V] > (M − μ_R − B_R(ε))/c (data processing: D(P_R‖Q_R) ≤ D(P‖Q)).
 */
import { build } from '../distributions/build.ts';
import type { Distribution } from '../distributions/types.ts';
import type { PairSpec } from '../pairs/types.ts';

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * inf over λ > 0 of (d + logMgf(λ) − λμ)/λ from any upper bound logMgf on log E[e^{λY}]: an upper bound on
 * B(d) whatever λ the search ends at (NaN values of logMgf count as +∞). The objective is unimodal in log λ
 * (claims.md §1; dvBound.ts): a scan of log λ ∈ [−40, 40] in steps of 2, then 40 golden-section steps in
 * the best step's neighbourhood, which pins the minimum to a relative 1e-9 (the objective is flat there).
 */
export function dvBoundFromLogMgf(logMgf: (lambda: number) => number, mu: number, d: number): number {
  if (!Number.isFinite(mu) || !(d >= 0)) return NaN;
  if (d === 0) return 0;
  const g = (ll: number) => {
    const l = Math.exp(ll);
    const v = (d + logMgf(l) - l * mu) / l;
    return Number.isNaN(v) ? Infinity : v;
  };
  let best = Infinity;
  let bestLl = 0;
  for (let ll = -40; ll <= 40; ll += 2) {
    const v = g(ll);
    if (v < best) [best, bestLl] = [v, ll];
  }
  if (best === Infinity) return Infinity;
  let lo = bestLl - 2;
  let hi = bestLl + 2;
  let a = hi - GOLDEN * (hi - lo);
  let b = lo + GOLDEN * (hi - lo);
  let ga = g(a);
  let gb = g(b);
  for (let i = 0; i < 40; i++) {
    if (ga <= gb) {
      hi = b; b = a; gb = ga; a = hi - GOLDEN * (hi - lo); ga = g(a);
    } else {
      lo = a; a = b; ga = gb; b = lo + GOLDEN * (hi - lo); gb = g(b);
    }
  }
  return Math.min(best, ga, gb);
}

/** U = c·V + R (or U ≤ c·V + R): the coefficient, the law of R and a constant shift of R. */
interface Remainder { readonly c: number; readonly r: Distribution; readonly shift: number }

function remainderOf(spec: PairSpec): Remainder | undefined {
  switch (spec.kind) {
    case 'independent':
    case 'comonotone':
    case 'countermonotone':
      return { c: 1, r: build(spec.x), shift: 0 };
    case 'linear':
      return { c: 1 + spec.a, r: build(spec.z), shift: 0 };
    case 'functional':
      if (spec.f.kind === 'linear') return { c: 1 + spec.f.a, r: build(spec.noise), shift: spec.f.b };
      if (spec.f.kind === 'clip') return { c: 1, r: build(spec.noise), shift: spec.f.hi };
      return undefined;
    case 'latentMixture':
      return undefined;
  }
}

export interface VLowerCertificate {
  /** every P with D(P‖Q) ≤ ε and E_P[U] > M has E_P[V] > lowerV */
  readonly lowerV: number;
  readonly c: number;
  readonly meanR: number;
  readonly dvR: number;
}

/** A lower bound on E_P[V] over all P with D(P‖Q) ≤ ε and E_P[U] > M, or undefined where none is available. */
export function vLowerCertificate(spec: PairSpec, M: number, eps: number): VLowerCertificate | undefined {
  const rem = remainderOf(spec);
  if (!rem || !(rem.c > 0) || rem.r.tailClass === 'heavy') return undefined;
  const meanR = rem.r.mean() + rem.shift;
  const dvR = dvBoundFromLogMgf((l) => rem.r.logMgf(l), rem.r.mean(), eps); // an upper bound on B_R(ε): conservative here
  const lowerV = (M - meanR - dvR) / rem.c;
  return Number.isFinite(lowerV) ? { lowerV, c: rem.c, meanR, dvR } : undefined;
}
