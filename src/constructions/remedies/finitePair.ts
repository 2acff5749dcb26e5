/**
 * Pairs (X, V) whose V takes finitely many values and, given V = v, U = g(v) + N with N ⊥ V (src/pairs
 * shift models: independent g(v) = v, N = X; X = aV + Z: g(v) = (1 + a)v, N = Z; X = f(V) + noise:
 * g = v + f(v)), and latent mixtures of such classes. Every quantity of the remedies is then a finite sum of
 * closed-form tail functions of N, e.g. P(U > t) = Σᵢ pᵢ F̄_N(t − gᵢ), E[V·1{U > t}] = Σᵢ pᵢvᵢF̄_N(t − gᵢ):
 * exact and microseconds per case (the general pairs need one quadrature per quantity, src/pairs).
 */
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { applyPairFunction } from '../../pairs/pairFunction.ts';
import type { PairSpec } from '../../pairs/types.ts';

/** One atom of V in one latent class: probability p, value v, U = g + N given it. */
export interface FiniteAtom { readonly p: number; readonly v: number; readonly g: number; readonly noise: Distribution }

function atomsOfV(spec: DistributionSpec): { v: number; p: number }[] | undefined {
  if (spec.family === 'pointMass') return [{ v: spec.x, p: 1 }];
  if (spec.family === 'categorical') return spec.values.map((v, i) => ({ v, p: spec.probs[i] })).filter((a) => a.p > 0);
  return undefined;
}

const cache = new WeakMap<object, FiniteAtom[] | null>();

/** The atoms of a pair with finite V in shift form, or undefined (copulas, continuous or infinite V). */
export function finiteAtoms(spec: PairSpec): FiniteAtom[] | undefined {
  const hit = cache.get(spec);
  if (hit !== undefined) return hit ?? undefined;
  const r = compute(spec);
  cache.set(spec, r ?? null);
  return r;
}

function compute(spec: PairSpec): FiniteAtom[] | undefined {
  switch (spec.kind) {
    case 'independent':
    case 'linear':
    case 'functional': {
      const vs = atomsOfV(spec.v);
      if (!vs) return undefined;
      const noise = build(spec.kind === 'independent' ? spec.x : spec.kind === 'linear' ? spec.z : spec.noise);
      const g = (v: number): number =>
        spec.kind === 'independent' ? v : spec.kind === 'linear' ? (1 + spec.a) * v : v + applyPairFunction(spec.f, v);
      return vs.map(({ v, p }) => ({ p, v, g: g(v), noise }));
    }
    case 'latentMixture': {
      const parts = spec.components.map(compute);
      if (parts.some((a) => a === undefined)) return undefined;
      return parts.flatMap((atoms, i) => atoms!.map((a) => ({ ...a, p: a.p * spec.weights[i] }))).filter((a) => a.p > 0);
    }
    default:
      return undefined;
  }
}

/** E[V] = Σ pᵢvᵢ. */
export const meanV = (atoms: readonly FiniteAtom[]): number => atoms.reduce((s, a) => s + a.p * a.v, 0);

/**
 * vᵢ − μ for every atom, formed as Σⱼ pⱼ(vᵢ − vⱼ): differences of nearby values are exact (Sterbenz), so
 * values 1 ulp apart keep a non-zero centred value where vᵢ − μ would round μ onto vᵢ.
 */
export function centredV(atoms: readonly FiniteAtom[]): number[] {
  return atoms.map((a) => atoms.reduce((s, b) => s + b.p * (a.v - b.v), 0));
}

/** V is a.s. constant. */
export const degenerateV = (atoms: readonly FiniteAtom[]): boolean => atoms.every((a) => a.v === atoms[0].v);

/**
 * The weighted mean of V − μ under weights pᵢ·wᵢ (wᵢ ≥ 0 given as logs), E_w[V] − μ, with its absolute
 * error from the relative errors relᵢ of the wᵢ. μ is subtracted inside the sum (no cancellation of E_w[V]
 * against μ beyond the atoms' own differences).
 */
