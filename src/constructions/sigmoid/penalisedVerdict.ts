/**
 * The sigmoid remedy read with a KL penalty: maximise J_β(P) = σ(E_P[U]) − β·D(P‖Q), β > 0, σ bounded increasing
 * with σ₊ = sup σ (squash.ts). Always J_β(P) ≤ σ₊ − β·D(P‖Q). Claim at (β, η): there is δ > 0 such that the set of
 * δ-near-optimal P (J_β(P) ≥ sup J_β − δ) is non-empty and each of its members has |E_P[V] − E_Q[V]| < η.
 *   holds: pick d with B₂(d) := max(B_V(d), B_{−V}(d)) < η (Donsker–Varadhan, dvBound.ts, plus its error) and
 *          δ = βd/(1 + κ); a witness P_w (pairWitness.ts: reweighting by U) with σ₊ − σ(E[U]) ≤ κδ/2 and
 *          β·D ≤ κδ/2 shows sup J_β ≥ σ₊ − κδ; then J_β(P) ≥ sup − δ gives β·D(P‖Q) ≤ (1 + κ)δ, D ≤ d,
 *          |ΔV| ≤ B₂(d) < η. (As δ → 0 this is the post's "it pays to make the KL (and thus V) go to zero".)
 *   fails (light U; independent normal X and V, where the optimum over all P is the tilt dP/dQ ∝ e^{θU}:
 *          E U = μ_U + θσ_U², D = θ²σ_U²/2, ΔV = θσ_V²): with θ_low = η/σ_V², a θ with J(θ) > σ(μ_U + θ_lowσ_U²)
 *          ≥ J(θ′) for all θ′ ≤ θ_low puts the maximiser P* (in every near-optimal set) at ΔV > η;
 *   fails (V heavy on either side, X ⊥ V heavy): P = P_X ⊗ P_V from T1 witnesses (on V or −V) with σ₊ − J_β(P) ≤ δ₁ and
 *          ΔV ≥ η, for δ₁ = 1e-12β: no δ ≥ δ₁ works (and T1 continues the construction below δ₁).
 */
import { fmt, fails, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Verdict } from '../../claims/types.ts';
import { build } from '../../distributions/build.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { dvBound } from '../dvBound.ts';
import { findHighMeanWitness } from '../highMeanWitness.ts';
import { findPairWitness, pairLaws } from '../pairWitness.ts';
import type { Squash } from './squash.ts';

const KAPPA = 0.1;

const reflections = new WeakMap<Distribution, Distribution>();
function reflected(v: Distribution): Distribution {
  let r = reflections.get(v);
  if (!r) {
    r = build({ family: 'affine', base: v.spec, loc: 0, scale: -1 });
    reflections.set(v, r);
  }
  return r;
}

/** max(B_V(d), B_{−V}(d)) + error. */
export function twoSidedDv(v: Distribution, d: number): number {
  const up = dvBound(v, d);
  if (!(up.bound < Infinity)) return Infinity;
  const down = dvBound(reflected(v), d);
  return Math.max(up.bound + up.error, down.bound + down.error);
}

/** A KL level d with B₂(d) < η: start from the normal guess η²/(2 Var V), rescale by (η/B₂)²/4 (B₂ ≈ √d). */
function klLevelFor(v: Distribution, eta: number): { d: number; b: number } {
  const variance = v.variance();
  let d = (eta * eta) / (2 * (variance > 0 && Number.isFinite(variance) ? variance : 1));
  let b = twoSidedDv(v, d);
  for (let i = 0; i < 12 && !(b < eta); i++) {
    if (!(b < Infinity)) return { d, b };
    d *= Math.min(0.25, ((eta / b) * eta) / b / 4);
    b = twoSidedDv(v, d);
  }
  return { d, b };
}

function normalPairCertificate(pair: PairSpec, sigma: Squash, beta: number, eta: number): Verdict | undefined {
  if (pair.kind !== 'independent' || pair.x.family !== 'normal' || pair.v.family !== 'normal') return undefined;
  const muU = pair.x.mu + pair.v.mu;
  const varU = pair.x.sigma ** 2 + pair.v.sigma ** 2;
  const varV = pair.v.sigma ** 2;
  const thetaLow = eta / varV;
  const bar = sigma.value(muU + thetaLow * varU);
  const J = (th: number) => sigma.value(muU + th * varU) - (beta * th * th * varU) / 2;
  const thetaMax = Math.sqrt((2 * (sigma.upper - sigma.lower)) / (beta * varU)); // beyond it J < σ₋ ≤ J(0)
  for (let i = 1; i <= 400; i++) {
    const th = thetaLow + ((thetaMax - thetaLow) * i) / 400;
    const j = J(th);
    if (j - bar > 1e-12 * (1 + Math.abs(bar))) {
      return fails(
        `light U (normal X ⊥ normal V): J(θ=${fmt(th)}) = ${fmt(j)} > σ(μ_U + θ_low σ_U²) = ${fmt(bar)} ≥ J(θ′ ≤ θ_low), so the optimal tilt has θ* > θ_low and E V − μ_V = θ*σ_V² > η=${fmt(eta)} in every near-optimal set`,
        { theta: th, J: j, bar, thetaLow, eta, beta },
      );
    }
  }
  return undefined;
}

