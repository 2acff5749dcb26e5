/**
 * Countermonotone quantile couplings for the β → 0 limit of the bounded-reward optimum (weakPenaltyCopula.ts):
 * W uniform, X = A(W) = F_X⁻¹(W), V = F_V⁻¹(1 − W), U = A + V. Pieces V ∈ (a, b] of V's range (nodes: V's
 * quantiles, μ) put W in [F̄_V(b), F̄_V(a)), where A lies between its values at the two ends, so
 *   U ∈ [A(F̄_V(b)) + a, A(F̄_V(a)) + b]   (copulaNodes.ts: A padded against rounding and atoms of X),
 * Mⱼ = E[(V − μ)1{V ∈ (a, b]}] (signed, no cancellation: vFactors.logGain) and Pⱼ = Q(V ∈ (a, b]).
 * - Saturation S = {U ≥ T} (clip) or {U > loc} (step): a piece is in S, out of S or straddles it; N = E[(V − μ)1_S]
 *   ∈ Σ_in Mⱼ + Σ_straddle [min(0, Mⱼ), max(0, Mⱼ)] and, as E[V − μ] = 0, also minus the same sum over the complement
 *   (both kept: the smaller side has no cancellation); Q(S) ∈ [Σ_in Pⱼ, Σ_in Pⱼ + Σ_straddle Pⱼ]; the limit gain
 *   N/Q(S) − (μ − μ̃) (μ̃ the computed mean, |μ − μ̃| ≤ δμ). Straddling pieces are split (copulaPieces.splitPoint).
 * - Top of U (r strictly increasing there): L = a certified lower bound of ess sup U (U ≥ the lower bound on a
 *   piece of positive mass; an end of W whose U → +∞ gives L = ∞). For t ∈ (max of the other pieces' upper
 *   bounds, ess sup U) the event {U > t} lies in the pieces whose upper bound reaches L, so every E[V | U > t]
 *   and the limit lie in [min a, max b] over them. Ends of W (endLimit): as w → 1, A → sup X and V → inf V; as
 *   w → 0, A → inf X and V → sup V; a sum ∞ − ∞ is decided when one side dominates every exponential
 *   (TailProfile.heavyPaper: F̄(x)e^{εx} → ∞) and the other has an exponential moment (mgfSup > 0): its quantile
 *   grows faster than (1/ε)·log(1/p) against at most (c + log(1/p))/λ.
 */
import { saturationPoint } from './rewardNeverAboveFloor.ts';
import { logSumExp } from '../../numerics/logspace.ts';
import type { Distribution } from '../../distributions/types.ts';
import { fmt } from '../../claims/verdicts.ts';
import type { Reward } from './boundedReward.ts';
import { copulaNodes, type CopulaNodes } from './copulaNodes.ts';
import { splitPoint } from './copulaPieces.ts';
import type { SignedGap } from './rewardGap.ts';
import { mixtureParts } from './shiftClasses.ts';
import { LEVELS } from './tiltEnclosure.ts';
import { buildCached } from '../../claims/buildCached.ts';
import { sumError } from '../../numerics/errorFree.ts';

const EPS = Number.EPSILON;
export type Side = 'in' | 'out' | 'straddle';

/** U padded against rounding (4ε|U| + 1e-13|A|); NaN (∞ − ∞) is no bound: ∓∞. */
export const padU = (u: number, a: number, side: 1 | -1): number =>
  Number.isNaN(u) ? side * Infinity : Number.isFinite(u) ? u + side * (4 * EPS * Math.abs(u) + 1e-13 * Math.abs(a)) : u;

/** The rounding error of x + v (numerics/errorFree.ts, Knuth's TwoSum); 0 when the sum is exact. */
export { sumError } from '../../numerics/errorFree.ts';

/**
 * U = A + v padded outwards: by 1e-13|A| unless A is exact (X discrete: its quantiles are its atoms), by 4ε|U| unless
 * the sum is exact (X = −1 against V ∈ (2, 2.1) and a step at 1: U > 1 exactly).
 */