export function weightedShift(atoms: readonly FiniteAtom[], logW: readonly number[], rel: readonly number[]): { shift: number; error: number; mass: number } {
  const mu = meanV(atoms);
  const c = centredV(atoms);
  const top = Math.max(...logW.map((l, i) => Math.log(atoms[i].p) + l));
  if (!(top > -Infinity) || !Number.isFinite(top)) return { shift: NaN, error: NaN, mass: top };
  let num = 0, den = 0, err = 0;
  atoms.forEach((a, i) => {
    const w = Math.exp(Math.log(a.p) + logW[i] - top);
    num += c[i] * w;
    den += w;
    err += Math.abs(c[i]) * w * (rel[i] + 4e-16);
  });
  const shift = num / den;
  // the ratio's error: numerator's error plus |shift| times the denominator's relative error
  const denRel = atoms.reduce((s, a, i) => s + Math.exp(Math.log(a.p) + logW[i] - top) * (rel[i] + 4e-16), 0) / den;
  return { shift, error: err / den + Math.abs(shift) * denRel + 4e-16 * atoms.length * Math.max(...c.map(Math.abs)), mass: top + Math.log(den) };
}

/** The noise law shared by every atom (same spec), or undefined. */
export function commonNoise(atoms: readonly FiniteAtom[]): Distribution | undefined {
  const key = JSON.stringify(atoms[0].noise.spec);
  return atoms.every((a) => a.noise === atoms[0].noise || JSON.stringify(a.noise.spec) === key) ? atoms[0].noise : undefined;
}

/** The relative errors logIntervalProb accepts from the difference of tails and from the 2-point rule. */
export interface IntervalTolerance { readonly difference: number; readonly gl2: number }
export const EXACT_INTERVALS: IntervalTolerance = { difference: 1e-8, gl2: 1e-12 };
/** For a screening pass that must resolve a few digits (its errors still counted): 1e-4 and 1e-7. */
export const SCREEN_INTERVALS: IntervalTolerance = { difference: 1e-4, gl2: 1e-7 };

// 8-point Gauss–Legendre nodes and weights on [−1, 1] (Abramowitz & Stegun 25.4.30)
const GL8_X = [0.1834346424956498, 0.525532409916329, 0.7966664774136267, 0.9602898564975363];
const GL8_W = [0.362683783378362, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];
// 2-point Gauss–Legendre: nodes ±1/√3, weights 1
const GL2_X = 1 / Math.sqrt(3);

/**
 * log P(a < N ≤ a + width), width > 0 given apart from a (a + width may round to a when |a| ≫ width: the
 * threshold of a heavy tail, 1e17, against values of V that differ by 10; a is passed as formed from the
 * threshold so that a tiny a near a support end keeps its digits), without the cancellation of
 * F̄(a) − F̄(a + width): the difference F̄(a)(1 − e^{Δ}), Δ = log F̄(b) − log F̄(a), formed with expm1, whose
 * relative error is about 1e-13·(1 + |log F̄(a)| + e^{Δ}·|log F̄(b)|)/(1 − e^{Δ}); where that exceeds 1e-8 (a short
 * interval far in a tail) and N is continuous, Gauss–Legendre of the density over the width (2 points against
 * 2 × 2 on the halves for the error where that is ≤ 1e-12, else 8 points against 2 × 8) if its error is smaller
 * — its nodes need no better resolution than the density's own scale.
 * The interval is first clipped to the support (no jump of the density inside); b0 = the upper end as the
 * caller formed it, used for the width after clipping at the lower end. Discrete N: the difference.
 * `tol`: the relative errors accepted from the difference and from the 2-point rule (default 1e-8 and 1e-12;
 * a screening pass that needs a few digits only passes a looser one, SCREEN_INTERVALS — the error returned is
 * always the estimate of the value returned).
 * Where the upper tails leave the value unresolved (log −∞ with an error bound > 0: both ends far in N's lower
 * tail, F̄ = 1 in doubles, and the density underflowing or N discrete) it is re-formed from the log-cdfs
 * (lowerTailIntervalProb) when that error is smaller; where neither resolves it, the enclosure [0, B] of
 * unresolvedBound (B/2, relative error 1). A log −∞ with relError 0 is an exact 0 (above the support's top, or
 * an empty interval); with relError > 0 (NaN tails only) it means "unknown", never 0.
 */
