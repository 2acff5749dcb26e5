/**
 * A law of the suite split into what a second, independent computation can integrate or sum: density pieces
 * (logPdf on [lower, upper]) and atom lists, each with its mixture weight, found by walking the spec (mixture:
 * weights multiply; affine x ↦ loc + s·x: densities and atoms are mapped). Laws with infinitely many atoms
 * (Poisson, geometric, zeta) are enumerated from the 1e-20 quantile up to where the upper tail underflows (e^{−745})
 * (at most MAX_ATOMS atoms); the mass and first moment left out on each side are kept, from the family's
 * closed forms, as `low`/`high` remainders, so a caller whose integrand is constant there can add them exactly.
 */
import { build } from '../distributions/build.ts';
import { logLowerPartialMean } from '../distributions/lowerPartialMean.ts';
import { fromSignedLog } from '../numerics/logspace.ts';
import type { DistributionSpec } from '../distributions/types.ts';

/** Atoms left out of an enumeration: all lie below `edge` (low) or above it (high). */
export interface Remainder {
  readonly edge: number;
  readonly mass: number;
  /** log of `mass`, kept where `mass` underflows to 0 (a reweighting can make that far tail matter) */
  readonly logMass: number;
  readonly moment: number;
}

export type Piece =
  | { readonly kind: 'density'; readonly weight: number; readonly logPdf: (x: number) => number; readonly lower: number; readonly upper: number }
  | { readonly kind: 'atoms'; readonly weight: number; readonly xs: readonly number[]; readonly logMass: readonly number[]; readonly low?: Remainder; readonly high?: Remainder };

export const MAX_ATOMS = 200_000;

function leafPieces(spec: DistributionSpec): Piece[] {
  const d = build(spec);
  if (d.support.kind === 'continuous') {
    return [{ kind: 'density', weight: 1, logPdf: (x) => d.logPdf(x), lower: d.support.lower, upper: d.support.upper }];
  }
  if (spec.family === 'categorical') {
    return [{ kind: 'atoms', weight: 1, xs: spec.values, logMass: spec.probs.map((p) => Math.log(p)) }];
  }
  if (spec.family === 'pointMass') return [{ kind: 'atoms', weight: 1, xs: [spec.x], logMass: [0] }];
  // integer lattices
  const first = Math.max(d.support.lower, d.quantile(1e-20));
  let last = first;
  const xs: number[] = [];
  const logMass: number[] = [];
  for (let n = first; xs.length < MAX_ATOMS; n++) {
    xs.push(n);
    logMass.push(Math.log(d.massAt(n)));
    last = n;
    if (d.logSf(n) < -745 && n >= d.quantile(0.5)) break; // the rest underflows
  }
  const lowMass = first > d.support.lower ? Math.exp(d.logCdf(first - 1)) : 0;
  const lowLogMass = first > d.support.lower ? d.logCdf(first - 1) : -Infinity;
  const low = lowLogMass > -Infinity ? { edge: first, mass: lowMass, logMass: lowLogMass, moment: fromSignedLog(logLowerPartialMean(d, first)) } : undefined;
  const high = { edge: last, mass: Math.exp(d.logSf(last)), logMass: d.logSf(last), moment: d.partialMean(last) };
  return [{ kind: 'atoms', weight: 1, xs, logMass, low, high }];
}

function mapAffine(p: Piece, loc: number, s: number): Piece {
  if (p.kind === 'density') {
    const ends = [loc + s * p.lower, loc + s * p.upper].sort((a, b) => a - b);
    const ls = Math.log(Math.abs(s));
    return { kind: 'density', weight: p.weight, logPdf: (x) => p.logPdf((x - loc) / s) - ls, lower: ends[0], upper: ends[1] };
  }
  const move = (r: Remainder | undefined): Remainder | undefined =>
    r && { edge: loc + s * r.edge, mass: r.mass, logMass: r.logMass, moment: loc * r.mass + s * r.moment };
  const xs = p.xs.map((x) => loc + s * x);
  return s > 0
    ? { kind: 'atoms', weight: p.weight, xs, logMass: p.logMass, low: move(p.low), high: move(p.high) }
    : { kind: 'atoms', weight: p.weight, xs, logMass: p.logMass, low: move(p.high), high: move(p.low) };
}

export function piecesOf(spec: DistributionSpec): Piece[] {
  if (spec.family === 'mixture') {
    const total = spec.weights.reduce((a, b) => a + b, 0);
    return spec.components.flatMap((c, k) =>
      spec.weights[k] > 0 ? piecesOf(c).map((p) => ({ ...p, weight: (p.weight * spec.weights[k]) / total })) : [],
    );
  }
  if (spec.family === 'affine') return piecesOf(spec.base).map((p) => mapAffine(p, spec.loc, spec.scale));
  return leafPieces(spec);
}
