/**
 * Categorical law: finitely many atoms x_i with probabilities w_i (w_i ≥ 0, Σ w_i = 1 within 1e-12;
 * the weights are then divided by their sum). Repeated values are merged and zero-mass values dropped.
 *
 * All tail quantities are finite log-sum-exps over the atoms (claims.md §4):
 * log P(X > t) = logΣ_{x_i > t} log w_i, E[X·1{X > t}] = Σ_{x_i > t} w_i x_i (strict: an atom at t is
 * excluded; positive and negative parts summed apart and joined with `lsum`), log E[e^{λX}] = logΣ(log w_i + λx_i).
 * Both tails are bounded.
 *
 * Example: categorical({ values: [0, 1, 1], probs: [0.5, 0.25, 0.25] }) is Bernoulli(½): logSf(0) = −log 2.
 */
import { DomainError } from '../errors.ts';
import { fromSignedLog, logSumExp, lsum, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { boundedTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requireInRange } from './validate.ts';

/** The merged atoms: strictly increasing values, positive log-weights summing to 0. */
export interface Atoms {
  readonly values: readonly number[];
  readonly logWeights: readonly number[];
}

/** Sort, merge duplicates, drop zero mass and normalise; null when the parameters are invalid. */
export function categoricalAtoms(values: readonly number[], probs: readonly number[]): Atoms | null {
  if (values.length === 0 || values.length !== probs.length) return null;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]) || !(probs[i]! >= 0 && probs[i]! <= 1)) return null;
    total += probs[i]!;
  }
  if (!(Math.abs(total - 1) <= 1e-12)) return null;
  const merged = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const x = values[i] === 0 ? 0 : values[i]!; // −0 and 0 are one atom
    merged.set(x, (merged.get(x) ?? 0) + probs[i]!);
  }
  const sorted = [...merged.entries()].filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  return { values: sorted.map(([x]) => x), logWeights: sorted.map(([, w]) => Math.log(w / total)) };
}

const NAN_SIGNED: SignedLog = { log: NaN, sign: 0 };

/**
 * log Σ_{keep(x_i)} w_i. All atoms kept: exactly 0 (the weights are normalised; their rounded log-sum-exp can
 * be ±1e-16, which made cdf(sup) = 0.9999999999999999 and a log-probability positive). Otherwise min(0, ·):
 * a proper subset has mass ≤ 1, so a value above 0 is rounding.
 */
function logMassWhere(atoms: Atoms, keep: (x: number) => boolean): number {
  const kept = atoms.logWeights.filter((_, i) => keep(atoms.values[i]!));
  if (kept.length === atoms.logWeights.length) return 0;
  return Math.min(0, logSumExp(kept));
}

/** Σ_{x_i > t} w_i x_i as a SignedLog. */
function logPartialMeanOfAtoms(atoms: Atoms, t: number): SignedLog {
  const pos: number[] = [];
  const neg: number[] = [];
  atoms.values.forEach((x, i) => {
    if (x > t && x !== 0) (x > 0 ? pos : neg).push(atoms.logWeights[i]! + Math.log(Math.abs(x)));
  });
  return lsum({ log: logSumExp(pos), sign: pos.length ? 1 : 0 }, { log: logSumExp(neg), sign: neg.length ? -1 : 0 });
}

function logMgfOfAtoms(atoms: Atoms, lambda: number): number {
  if (lambda === 0) return 0;
  return logSumExp(atoms.logWeights.map((lw, i) => (atoms.values[i] === 0 ? lw : lw + lambda * atoms.values[i]!)));
}

/** F(x_i) exactly as logCdf computes it (e^{logMassWhere} of the atoms up to x_i; 1 at the last). */
function cdfAtAtom(atoms: Atoms, i: number): number {
  return Math.exp(logMassWhere(atoms, (x) => x <= atoms.values[i]!));
}

/**
 * The least atom x_i with F(x_i) ≥ u, F the law's own cdf (so that quantile(cdf(x)) = x). A running sum of
 * the weights finds it to within rounding (they differ by ulps: probs [0.125, 0.625, 0.25] sum to 0.75 at
 * x₁, F(x₁) = 0.7500000000000001, and quantile(F(x₁)) was x₂); the exact F then moves it the last step.
 */