function heavyVCertificate(pair: PairSpec, sigma: Squash, beta: number, eta: number): Verdict | undefined {
  if (pair.kind !== 'independent') return undefined;
  const x = build(pair.x);
  const v = build(pair.v);
  if (x.tailClass !== 'heavy' || !Number.isFinite(v.mean()) || !Number.isFinite(x.mean())) return undefined;
  // the side of V that is heavy: T1 on V (raise it) or on −V (lower it)
  const sign = v.tailClass === 'heavy' ? 1 : v.tails.left.tailClass === 'heavy' ? -1 : 0;
  if (sign === 0) return undefined;
  const vSide = sign === 1 ? v : build({ family: 'affine', base: v.spec, loc: 0, scale: -1 });
  const delta1 = 1e-12 * beta;
  const eps = delta1 / (4 * beta);
  const wv = findHighMeanWitness(vSide, vSide.mean() + eta, eps).witness;
  if (!wv) return undefined;
  const meanV = sign * wv.mean;
  const M = sigma.levelForGap(delta1 / 2);
  const wx = findHighMeanWitness(x, M - meanV, eps).witness;
  if (!wx) return undefined;
  const meanU = wx.mean + meanV;
  const shortfall = sigma.gap(meanU) + beta * (wx.kl + wv.kl);
  const shift = Math.abs(meanV - v.mean());
  if (!(shortfall <= delta1 && shift >= eta)) return undefined;
  return fails(
    `V heavy on the ${sign === 1 ? 'right' : 'left'}: P_X ⊗ P_V has σ₊ − J_β(P) = ${fmt(shortfall)} ≤ δ₁=${fmt(delta1)} and |E_P[V] − E_Q[V]| = ${fmt(shift)} ≥ η=${fmt(eta)}: no δ ≥ δ₁ works`,
    { shortfall, delta1, shift, klX: wx.kl, klV: wv.kl, meanU },
  );
}

export function sigmoidPenalisedVerdict(pair: PairSpec, v: Distribution, sigma: Squash, beta: number, eta: number): Verdict {
  const cert = normalPairCertificate(pair, sigma, beta, eta) ?? heavyVCertificate(pair, sigma, beta, eta);
  if (cert) return cert;
  const mu = v.mean();
  if (v.support.upper - mu < eta && mu - v.support.lower < eta) {
    // sup J_β ≤ σ₊ is finite, so every δ-near-optimal set is non-empty; V's support alone bounds |ΔV|
    return holds(`V ∈ [${fmt(v.support.lower)}, ${fmt(v.support.upper)}] lies within η=${fmt(eta)} of E_Q[V]: every P ≪ Q has |ΔV| < η`, { mu, eta });
  }
  const { d, b } = klLevelFor(v, eta);
  if (!(b < eta)) return inconclusive('no KL level with a finite two-sided Donsker–Varadhan bound below η', { eta, d, b });
  const delta = (beta * d) / (1 + KAPPA);
  const M = sigma.levelForGap(Math.min((KAPPA * delta) / 2, (sigma.upper - sigma.lower) / 2));
  const eps = (KAPPA * delta) / (2 * beta);
  const w = findPairWitness(pairLaws(pair, v), { M, eps, dvCheck: false }).witness;
  if (!Number.isFinite(M) || !w || !(w.meanULower >= M && w.klUpper <= eps)) return inconclusive('no reweighting by U reaches σ₊ − κδ', { M, eps, delta });
  return holds(
    `witness ${w.kind === 'reference' ? 'P = Q' : `t=${fmt(w.t)}`} has J_β ≥ σ₊ − κδ (E[U] ≥ ${fmt(w.meanULower)}, KL ≤ ${fmt(w.klUpper)}), so every δ=${fmt(delta)}-near-optimal P has D ≤ ${fmt(d)} and |ΔV| ≤ B₂(${fmt(d)}) = ${fmt(b)} < η=${fmt(eta)}`,
    { delta, d, b2: b, M, eps, ...(Number.isFinite(w.t) ? { t: w.t } : {}), eta, beta },
  );
}