export function padSum(a: number, v: number, side: 1 | -1, exactA: boolean): number {
  const u = a + v;
  if (Number.isNaN(u)) return side * Infinity;
  if (!Number.isFinite(u)) return u;
  return u + side * ((exactA ? 0 : 1e-13 * Math.abs(a)) + (sumError(a, v) === 0 ? 0 : 4 * EPS * Math.abs(u)));
}

/**
 * Where U ∈ [uLo, uHi] lies against the saturation set of a clip (U ≥ loc + s) or step (U > loc) reward;
 * `strictLo`: U > uLo strictly (an exact bound at the open end of a piece V ∈ (a, b]).
 */
export function saturationSide(r: Reward, uLo: number, uHi: number, strictLo = false): Side {
  const T = saturationPoint(r) ?? r.loc;
  if (r.squash === 'clip' || strictLo ? uLo >= T : uLo > T) return 'in';
  if (r.squash === 'clip' ? uHi < T : uHi <= T) return 'out';
  return 'straddle';
}

interface Piece { a: number; b: number; uLo: number; uHi: number; m: SignedGap; logP: number; strict: boolean }

function pieceOf(nodes: CopulaNodes, a: number, b: number, exactA: boolean): Piece {
  const na = nodes.at(a), nb = nodes.at(b);
  // countermonotone: the lower end of W is F̄(b), the upper F̄(a)
  const uLo = padSum(nb.aDown, a, -1, exactA);
  // V > a on the piece: U > A(F̄(b)) + a strictly when that sum is exact
  const strict = exactA && Number.isFinite(a) && uLo === nb.aDown + a && sumError(nb.aDown, a) === 0;
  return { a, b, uLo, uHi: padSum(na.aUp, b, 1, exactA), m: nodes.meanBetween(a, b), logP: nodes.logBetween(a, b), strict };
}

function initialPieces(X: Distribution, V: Distribution): { nodes: CopulaNodes; pieces: Piece[]; mu: number; dMu: number; exactA: boolean } {
  const nodes = copulaNodes(X, V, true);
  const mu = V.mean(), lo = V.support.lower, hi = V.support.upper;
  const qs = mixtureParts(V.spec).flatMap((q) => LEVELS[2].map((p) => buildCached(q.spec).quantile(p)));
  const inner = [...new Set([...qs, mu])].filter((x) => Number.isFinite(x) && x > lo && x < hi).sort((x, y) => x - y);
  const ends = [lo, ...inner, hi];
  const exactA = X.support.kind === 'discrete';
  const pieces = ends.slice(1).map((b, j) => pieceOf(nodes, ends[j], b, exactA));
  // μ's rounding: 1e-13·(|μ| + E|V − μ|), E|V − μ| = 2G(μ)
  const dMu = 1e-13 * (Math.abs(mu) + 2 * Math.exp(nodes.at(mu).gain.log));
  return { nodes, pieces, mu, dMu, exactA };
}

const split = (nodes: CopulaNodes, V: Distribution, p: Piece, exactA: boolean): Piece[] => {
  const mid = splitPoint(V, p.a, p.b);
  return mid > p.a && mid < p.b ? [pieceOf(nodes, p.a, mid, exactA), pieceOf(nodes, mid, p.b, exactA)] : [p];
};

/**
 * Refinement budget: rounds that split every undecided piece, pieces at most, and rounds in a row that leave the
 * enclosure unchanged (a boundary of S at an atom of X, both ends of W reaching the top of U) before giving up.
 * Each new node costs a quantile of X (a bisection for mixtures: 50 ms for zeta with s ≈ 1 far in its tail).
 */
const ROUNDS = 40, MAX_PIECES = 200, STALL = 3;