function quantileOfAtoms(atoms: Atoms, u: number): number {
  const last = atoms.values.length - 1;
  let i = 0;
  for (let cumulative = Math.exp(atoms.logWeights[0]!); i < last && cumulative < u; ) cumulative += Math.exp(atoms.logWeights[++i]!);
  while (i > 0 && cdfAtAtom(atoms, i - 1) >= u) i--;
  while (i < last && cdfAtAtom(atoms, i) < u) i++;
  return atoms.values[i]!;
}

/** log P(X > t); NaN for invalid parameters. */
export function categoricalLogSf(t: number, values: readonly number[], probs: readonly number[]): number {
  const atoms = categoricalAtoms(values, probs);
  return atoms === null || Number.isNaN(t) ? NaN : logMassWhere(atoms, (x) => x > t);
}

/** log P(X ≤ t); NaN for invalid parameters. */
export function categoricalLogCdf(t: number, values: readonly number[], probs: readonly number[]): number {
  const atoms = categoricalAtoms(values, probs);
  return atoms === null || Number.isNaN(t) ? NaN : logMassWhere(atoms, (x) => x <= t);
}

/** E[X·1{X > t}] as a SignedLog; NaN for invalid parameters. */
export function categoricalLogPartialMean(t: number, values: readonly number[], probs: readonly number[]): SignedLog {
  const atoms = categoricalAtoms(values, probs);
  return atoms === null || Number.isNaN(t) ? NAN_SIGNED : logPartialMeanOfAtoms(atoms, t);
}

/** log E[e^{λX}]; NaN for invalid parameters. */
export function categoricalLogMgf(lambda: number, values: readonly number[], probs: readonly number[]): number {
  const atoms = categoricalAtoms(values, probs);
  return atoms === null || Number.isNaN(lambda) ? NaN : logMgfOfAtoms(atoms, lambda);
}

function validate(values: unknown, probs: unknown): void {
  if (!Array.isArray(values) || values.length === 0) throw new DomainError('categorical', 'values', 'a non-empty array', values);
  if (!Array.isArray(probs) || probs.length !== values.length) {
    throw new DomainError('categorical', 'probs', `an array of ${values.length} probabilities (one per value)`, probs);
  }
  values.forEach((x, i) => requireFinite('categorical', `values[${i}]`, x));
  probs.forEach((w, i) => requireInRange('categorical', `probs[${i}]`, w, 0, 1, { lo: true, hi: true }));
  const total = (probs as number[]).reduce((a, b) => a + b, 0);
  if (!(Math.abs(total - 1) <= 1e-12)) throw new DomainError('categorical', 'probs', 'summing to 1 within 1e-12', probs);
}

/** Categorical({ values, probs }): finite support, duplicates merged. */
export function categorical(params: { values: number[]; probs: number[] }): Distribution {
  validate(params.values, params.probs);
  const atoms = categoricalAtoms(params.values, params.probs)!;
  const mass = new Map(atoms.values.map((x, i) => [x, atoms.logWeights[i]!]));
  const logMassAt = (x: number): number => (Number.isNaN(x) ? NaN : mass.get(x) ?? -Infinity);
  const mean = fromSignedLog(logPartialMeanOfAtoms(atoms, -Infinity));
  const n = atoms.values.length;
  return defineDistribution({
    spec: { family: 'categorical', values: [...params.values], probs: [...params.probs] },
    support: { lower: atoms.values[0]!, upper: atoms.values[n - 1]!, kind: 'discrete' },
    tails: { right: boundedTail(), left: boundedTail() },
    logPdf: logMassAt,
    massAt(x) { return Math.exp(logMassAt(x)); },
    logCdf(t) { return Number.isNaN(t) ? NaN : logMassWhere(atoms, (x) => x <= t); },
    logSf(t) { return Number.isNaN(t) ? NaN : logMassWhere(atoms, (x) => x > t); },
    quantile(u) { return Number.isNaN(u) || u < 0 || u > 1 ? NaN : quantileOfAtoms(atoms, u); },
    mean() { return mean; },
    variance() { return atoms.values.reduce((acc, x, i) => acc + Math.exp(atoms.logWeights[i]!) * (x - mean) ** 2, 0); },
    logPartialMean(t) { return Number.isNaN(t) ? NAN_SIGNED : logPartialMeanOfAtoms(atoms, t); },
    logMgf(lambda) { return Number.isNaN(lambda) ? NaN : logMgfOfAtoms(atoms, lambda); },
  });
}

