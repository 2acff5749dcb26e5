/**
 * Pairs in which U = g(V) + N given V = v, with V and N independent: `independent` (g(v) = v, N = X),
 * `linear` (X = aV + Z: g(v) = (1 + a)v, N = Z) and `functional` (X = f(V) + noise: g = f + id).
 * Every joint quantity is one expectation over V (claims.md T5/T6):
 *   P(U > t) = E[F̄_N(t − g(V))],  E[V·1{U > t}] = E[V·F̄_N(t − g(V))],
 *   E[e^{θU}] = M_N(θ)·E[e^{θg(V)}],  E[V e^{θU}]/E[e^{θU}] = E[V e^{θg(V)}]/E[e^{θg(V)}] (M_N cancels),
 *   E[U e^{θU}]/E[e^{θU}] = E[g(V)e^{θg(V)}]/E[e^{θg(V)}] + Λ_N′(θ).
 * When g is affine, log E[e^{θg(V)}] = θ·intercept + logMgf_V(slope·θ) exactly.
 * The threshold integrals carry the rounding of log F̄_N(t − g(v)) at large t (integrandRounding.ts): widened
 * errors, or not converged where the weights are not resolved in double precision. For g(v) = v (independent pairs,
 * X = 0·V + Z) E[V | U > t] first tries ℓ relative to log F̄_N(t), interpolated from values far apart
 * (src/constructions/conditioning/shiftedLogSf.ts), which stays resolved where the plain ℓ does not.
 */
import type { Distribution } from '../distributions/types.ts';
import { atMostZero, exact, failed, fromSigned, logEstimate, ratio } from './estimate.ts';
import { customProbe, ratioRoundingError, roundingProbe, UNRESOLVED } from './integrandRounding.ts';
import { shiftedLogSf } from './shiftedLogSf.ts';
import type { LogValue, PreparedLaw } from './logExpectation.ts';
import type { ShiftFunction } from './pairFunction.ts';
import { signedExpectation } from './signedExpectation.ts';
import type { Estimate, Pair, PairSpec } from './types.ts';

export interface ShiftModel {
  readonly spec: PairSpec;
  readonly v: PreparedLaw;
  readonly n: PreparedLaw;
  readonly shift: ShiftFunction;
  /** X from the draws of V and N */
  xOf(v: number, n: number): number;
  readonly x: Distribution | undefined;
}

const NOISE_LEVELS = [1e-9, 0.5, 1 - 1e-9];