export type SaturationResult =
  | { kind: 'gain'; lo: number; hi: number; how: string; mixed?: boolean }
  | { kind: 'zero'; how: string }
  | { kind: 'none' }
  | { kind: 'reason'; reason: string; mixed?: boolean };

/** The saturated limit E[V | S] − μ for a countermonotone pair (clip/step), or 'none' when Q(S) = 0. */
export function counterSaturation(X: Distribution, V: Distribution, r: Reward): SaturationResult {
  const init = initialPieces(X, V);
  const { nodes, dMu } = init;
  let pieces = init.pieces.filter((p) => p.logP > -Infinity);
  let last = '', stalled = 0, lastStraddle = Infinity;
  for (let round = 0; round <= ROUNDS; round++) {
    const sides = pieces.map((p) => saturationSide(r, p.uLo, p.uHi, p.strict));
    if (sides.every((s) => s === 'in')) return { kind: 'zero', how: `countermonotone: U in the saturation set on every piece of W (${pieces.length} pieces): r(U) = 1 a.s., π* = Q` };
    if (sides.every((s) => s === 'out')) return { kind: 'none' };
    const bad = pieces.find((p) => Number.isNaN(p.m.l) || Number.isNaN(p.m.rel) || Number.isNaN(p.logP));
    if (bad) return { kind: 'reason', reason: `piece (${bad.a}, ${bad.b}] not resolved` };
    // N_S = E[(V − μ̃)1_S] and C = E[(V − μ̃)1_{S^c}], each in units of its own scale (a set deep in a tail is far
    // below the other side); the sums' rounding 8ε·n·Σ|terms|
    const side = (want: (s: Side) => boolean): { lo: number; hi: number; sc: number } => {
      const ps = pieces.filter((_, j) => want(sides[j]) && pieces[j].m.s !== 0);
      const sc = ps.length > 0 ? Math.max(...ps.map((p) => p.m.l)) : 0;
      let lo = 0, hi = 0, abs = 0;
      for (const p of ps) {
        const mv = p.m.s * Math.exp(p.m.l - sc), e = Math.abs(mv) * (Math.min(1, p.m.rel) + 4 * EPS);
        abs += Math.abs(mv) + e;
        if (saturationSide(r, p.uLo, p.uHi, p.strict) === 'straddle') { lo += Math.min(0, mv) - e; hi += Math.max(0, mv) + e; }
        else { lo += mv - e; hi += mv + e; }
      }
      const rnd = 8 * EPS * pieces.length * abs;
      return { lo: lo - rnd, hi: hi + rnd, sc };
    };
    const nS = side((s) => s !== 'out'), nC = side((s) => s !== 'in');
    const mixed = sides.includes('in') && sides.includes('out');
    const lpIn = logSumExp(pieces.filter((_, j) => sides[j] === 'in').map((p) => p.logP));
    const lpAll = logSumExp(pieces.filter((_, j) => sides[j] !== 'out').map((p) => p.logP));
    const lpC = logSumExp(pieces.filter((_, j) => sides[j] !== 'in').map((p) => p.logP));
    const pad = (l: number): number => 1e-12 * Math.max(1, Math.abs(l)) * pieces.length;
    const dLo = lpIn - pad(lpIn), dHi = Math.min(0, lpAll + pad(lpAll));
    if (dLo > -Infinity) {
      // n·e^{sc}/Q(S), Q(S) ∈ [e^{dLo}, e^{dHi}], rounded outwards by the choice of the end
      const ratio = (n: number, sc: number, up: boolean): number => (n === 0 ? 0 : Math.sign(n) * Math.exp(Math.log(Math.abs(n)) + sc - ((n > 0) === up ? dLo : dHi)));
      // gain = N_S/Q(S) − (μ − μ̃) = (−C + (μ − μ̃)Q(S^c))/Q(S)
      const muC = dMu * Math.exp(Math.min(0, lpC + pad(lpC)) - dLo);
      const lo = Math.max(ratio(nS.lo, nS.sc, false) - dMu, ratio(-nC.hi, nC.sc, false) - muC);
      const hi = Math.min(ratio(nS.hi, nS.sc, true) + dMu, ratio(-nC.lo, nC.sc, true) + muC);
      let how = `countermonotone, saturating ${r.squash}: E[V | S] − E[V] enclosed over ${pieces.length} pieces of V (U between its end bounds on each), Q(S) ∈ [e^${fmt(dLo)}, e^${fmt(dHi)}]`;
      // magnitudes below the double range (Q(S) or Q(S^c) < e^{−745}): the sign alone, compared in logs —
      // N_S against (μ − μ̃)Q(S), or C against (μ − μ̃)Q(S^c)
      if (!(lo > 0 || hi < 0)) {
        const lm = Math.log(dMu);
        const above = (x: number, sc: number, against: number): boolean => x > 0 && Math.log(x) + sc > lm + against;
        const pos = above(nS.lo, nS.sc, dHi) || above(-nC.hi, nC.sc, Math.min(0, lpC + pad(lpC)));
        const neg = above(-nS.hi, nS.sc, dHi) || above(nC.lo, nC.sc, Math.min(0, lpC + pad(lpC)));
        if (pos !== neg) {
          how += '; its sign certified in log space (the magnitude is below the double range)';
          return { kind: 'gain', lo: pos ? Number.MIN_VALUE : lo, hi: neg ? -Number.MIN_VALUE : hi, how, mixed };
        }
      }
      if (lo > 0 || hi < 0 || round === ROUNDS) return Number.isNaN(lo) || Number.isNaN(hi) ? { kind: 'reason', reason: 'the enclosure is NaN', mixed } : { kind: 'gain', lo, hi, how, mixed };
      const now = `[${fmt(lo)}, ${fmt(hi)}]`;
      // a stall: the same enclosure and no less straddling mass (an infinite end — the ratio overflowing against a
      // Q(S) deep in a tail — is never one: splitting narrows it)
      const lpStraddle = logSumExp(pieces.filter((_, j) => sides[j] === 'straddle').map((p) => p.logP));
      stalled = now === last && Number.isFinite(lo) && Number.isFinite(hi) && !(lpStraddle < lastStraddle - 0.01) ? stalled + 1 : 0;
      last = now;
      lastStraddle = lpStraddle;
      if (stalled >= STALL) break;
    }
    const straddling = pieces.filter((_, j) => sides[j] === 'straddle');
    if (straddling.length === 0 && dLo === -Infinity) break;
    const next = pieces.flatMap((p, j) => (sides[j] === 'straddle' ? split(nodes, V, p, init.exactA) : [p])).filter((p) => p.logP > -Infinity);
    if (next.length === pieces.length || next.length > MAX_PIECES) break;
    pieces = next;
  }
  const sides = pieces.map((p) => saturationSide(r, p.uLo, p.uHi, p.strict));
  const mixed = sides.includes('in') && sides.includes('out');
  return { kind: 'reason', reason: `countermonotone: E[V | S] − E[V] not resolved (${last || 'Q(S) > 0 not certified'}; ${pieces.length} pieces)`, mixed };
}

