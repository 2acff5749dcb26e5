/**
 * The toy model of the post's "Limitations" section as an exact parametric model (claims.md §2, "Toy model").
 * Base policy Q: X (the error, any law with a density) and V ~ N(0, 1) independent. A policy has three
 * parameters: quality θ (V ~ N(θ, 1)), hacking frequency p and severity s: with probability p the action is a
 * hack, X ~ Q(· | X > s); otherwise X ~ Q(· | X ≤ s). With q = F̄_X(s), H = E_Q[X | X > s], L = E_Q[X | X ≤ s]:
 *   D(P‖Q) = θ²/2 + kl(p ‖ q)            (product of a normal tilt and the T1 two-piece reweighting),
 *   E_P[U] = θ + (1 − p)·L + p·H,   E_P[V] = θ.
 * Exact gradients (f the density of X, h = f(s)/q the hazard, hL = f(s)/F(s)):
 *   ∂KL/∂θ = θ,  ∂KL/∂p = logit p − logit q,  ∂KL/∂s = h·(p − q)/(1 − q)   (q′(s) = −f(s));
 *   ∂EU/∂θ = 1,  ∂EU/∂p = H − L,               ∂EU/∂s = (1 − p)·hL·(s − L) + p·h·(H − s)
 * (L′ = hL·(s − L), H′ = h·(H − s)). Everything is formed from log F̄, log F, log f and the log-space partial
 * means, so s may sit where F̄(s) = 1e-260.
 */
import type { Distribution } from '../../distributions/types.ts';
import { logLowerPartialMean } from '../../distributions/lowerPartialMean.ts';
import { binaryKl } from '../../numerics/kl.ts';
import { fromSignedLog, log1mExp } from '../../numerics/logspace.ts';
import { logBulkPartialMean } from './bulkPartialMean.ts';

export interface ToyPoint {
  /** quality: V ~ N(θ, 1) */
  readonly theta: number;
  /** hacking frequency P(X > s) under the policy, in (0, 1) */
  readonly p: number;
  /** severity threshold */
  readonly s: number;
}

/** [∂/∂θ, ∂/∂p, ∂/∂s] */
export type Gradient = readonly [number, number, number];

export interface ToyQuantities {
  readonly logQ: number;
  /** E_Q[X | X > s], E_Q[X | X ≤ s] */
  readonly H: number;
  readonly L: number;
  readonly kl: number;
  readonly meanU: number;
  readonly meanV: number;
  readonly gradKl: Gradient;
  readonly gradU: Gradient;
}

/** log(p/(1 − p)) from p, exact near 0 and 1. */
export const logit = (p: number): number => Math.log(p) - Math.log1p(-p);

/** logit of q = e^{logQ}: logQ − log(1 − q). */
export const logitFromLog = (logQ: number): number => logQ - log1mExp(logQ);

/** Accept L = μ − m(s) when at most 2 digits cancel (|μ − m| ≥ 1e-2·max(|μ|, |m|)). */
const CANCELLATION_LIMIT = 1e-2;

export interface ConditionalMeans { readonly H: number; readonly L: number; readonly logQ: number; readonly logF: number }

/**
 * H = E[X | X > s] and L = E[X | X ≤ s] of a law with a density. The lower partial mean is formed as
 * E[X·1{X ≤ s}] = μ − m(s), m(s) = F̄(s)·H (no atom at s: cases.ts excludes them), when μ is finite and this
 * loses at most 2 digits — the kernel's own rule (lowerPartialMean.ts, method 2), applied to the whole law:
 * the kernel applies it per mixture component and falls back to quadrature for a component in whose left
 * tail s lies, although the sum has no cancellation. Otherwise the closed forms of bulkPartialMean.ts (the heavy
 * families whose mean sits far out, their affine images and mixtures), else the kernel (exact recipes, atom sums,
 * quadrature).
 * `tailMean` is x.tailMean(s) when the caller already has it.
 */
export function conditionalMeans(x: Distribution, s: number, tailMean: number = x.tailMean(s)): ConditionalMeans {
  const logQ = x.logSf(s);
  const logF = x.logCdf(s);
  const H = tailMean;
  const mu = x.mean();
  const m = Math.exp(logQ) * H;
  const lower = mu - m;
  const direct = Number.isFinite(lower) && Math.abs(lower) >= CANCELLATION_LIMIT * Math.max(Math.abs(mu), Math.abs(m));
  const L = (direct ? lower : fromSignedLog(logBulkPartialMean(x, s) ?? logLowerPartialMean(x, s))) / Math.exp(logF);
  return { H, L, logQ, logF };
}

/** The model's quantities at a point; `cm` (the conditional means at pt.s) may be passed when already computed. */
export function toyQuantities(x: Distribution, pt: ToyPoint, cm: ConditionalMeans = conditionalMeans(x, pt.s)): ToyQuantities {
  const { theta, p, s } = pt;
  const { H, L, logQ, logF } = cm;
  // atoms carry no density: between atoms F̄ is flat (f = 0); at an atom ∂/∂s does not exist (cases.ts excludes it)
  const logf = x.support.kind === 'discrete' ? -Infinity : x.logPdf(s);
  const hazard = Math.exp(logf - logQ);
  const hazardLow = Math.exp(logf - logF);
  const q = Math.exp(logQ);
  const klS = hazard * ((p - q) / -Math.expm1(logQ));
  const uS = (1 - p) * hazardLow * (s - L) + p * hazard * (H - s);
  return {
    logQ,
    H,
    L,
    kl: (theta * theta) / 2 + binaryKl(p, logQ),
    meanU: theta + (1 - p) * L + p * H,
    meanV: theta,
    gradKl: [theta, logit(p) - logitFromLog(logQ), klS],
    gradU: [1, H - L, uS],
  };
}

/** The quality at which (θ, p) is balanced at severity s: θ·(H − L) = logit p − logit q (see directions.ts). */
export function balancedTheta(x: Distribution, p: number, s: number, cm: ConditionalMeans = conditionalMeans(x, s)): number {
  return (logit(p) - logitFromLog(cm.logQ)) / (cm.H - cm.L);
}
