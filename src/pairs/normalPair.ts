/**
 * Closed forms when U = cV + b + N with V ~ N(μ_V, σ_V²) and N ~ N(μ_N, σ_N²) independent (independent
 * normal pairs, X = aV + Z with normal V, Z, and f linear with normal noise). Then U ~ N(μ_U, σ_U²) with
 * μ_U = cμ_V + b + μ_N, σ_U² = c²σ_V² + σ_N², Cov(V, U) = cσ_V², and with z = (t − μ_U)/σ_U:
 *   E[V·1{U > t}] = μ_V·Φ̄(z) + (Cov/σ_U)·φ(z),
 *   E[V | U > t] = μ_V + (Cov/σ_U)/R(z),  R the Mills ratio (claims.md T5/T6: (σ_V²/σ_U)·φ/Φ̄ when c = 1),
 *   log E[e^{θU}] = θμ_U + θ²σ_U²/2,  tilted means μ_V + θ·Cov and μ_U + θσ_U².
 * Logs throughout (numerics.md §4.1 logPhic, Mills ratio via erfcx).
 */
import { fromSignedLog, lsum } from '../numerics/logspace.ts';
import { logPhi, logPhic, logPhiDensity, millsRatio } from '../numerics/special/normalTail.ts';
import { exact } from './estimate.ts';
import type { Pair } from './types.ts';

export interface NormalPairParameters {
  readonly muV: number;
  readonly sigmaV: number;
  readonly slope: number;
  readonly intercept: number;
  readonly muN: number;
  readonly sigmaN: number;
}

/** Replace the quantities of `base` that have closed forms. */
export function withNormalClosedForms(base: Pair, p: NormalPairParameters): Pair {
  const muU = p.slope * p.muV + p.intercept + p.muN;
  const sigmaU = Math.hypot(p.slope * p.sigmaV, p.sigmaN);
  const cov = p.slope * p.sigmaV * p.sigmaV;
  const z = (t: number): number => (t - muU) / sigmaU;
  const partial = (t: number): number => {
    const a = { log: Math.log(Math.abs(p.muV)) + logPhic(z(t)), sign: Math.sign(p.muV) as -1 | 0 | 1 };
    const b = { log: Math.log(Math.abs(cov / sigmaU)) + logPhiDensity(z(t)), sign: Math.sign(cov) as -1 | 0 | 1 };
    return fromSignedLog(lsum(a.sign === 0 ? { log: -Infinity, sign: 0 } : a, b.sign === 0 ? { log: -Infinity, sign: 0 } : b));
  };
  return {
    ...base,
    u: {
      ...base.u,
      logSf: (t) => logPhic(z(t)),
      sf: (t) => Math.exp(logPhic(z(t))),
      logCdf: (t) => logPhi(z(t)),
      cdf: (t) => Math.exp(logPhi(z(t))),
      mean: () => muU,
    },
    partialV: (t) => exact(partial(t)),
    conditionalV: (t) => exact(p.muV + cov / sigmaU / millsRatio(z(t))),
    logSfEstimate: (t) => exact(logPhic(z(t))),
    logMgfU: (theta) => exact(theta * muU + (theta * theta * sigmaU * sigmaU) / 2),
    tiltedMeanV: (theta) => exact(p.muV + theta * cov),
    tiltedMeanU: (theta) => exact(muU + theta * sigmaU * sigmaU),
  };
}