type End = number | 'unknown';

/** lim U(w) at an end of W: x the end of X's support, v V's, with the tails that decide ∞ − ∞ (file comment). */
function endLimit(x: number, v: number, xHeavy: boolean, xExp: boolean, vHeavy: boolean, vExp: boolean): End {
  if (Number.isFinite(x) || Number.isFinite(v) || Math.sign(x) === Math.sign(v)) return x + v;
  if (xHeavy && vExp) return x;
  if (vHeavy && xExp) return v;
  return 'unknown';
}

/** The limit of E[V | U > t] as t → ess sup U (r strictly increasing near it) for a countermonotone pair. */
export function counterTop(X: Distribution, V: Distribution, r: Reward): SaturationResult {
  const init = initialPieces(X, V);
  const { nodes, mu, dMu } = init;
  const lo = V.support.lower, hi = V.support.upper;
  const xr = X.tails.right, xl = X.tails.left, vr = V.tails.right, vl = V.tails.left;
  // w → 1: A → sup X, V → inf V; w → 0: A → inf X, V → sup V
  const end1 = endLimit(X.support.upper, lo, xr.heavyPaper || xr.longTailed, xr.mgfSup > 0, vl.heavyPaper || vl.longTailed, vl.mgfSup > 0);
  const end0 = endLimit(X.support.lower, hi, xl.heavyPaper || xl.longTailed, xl.mgfSup > 0, vr.heavyPaper || vr.longTailed, vr.mgfSup > 0);
  const ends = `U → ${fmt(end1 as number)} as W → 1 (V → inf V), ${fmt(end0 as number)} as W → 0 (V → sup V)`.replace(/NaN/g, 'undetermined');
  const low = r.squash === 'clip' ? r.loc - r.scale : -Infinity;
  let pieces = init.pieces.filter((p) => p.logP > -Infinity);
  let last = '', stalled = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    if (pieces.every((p) => p.uHi <= low)) return { kind: 'zero', how: `countermonotone: U ≤ loc − s = ${fmt(low)} on every piece of W: r(U) = −1 a.s., π* = Q` };
    // L: U ≥ uLo on a piece of positive mass; an end whose limit is finite or +∞ (padded)
    const endL = (e: End): number => (typeof e === 'number' && e > -Infinity ? padU(e, e, -1) : -Infinity);
    const L = Math.max(...pieces.map((p) => p.uLo), endL(end1), endL(end0));
    // a piece can carry the top if its upper bound reaches L; with L = ∞, only an end whose U → ∞ (or undecided)
    const endOk = (e: End): boolean => e === 'unknown' || e === Infinity;
    const reach = (p: Piece): boolean => (L < Infinity ? p.uHi >= L : p.uHi === Infinity && (p.a === lo ? endOk(end1) : p.b === hi ? endOk(end0) : true));
    const top = pieces.filter(reach);
    if (L > low && top.length > 0) {
      const vLo = Math.min(...top.map((p) => p.a)), vHi = Math.max(...top.map((p) => p.b));
      const how = `countermonotone, ${r.squash} strictly increasing at the top of U (ess sup U ≥ ${fmt(L)}; ${ends}): {U > t} near the top lies in ${top.length} piece(s) with V ∈ (${fmt(vLo)}, ${fmt(vHi)}]`;
      const gLo = vLo - mu - dMu, gHi = vHi - mu + dMu;
      if (gLo > 0 || gHi < 0) return { kind: 'gain', lo: gLo, hi: gHi, how };
      const now = `limit of E[V | U > t] in (${fmt(vLo)}, ${fmt(vHi)}] against E[V] = ${fmt(mu)}`;
      stalled = now === last ? stalled + 1 : 0;
      last = now;
      if (stalled >= STALL) break;
      // both end pieces reach with an infinite upper bound: splitting keeps them so (sup X = ∞ at w → 1, sup V = ∞ at w → 0)
      if (top.some((p) => p.a === lo && p.uHi === Infinity) && top.some((p) => p.b === hi && p.uHi === Infinity)) break;
    }
    const target = top.length > 0 ? top : pieces.filter((p) => p.uHi > low);
    const next = pieces.flatMap((p) => (target.includes(p) ? split(nodes, V, p, init.exactA) : [p])).filter((p) => p.logP > -Infinity && !(L < Infinity ? p.uHi < L : false));
    if (next.length === pieces.length || next.length > MAX_PIECES) break;
    pieces = next;
  }
  return { kind: 'reason', reason: `countermonotone: the top of U not located on one side of E[V] (${last || 'L below the reward\'s range'}; ${ends})` };
}