export function logIntervalProb(n: Distribution, a: number, width: number, b0: number = a + width, tol: IntervalTolerance = EXACT_INTERVALS): { log: number; relError: number } {
  const ip = upperTailIntervalProb(n, a, width, b0, tol);
  // only where the upper tails read an unresolved 0 (log −∞ with an error bound > 0): elsewhere their value and
  // estimate are kept bit for bit
  if (ip.log > -Infinity || !(ip.relError > 0)) return ip;
  const lc = lowerTailIntervalProb(n, a, b0);
  return lc && lc.relError < ip.relError ? lc : unresolvedBound(n, a, b0) ?? ip;
}

/**
 * Where neither difference resolves P(a < N ≤ b) (the two log-tails equal in doubles at both ends: an interval in
 * a gap of the support, where the density is 0, or far shorter than the rounding of the logs), it is still not
 * 0: it lies in [0, B], B the absolute error of the difference, F̄(a)·1e-13·(1 + |log F̄(a)| + |log F̄(b)|) (or the
 * cdfs' F(b)·1e-13·(1 + |log F(b)| + |log F(a)|), the smaller), returned as B/2 with relative error 1 — an
 * enclosure that callers count (a log −∞ with a relative error would be read as an exact 0).
 */
function unresolvedBound(n: Distribution, a: number, b0: number): { log: number; relError: number } | undefined {
  const b = Math.min(b0, n.support.upper);
  const sa = n.logSf(a), sb = n.logSf(b), ca = a < n.support.lower ? -Infinity : n.logCdf(a), cb = n.logCdf(b);
  const up = sa + Math.log(1e-13 * (1 + Math.abs(sa) + (sb > -Infinity ? Math.abs(sb) : 0)));
  const low = cb + Math.log(1e-13 * (1 + Math.abs(cb) + (ca > -Infinity ? Math.abs(ca) : 0)));
  const log = Math.min(Number.isNaN(up) ? Infinity : up, Number.isNaN(low) ? Infinity : low);
  return Number.isFinite(log) ? { log: Math.min(0, log) - Math.LN2, relError: 1 } : undefined;
}

/**
 * log P(a < N ≤ b) from the log-cdfs, F(b)·(1 − e^{Δ}), Δ = log F(a) − log F(b) (b clipped to the support's upper
 * end; F(a) = 0 below the support), relative error 1e-13·(1 + |log F(b)| + e^{Δ}|log F(a)|)/(1 − e^{Δ}) — the
 * mirror of the difference of upper tails, for both ends far in N's lower tail where F̄ = 1 in doubles (a
 * lognormal with log-mean 100 on (20, 21]: F̄ = 1 at both ends, its density e^{−2100} underflows, the upper tails
 * gave log −∞ with relative error 1e287 — unknown, which callers read as an exact 0). P(a < N ≤ b) = F(b) − F(a)
 * for any law. undefined where it resolves nothing (F(b) = 0 in doubles too, or no gap).
 */
function lowerTailIntervalProb(n: Distribution, a: number, b0: number): { log: number; relError: number } | undefined {
  const lb = n.logCdf(Math.min(b0, n.support.upper)), la = a < n.support.lower ? -Infinity : n.logCdf(a);
  if (!(lb > -Infinity) || Number.isNaN(la)) return undefined;
  const d = la - lb, gap = -Math.expm1(d);
  if (!(gap > 0)) return undefined;
  return { log: lb + Math.log(gap), relError: (1e-13 * (1 + Math.abs(lb) + (la > -Infinity ? Math.exp(d) * Math.abs(la) : 0))) / Math.max(1e-300, gap) };
}