export function shiftPair(m: ShiftModel): Pair {
  const { v: V, n: N, shift } = m;
  const smooth = N.dist.support.kind === 'continuous';
  const breaksAt = (t: number): number[] => [
    ...shift.kinks,
    ...NOISE_LEVELS.flatMap((p) => shift.preimage(t - N.dist.quantile(p))),
  ];
  const probeAt = (t: number) => roundingProbe(V.dist, N.dist, t, shift.g, shift.error);
  const logSfAt = (t: number, ell: (v: number) => number = (v) => N.dist.logSf(t - shift.g(v))): LogValue =>
    V.logExpectation(ell, { breakpoints: breaksAt(t), smooth });
  const logCdfAt = (t: number): LogValue =>
    V.logExpectation((v) => N.dist.logCdf(t - shift.g(v)), { breakpoints: breaksAt(t), smooth });
  const partial = (t: number, ell: (v: number) => number) =>
    signedExpectation(V, ell, (v) => v, [0], { breakpoints: breaksAt(t), smooth });
  const unresolved = (t: number, delta: number, what: string): Estimate =>
    failed(`${what}: log F̄_N(t − g(v)) not resolved in double precision at t = ${t} (rounding ${delta} log units: ulp(t)·hazard + ε·|log F̄_N|)`);

  /** E[V·1{U > t}], its error widened by the rounding δ of the weights: |Δ| ≤ (e^δ − 1)·E[|V|·1{U > t}]. */
  function partialV(t: number): Estimate {
    const probe = probeAt(t);
    const p = partial(t, probe.ell);
    const r = fromSigned(p);
    const delta = probe.sup();
    if (!(delta > 0)) return r;
    if (delta > UNRESOLVED) return unresolved(t, delta, `E[V·1{U > ${t}}]`);
    return { ...r, error: r.error + Math.expm1(delta) * Math.exp(p.absLog ?? p.log) };
  }

  const unitShift = smooth && shift.affine?.slope === 1 && shift.affine.intercept === 0;
  /** E[V | U > t] with ℓ − log F̄_N(t) (offset mode of shiftedLogSf.ts), where that mode applies and is resolved. */
  function offsetConditionalV(t: number, what: string): Estimate | undefined {
    if (!unitShift) return undefined;
    const sh = shiftedLogSf(N.dist, V.dist, t);
    if (sh.offset === 0) return undefined;
    const probe = customProbe(V.dist, sh.ell, sh.roundingAt);
    const num = partial(t, probe.ell);
    const den = logSfAt(t, probe.ell);
    const r = ratio(num, den, what);
    const delta = probe.sup();
    if (!r.converged || Number.isNaN(r.value) || !(delta <= UNRESOLVED)) return undefined;
    return { ...r, error: r.error + ratioRoundingError(delta, Math.exp((num.absLog ?? num.log) - den.log)) };
  }

  /** E[V | U > t] as a ratio, its error widened by the rounding δ of the weights (ratioRoundingError). */
  function conditionalV(t: number): Estimate {
    const what = `E[V | U > ${t}]`;
    const shifted = offsetConditionalV(t, what);
    if (shifted) return shifted;
    const probe = probeAt(t);
    const num = partial(t, probe.ell);
    const den = logSfAt(t, probe.ell);
    const r = ratio(num, den, what);
    const delta = probe.sup();
    if (!(delta > 0) || Number.isNaN(r.value)) return r;
    if (delta > UNRESOLVED) return unresolved(t, delta, what);
    return { ...r, error: r.error + ratioRoundingError(delta, Math.exp((num.absLog ?? num.log) - den.log)) };
  }

  /** log P(U > t) with its error in log units (quadrature + rounding of the weights). */
  function logSfEstimate(t: number): Estimate {
    const probe = probeAt(t);
    const r = logEstimate(logSfAt(t, probe.ell));
    const delta = probe.sup();
    if (!(delta > 0) || Number.isNaN(r.value)) return { ...r, value: atMostZero(r.value) };
    if (delta > UNRESOLVED) return unresolved(t, delta, `log P(U > ${t})`);
    return { ...r, value: atMostZero(r.value), error: r.error + delta };
  }
  const tiltNorm = (theta: number): LogValue =>
    V.logExpectation((v) => theta * shift.g(v), { breakpoints: [...shift.kinks], smooth: true });

  function logMgfU(theta: number): Estimate {
    if (Number.isNaN(theta)) return failed('θ is NaN');
    if (theta === 0) return exact(0);
    const ln = N.dist.logMgf(theta);
    if (ln === Infinity) return exact(Infinity);
    if (shift.affine) return exact(ln + theta * shift.affine.intercept + V.dist.logMgf(shift.affine.slope * theta));
    // g(v) = v + clip(…) grows like v: E[e^{θg(V)}] < ∞ iff E[e^{θV}] < ∞.
    if (shift.kinks.length === 2 && V.dist.logMgf(theta) === Infinity) return exact(Infinity);
    const r = logEstimate(tiltNorm(theta));
    return { ...r, value: r.value + ln };
  }

  function tilted(theta: number, h: (v: number) => number, zeros: number[], what: string): Estimate {
    const lm = logMgfU(theta);
    if (lm.value === Infinity) return failed(`${what}: not normalisable, E[e^{θU}] = ∞ at θ = ${theta}`);
    if (!lm.converged) return failed(`${what}: E[e^{θU}] not resolved (${lm.reason ?? 'no convergence'})`);
    const num = signedExpectation(V, (v) => theta * shift.g(v), h, zeros, { breakpoints: [...shift.kinks], smooth: true });
    return ratio(num, tiltNorm(theta), what);
  }

  function noiseTiltMean(theta: number): Estimate {
    const num = signedExpectation(N, (x) => theta * x, (x) => x, [0], { smooth: true });
    return ratio(num, N.logExpectation((x) => theta * x, { smooth: true }), 'Λ_N′(θ)');
  }

  function meanG(): number {
    if (shift.affine) {
      const { slope, intercept } = shift.affine;
      return slope === 0 ? intercept : slope * V.dist.mean() + intercept;
    }
    return fromSigned(signedExpectation(V, () => 0, shift.g, [...shift.preimage(0), ...shift.kinks], { smooth: true })).value;
  }

  return {
    spec: m.spec,
    x: m.x,
    v: V.dist,
    u: {
      logSf: (t) => atMostZero(logSfAt(t).log),
      sf: (t) => Math.exp(atMostZero(logSfAt(t).log)),
      logCdf: (t) => atMostZero(logCdfAt(t).log),
      cdf: (t) => Math.exp(atMostZero(logCdfAt(t).log)),
      mean: () => N.dist.mean() + meanG(),
      sample: (rng) => shift.g(V.dist.sample(rng)) + N.dist.sample(rng),
    },
    partialV,
    conditionalV,
    logSfEstimate,
    logMgfU,
    tiltedMeanV: (theta) => (theta === 0 ? exact(V.dist.mean()) : tilted(theta, (v) => v, [0], 'tiltedMeanV')),
    tiltedMeanU(theta) {
      if (theta === 0) return exact(N.dist.mean() + meanG());
      const a = tilted(theta, shift.g, [...shift.preimage(0), ...shift.kinks], 'tiltedMeanU');
      if (!Number.isFinite(a.value)) return a;
      const b = noiseTiltMean(theta);
      const converged = a.converged && b.converged;
      return { value: a.value + b.value, error: a.error + b.error, converged, ...(converged ? {} : { reason: a.reason ?? b.reason ?? 'no convergence' }) };
    },
    sample(rng) {
      const v = V.dist.sample(rng);
      return [m.xOf(v, N.dist.sample(rng)), v];
    },
  };
}
