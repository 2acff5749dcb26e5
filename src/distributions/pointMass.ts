/**
 * Point mass (Dirac) at x: P(X = x) = 1. A discrete law whose logPdf is the log pmf (0 at x,
 * −Infinity elsewhere). F̄(t) = 1{t < x}, m(t) = x·1{t < x}, E[e^{λX}] = e^{λx}; every tilt is the law
 * itself, so the tilt mean is x. Bounded on both sides (boundedTail()).
 */
import { SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { boundedTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };

/** log P(X = y): 0 at y = x, −Infinity elsewhere. */
export function pointMassLogPmf(y: number, x: number): number {
  if (Number.isNaN(y) || !Number.isFinite(x)) return NaN;
  return y === x ? 0 : -Infinity;
}

/** P(X = y) = 1{y = x}. */
export function pointMassMassAt(y: number, x: number): number {
  if (Number.isNaN(y) || !Number.isFinite(x)) return NaN;
  return y === x ? 1 : 0;
}

/** log P(X > t): 0 for t < x, −Infinity for t ≥ x. */
export function pointMassLogSf(t: number, x: number): number {
  if (Number.isNaN(t) || !Number.isFinite(x)) return NaN;
  return t < x ? 0 : -Infinity;
}

/** log P(X ≤ t): 0 for t ≥ x, −Infinity for t < x. */
export function pointMassLogCdf(t: number, x: number): number {
  if (Number.isNaN(t) || !Number.isFinite(x)) return NaN;
  return t >= x ? 0 : -Infinity;
}

/** Quantile: x for every p ∈ [0, 1] (p = 0 gives the lower end of the support, as for the other families). */
export function pointMassQuantile(p: number, x: number): number {
  if (!(p >= 0 && p <= 1) || !Number.isFinite(x)) return NaN;
  return x;
}

/** E[X·1{X > t}] = x for t < x, 0 for t ≥ x, as a SignedLog. */
export function pointMassLogPartialMean(t: number, x: number): SignedLog {
  if (Number.isNaN(t) || !Number.isFinite(x)) return NAN_LOG;
  return t < x ? toSignedLog(x) : SIGNED_ZERO;
}

/** E[X | X > t] = x for t < x; NaN for t ≥ x (P(X > t) = 0). */
export function pointMassTailMean(t: number, x: number): number {
  if (Number.isNaN(t) || !Number.isFinite(x)) return NaN;
  return t < x ? x : NaN;
}

/** log E[e^{λX}] = λx (0 at λ = 0 even for infinite λ·x). */
export function pointMassLogMgf(lambda: number, x: number): number {
  if (Number.isNaN(lambda) || !Number.isFinite(x)) return NaN;
  return lambda === 0 || x === 0 ? 0 : lambda * x;
}

/** Tilt mean Λ'(λ) = x for every λ. */
export function pointMassTiltMean(lambda: number, x: number): number {
  if (Number.isNaN(lambda) || !Number.isFinite(x)) return NaN;
  return x;
}

/** Point mass at x; throws DomainError naming 'x' unless it is finite. */
export function pointMass(params: { x: number }): Distribution {
  const x = requireFinite('pointMass', 'x', params.x);
  return defineDistribution({
    spec: { family: 'pointMass', x },
    support: { lower: x, upper: x, kind: 'discrete' },
    tails: { right: boundedTail(), left: boundedTail() },
    logPdf(y) { return pointMassLogPmf(y, x); },
    massAt(y) { return pointMassMassAt(y, x); },
    logCdf(t) { return pointMassLogCdf(t, x); },
    logSf(t) { return pointMassLogSf(t, x); },
    quantile(p) { return pointMassQuantile(p, x); },
    mean() { return x; },
    variance() { return 0; },
    logPartialMean(t) { return pointMassLogPartialMean(t, x); },
    tailMean(t) { return pointMassTailMean(t, x); },
    logMgf(lambda) { return pointMassLogMgf(lambda, x); },
    sample() { return x; },
  });
}