/** logIntervalProb from the upper tails only (see there). */
function upperTailIntervalProb(n: Distribution, a: number, width: number, b0: number, tol: IntervalTolerance): { log: number; relError: number } {
  if (!(width > 0)) return { log: -Infinity, relError: 0 };
  // clipped at the lower end: the width is measured from the support's end to the upper end b0, formed by the
  // caller with one rounding (a + width would carry the rounding of a large a and of the width)
  if (a < n.support.lower) { a = n.support.lower; width = b0 - a; }
  if (a + width > n.support.upper) width = n.support.upper - a;
  if (!(width > 0)) return { log: -Infinity, relError: 0 };
  const b = a + width;
  const la = n.logSf(a), lb = n.logSf(b);
  if (!(la > -Infinity)) return { log: -Infinity, relError: 0 };
  const d = lb - la;
  const gap = -Math.expm1(d);
  // F̄(a) − F̄(b) = F̄(a)·gap: absolute errors δa, δb of the two logs (≈ 1e-13 of their size) give the relative
  // error (δa + e^{Δ}·δb)/gap — δb counts only through F̄(b)/F̄(a) = e^{Δ} (a far end b whose log is −1e60
  // contributes nothing to the difference, nor its error)
  const byDifference = { log: la + Math.log(gap), relError: (1e-13 * (1 + Math.abs(la) + (lb > -Infinity ? Math.exp(d) * Math.abs(lb) : 0))) / Math.max(1e-300, gap) };
  if (byDifference.relError < tol.difference || n.support.kind !== 'continuous') return byDifference;
  // 2-point rule first (6 densities): the interval is short against the density's scale (its relative gap is
  // below ~1e-5·|log F̄|), where its error (width/scale)⁴ is already negligible; the 8-point rule (24) otherwise
  const g2 = gl2(n, la, a, width, byDifference.relError, tol.gl2);
  if (g2) return g2;
  const whole = gl8(n, la, a, width);
  const halves = gl8(n, la, a, width / 2) + gl8(n, la, a + width / 2, width / 2);
  const glRel = Math.abs(whole - halves) / halves + 1e-13;
  if (!(halves > 0) || !(glRel < byDifference.relError)) return byDifference;
  return { log: la + Math.log(halves), relError: glRel };
}

/** Gauss–Legendre (8 points) of e^{logPdf − la} over [lo, lo + w] (top-level: no closure per call). */
function gl8(n: Distribution, la: number, lo: number, w: number): number {
  const h = w / 2, c = lo + h;
  let s = 0;
  for (let i = 0; i < 4; i++) s += GL8_W[i] * (Math.exp(n.logPdf(c - h * GL8_X[i]) - la) + Math.exp(n.logPdf(c + h * GL8_X[i]) - la));
  return s * h;
}

/** Gauss–Legendre (2 points) of e^{logPdf − la} over [lo, lo + w]. */
function gl2Panel(n: Distribution, la: number, lo: number, w: number): number {
  const h = w / 2, c = lo + h;
  return h * (Math.exp(n.logPdf(c - h * GL2_X) - la) + Math.exp(n.logPdf(c + h * GL2_X) - la));
}

/**
 * The 2-point rule on the halves, with |whole − halves| (the error of the coarser of the two: conservative) as its
 * error; undefined unless that is ≤ `accept` (1e-12 by default) relative and beats `than` (the caller then uses the 8-point rule).
 */
function gl2(n: Distribution, la: number, a: number, width: number, than: number, accept: number): { log: number; relError: number } | undefined {
  const whole = gl2Panel(n, la, a, width);
  const halves = gl2Panel(n, la, a, width / 2) + gl2Panel(n, la, a + width / 2, width / 2);
  const rel = Math.abs(whole - halves) / halves + 1e-13;
  return halves > 0 && rel <= accept && rel < than ? { log: la + Math.log(halves), relError: rel } : undefined;
}
