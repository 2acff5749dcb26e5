/**
 * Sentence (i) of the toy model at one point: "All ways to adjust the policy to increase E[U] without increasing
 * KL increase severity of hacking while decreasing either frequency of hacking or quality of responses."
 * Directions d = (dθ, dp, ds) with k·d ≤ 0 < g·d (k = ∇KL, g = ∇E[U], toyModel.ts) must have ds > 0 and
 * (dθ < 0 or dp < 0). Exact analysis (Farkas): the cone {k·d ≤ 0 < g·d} lies in {ds > 0} iff e_s = λ₁g − λ₂k with
 * λ₁, λ₂ > 0, i.e. iff the point is balanced, θ·(H − L) = logit p − logit q (k_p = θ·g_p), and
 * c := ∂_sE[U] − ∂_sKL/θ > 0; then, when θ > 0 and p > q (k_θ, k_p, k_s > 0), k·d ≤ 0 with ds > 0 forces dθ < 0 or
 * dp < 0. Otherwise an explicit refuting direction: off balance, d₁ = ±(k_p, −θ, 0) (trade quality against
 * frequency at fixed severity), tilted by −τk so that KL strictly decreases; θ < 0 or p < q, a unit step that
 * frees KL and raises E[U] with ds = 0; balanced with c < 0, a tangent direction with ds = −1.
 */
import { fmt, fails, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Verdict } from '../../claims/types.ts';
import type { Distribution } from '../../distributions/types.ts';
import { toyQuantities, type ToyPoint, type ToyQuantities } from './toyModel.ts';

const REL = 1e-9;
type Vec = [number, number, number];
const dot = (a: readonly number[], b: readonly number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Residual of the balance condition and its scale. */
export function balanceResidual(t: ToyQuantities): { residual: number; scale: number } {
  const [th, kp] = [t.gradKl[0], t.gradKl[1]];
  return { residual: kp - th * t.gradU[1], scale: Math.abs(kp) + Math.abs(th * t.gradU[1]) };
}
export const isBalanced = (t: ToyQuantities): boolean => {
  const b = balanceResidual(t);
  return Math.abs(b.residual) <= REL * b.scale;
};
/** c = ∂_sE[U] − ∂_sKL/θ and its scale: the fixed-KL return of severity paid for by quality. */
export function severityMargin(t: ToyQuantities): { c: number; scale: number } {
  const th = t.gradKl[0];
  return { c: t.gradU[2] - t.gradKl[2] / th, scale: Math.abs(t.gradU[2]) + Math.abs(t.gradKl[2] / th) };
}

function refute(t: ToyQuantities, d: Vec, why: string): Verdict {
  const gd = dot(t.gradU, d);
  const kd = dot(t.gradKl, d);
  const errG = 4 * Number.EPSILON * (Math.abs(d[0]) + Math.abs(t.gradU[1] * d[1]) + Math.abs(t.gradU[2] * d[2]));
  const errK = 4 * Number.EPSILON * (Math.abs(t.gradKl[0] * d[0]) + Math.abs(t.gradKl[1] * d[1]) + Math.abs(t.gradKl[2] * d[2]));
  const numbers = { dTheta: d[0], dP: d[1], dS: d[2], dEU: gd, dKL: kd, errEU: errG, errKL: errK };
  if (!(gd > errG && kd <= -errK)) return inconclusive('refuting direction within rounding', numbers);
  return fails(`${why}: d=(${fmt(d[0])}, ${fmt(d[1])}, ${fmt(d[2])}) raises E[U] by ${fmt(gd)} and changes KL by ${fmt(kd)} ≤ 0, with ds=${fmt(d[2])}`, numbers, { direction: d });
}

/** Tilt a direction with k·d = 0 (exactly, up to rounding) by −τk, keeping g·d ≥ half its value. */
function tilted(t: ToyQuantities, d: Vec): Vec {
  const gd = dot(t.gradU, d);
  const gk = Math.abs(dot(t.gradU, t.gradKl));
  const kk = dot(t.gradKl, t.gradKl);
  const tau = Math.min(gd / (2 * (gk + Number.MIN_VALUE)), 1 / Math.sqrt(kk));
  return [d[0] - tau * t.gradKl[0], d[1] - tau * t.gradKl[1], d[2] - tau * t.gradKl[2]];
}

/** The verdict at a point; `t` (its quantities, toyModel.ts) may be passed when already computed. */
export function fixedKlDirectionVerdict(x: Distribution, pt: ToyPoint, t: ToyQuantities = toyQuantities(x, pt)): Verdict {
  if (t.H === Infinity || t.L === -Infinity) {
    return holds('E[U] is infinite at every policy with 0 < p < 1: no direction raises it (the sentence holds vacuously)', { H: t.H, L: t.L });
  }
  const all = [...t.gradKl, ...t.gradU, t.kl, t.meanU];
  if (!all.every(Number.isFinite)) return inconclusive('a gradient or the KL is not finite in double range', { H: t.H, L: t.L, logQ: t.logQ });
  const [th, kp, ks] = t.gradKl;
  if (th === 0 && kp === 0 && ks === 0) return fails('at the base policy ∇KL = 0: d = (1, 0, 0) raises E[U] at second-order KL with ds = 0', { dTheta: 1 });
  const bal = balanceResidual(t);
  if (Math.abs(bal.residual) > REL * bal.scale) {
    const d1: Vec = bal.residual > 0 ? [kp, -th, 0] : [-kp, th, 0];
    return refute(t, tilted(t, d1), 'off balance, trading quality against frequency at fixed severity');
  }
  if (th < 0) return refute(t, [1, 0, 0], 'quality below base: raising it frees KL');
  if (kp < 0) return refute(t, [0, 1, 0], 'frequency below base: raising it frees KL');
  const { c, scale } = severityMargin(t);
  const numbers = { theta: th, logitGap: kp, klS: ks, uS: t.gradU[2], c, meanU: t.meanU, kl: t.kl };
  if (c < -REL * scale) {
    const n = th * th + kp * kp;
    return refute(t, tilted(t, [(ks * th) / n, (ks * kp) / n, -1]), 'severity past its fixed-KL optimum (∂_sE[U] < ∂_sKL/θ)');
  }
  if (c > REL * scale && th > 0 && kp > 0 && ks > 0) {
    return holds(`balanced, p > F̄(s), ∂_sE[U] − ∂_sKL/θ = ${fmt(c)} > 0: e_s = λ₁∇E[U] − λ₂∇KL with λ₂ = ${fmt(1 / (th * t.gradU[2] - ks))} > 0`, numbers);
  }
  return inconclusive('balanced point with ∂_sE[U] − ∂_sKL/θ within rounding of 0', numbers);
}
