/**
 * The bounded-reward optimum dP⋆/dQ ∝ e^{r(U)/β} for pairs whose V is not finite-valued (shiftClasses.ts):
 * given class c and V = v it weights by W_c(v) = E[h(g_c(v) + N_c)], h = e^{(r − 1)/β} ∈ [e^{−2/β}, 1]
 * (boundedReward.ts), so
 *   E_{P⋆}[V] − E[V] = N / E[W],   N = Σ_c w_c [∫ (v − μ)·D_c(v) dF_c(v) + (μ_c − μ)·W_c(μ)],  D_c = W_c − W_c(μ).
 * Each W_c(v) is itself a quadrature, so instead of a 2-D integral this module ENCLOSES N and E[W]: r is
 * non-decreasing and g_c is monotone between its kinks, so D_c is monotone between consecutive nodes
 * v₀ < … < v_n (quantiles of V, μ, the kinks, finite ends of the support) and lies between its two end values;
 * beyond an infinite end it lies between the last node's value and its limit (W → 1 where g → +∞, → e^{−2/β}
 * where g → −∞). With Mⱼ = ∫_{Iⱼ} (v − μ) dF (one sign: μ is a node) and Pⱼ = F(Iⱼ) from the closed-form
 * partial means and tails of V, N ∈ Σⱼ Mⱼ·[min D, max D] + … — a rigorous enclosure up to the quadrature errors
 * of the node values (boundedReward.logMeanH/logMeanHGap, each with its estimate), which widen it. The nodes
 * are refined (2, 8, then 19 quantile levels per component of V) until the enclosure excludes 0 or the levels run out.
 * For X ⊥ V and a strictly increasing squash every Dⱼ has the sign of vⱼ − μ, so N's lower end is positive at
 * the first level: the gain is certified positive without ever forming the 2-D integral.
 */
import { build } from '../../distributions/build.ts';
import type { Distribution } from '../../distributions/types.ts';
import { logMeanH, logMeanHGap, logWLimitGap, type LogValue, type QuadratureBudget, type Reward } from './boundedReward.ts';
import { SCREEN_INTERVALS } from './finitePair.ts';
import { meanOfV, mergeClasses, mixtureParts, monotoneShift, type ShiftClass } from './shiftClasses.ts';

export interface Enclosure {
  /** bounds of N·e^{−scale} and of E[W] (unscaled) */
  readonly nLo: number;
  readonly nHi: number;
  readonly scaleLog: number;
  readonly eLo: number;
  readonly eHi: number;
  /** the enclosure of N is exact (every node value equal, W constant): N = 0 */
  readonly exactZero: boolean;
  readonly nodes: number;
}

export const LEVELS = [
  [0.25, 0.75],
  [0.02, 0.1, 0.25, 0.4, 0.6, 0.75, 0.9, 0.98],
  [1e-3, 0.01, 0.02, 0.05, 0.1, 0.175, 0.25, 0.325, 0.4, 0.5, 0.6, 0.675, 0.75, 0.825, 0.9, 0.95, 0.98, 0.99, 0.999],
];
/** Nodes added one at a time where the enclosure is widest, after the fixed levels. */
export const EXTRA_NODES = 24;
/** Extra nodes in a row that may leave the enclosure unchanged before the refinement stops. */
const STALL = 4;
/** The node values' quadratures: 1e-8 (their errors widen the enclosure, far below its own width) and a budget. */
export const NODE_BUDGET = { relTol: 1e-8, maxEvaluations: 20_000 };
/**
 * A screening pass first: the first level with node values to 1e-6 (about 30% fewer evaluations; gaps with the
 * screening tolerance of their interval probabilities, finitePair.SCREEN_INTERVALS), kept where it
 * decides (the enclosure is as rigorous, only wider by the node errors); else the levels at NODE_BUDGET from the
 * start, exactly as without the screen.
 */
const SCREEN_NODE_BUDGET = { relTol: 1e-6, maxEvaluations: 20_000, intervals: SCREEN_INTERVALS };

/** A signed value s·e^{l} with relative error rel. */
interface Signed { readonly s: number; readonly l: number; readonly rel: number }

/**
 * D(v) = W(v) − W(μ): first as the difference of the two weights (each one quadrature, boundedReward.logMeanH),
 * kept where it beats their errors fourfold; else formed without cancellation (logMeanHGap).
 */
function gapAt(r: Reward, beta: number, c: ShiftClass, v: number, gm: number, wMu: { log: number; relError: number }, budget: QuadratureBudget): Signed | string {
  const gv = c.shift.g(v);
  if (Number.isNaN(gv)) return `the shift g(${v}) is NaN`;
  if (gv === gm) return { s: 0, l: -Infinity, rel: 0 };
  const h = logMeanH(r, beta, gv, c.noise, budget);
  if (h.converged) {
    const a = Math.exp(h.log), b = Math.exp(wMu.log);
    const d = a - b, err = a * h.relError + b * wMu.relError + 4e-16 * (a + b);
    if (Math.abs(d) > 4 * err) return { s: Math.sign(d), l: Math.log(Math.abs(d)), rel: err / Math.abs(d) };
  }
  const q = gv > gm ? logMeanHGap(r, beta, gv, gm, c.noise, budget) : logMeanHGap(r, beta, gm, gv, c.noise, budget);
  if (!q.converged) return `W(${v}) − W(μ) not resolved: ${q.reason ?? 'quadrature'}`;
  return { s: gv > gm ? 1 : -1, l: q.log, rel: q.relError };
}

/** Where g goes as v → side·∞: affine by the sign of its slope, v² + v up at both ends, clip + v with v. */
export function gLimit(c: ShiftClass, side: 1 | -1): 'up' | 'down' {
  const a = c.shift.affine;
  if (a) return a.slope * side > 0 ? 'up' : 'down';
  return monotoneShift(c) ? (side > 0 ? 'up' : 'down') : 'up';
}

/** V as Σ pₖ·(one family): its components, built once per class. */
const partsCache = new WeakMap<ShiftClass, { p: number; d: Distribution }[]>();
export function partsOf(c: ShiftClass): { p: number; d: Distribution }[] {
  let x = partsCache.get(c);
  if (!x) partsCache.set(c, (x = mixtureParts(c.vSpec).map((q) => ({ p: q.p, d: build(q.spec) }))));
  return x;
}

/** The quantiles of one component of V at one refinement level, computed once per law (a quantile is a root search). */
const quantileCache = new WeakMap<Distribution, number[][]>();
export function levelQuantiles(d: Distribution, level: number): number[] {
  let byLevel = quantileCache.get(d);
  if (!byLevel) quantileCache.set(d, (byLevel = []));
  return (byLevel[level] ??= LEVELS[level].map((l) => d.quantile(l)));
}

/**
 * ∫_a^b (v − μ) dF and F((a, b]) for a continuous V, with the rounding error of the first: sums over V's
 * components of their closed-form partial means E[V·1{V > t}] and tails.
 */
function pieceWeights(c: ShiftClass, a: number, b: number, mu: number): { m: number; p: number; err: number } {
  const parts = partsOf(c);
  const pm = (t: number): number => parts.reduce((s, q) => s + q.p * (t === -Infinity ? q.d.mean() : t === Infinity ? 0 : q.d.partialMean(t)), 0);
  const sf = (t: number): number => parts.reduce((s, q) => s + q.p * (t === -Infinity ? 1 : t === Infinity ? 0 : q.d.sf(t)), 0);
  const pa = pm(a), pb = pm(b), fa = sf(a), fb = sf(b);
  const m = pa - pb - mu * (fa - fb);
  return { m, p: Math.max(0, fa - fb), err: 8e-16 * (Math.abs(pa) + Math.abs(pb) + Math.abs(mu) * (fa + fb)) };
}

/** A limit of D beyond an infinite end as a log; its absolute error e^{errBase}·errRel. */
interface Limit { readonly log: number; readonly errBase: number; readonly errRel: number }

/**
 * The limit of D = W − W(μ) beyond an infinite end of V: 1 − W(μ) ('up') or −(W(μ) − e^{−2/β}) ('down', its log
 * given), with its absolute error. From W(μ) itself (−expm1(log W(μ)), W(μ) − e^{−2/β}) where that is resolved to
 * 1e-3; else (W(μ) within rounding of 1 or of the floor: X = Lognormal(100, 1.5) under a tanh, W(μ) = 1 − e^{−2137},
 * whose 1 − W read 0 with an error e^{2137} times the node gaps, so the enclosure could never exclude 0) formed
 * directly as a layer cake (boundedReward.logWLimitGap) where that converges. Lazy and memoised per class.
 */
function limitOf(r: Reward, beta: number, pc: { wMu: number; wMuRel: number; c: ShiftClass; gm: number }, side: 'up' | 'down', logWMu: number, memo: Map<string, Limit>): () => Limit {
  return () => {
    const key = `${pc.c.key}|${pc.gm}|${side}`;
    const known = memo.get(key);
    if (known) return known;
    const floor = Math.exp(-2 / beta);
    const log = side === 'up' ? Math.log(-Math.expm1(logWMu)) : Math.log(Math.max(0, pc.wMu - floor));
    let out: Limit = { log, errBase: logWMu, errRel: pc.wMuRel };
    if (!(log - (logWMu + Math.log(pc.wMuRel)) > Math.log(2))) {
      const q = logWLimitGap(r, beta, pc.gm, pc.c.noise, side, NODE_BUDGET);
      if (q && q.converged && q.log > -Infinity && q.relError < 0.5) out = { log: q.log, errBase: q.log, errRel: q.relError + 1e-15 };
    }
    memo.set(key, out);
    return out;
  };
}

/** The enclosure of N and E[W] at one refinement level, or a reason. */
function encloseAt(r: Reward, beta: number, classes: readonly ShiftClass[], level: number, memo: Map<string, Signed | string>, wMuMemo: Map<number, LogValue>, extra: readonly number[][] = [], budget: QuadratureBudget = NODE_BUDGET, limitMemo: Map<string, Limit> = new Map()): (Enclosure & { widest?: { ci: number; a: number; b: number } }) | { reason: string } {
  const mu = meanOfV(classes);
  const floor = Math.exp(-2 / beta);
  // collect signed node values first (to scale them), then the interval bounds
  type Piece = { m: number; p: number; err: number; d: [Signed, Signed] | [Signed, 'up' | 'down']; a?: number; b?: number };
  const pieces: { w: number; list: Piece[]; wMu: number; wMuRel: number; muC: number; c: ShiftClass; gm: number }[] = [];
  let nodes = 0;
  for (const [ci, c] of classes.entries()) {
    const gm = c.shift.g(mu);
    // W_c(μ): once per class across the refinement levels
    let h = wMuMemo.get(ci);
    if (!h) wMuMemo.set(ci, (h = logMeanH(r, beta, gm, c.noise, budget)));
    if (!h.converged) return { reason: `W(μ) not resolved: ${h.reason ?? 'quadrature'}` };
    const muC = c.atoms ? c.atoms.reduce((s, a) => s + a.p * a.v, 0) : c.v.mean();
    const at = (v: number): Signed | string => {
      const key = `${ci}|${v}`;
      let x = memo.get(key);
      if (x === undefined) { memo.set(key, (x = gapAt(r, beta, c, v, gm, h, budget))); nodes++; }
      return x;
    };
    const list: Piece[] = [];
    if (c.atoms) {
      for (const a of c.atoms) {
        const d = at(a.v);
        if (typeof d === 'string') return { reason: d };
        list.push({ m: a.p * (a.v - mu), p: a.p, err: 4e-16 * a.p * (Math.abs(a.v) + Math.abs(mu)), d: [d, d] });
      }
    } else {
      const lo = c.v.support.lower, hi = c.v.support.upper;
      const inside = (x: number) => Number.isFinite(x) && x > lo && x < hi;
      // nodes: the quantile levels of each component of V (a mixture's own quantile is a root search), μ, kinks
      const qs = partsOf(c).flatMap((q) => levelQuantiles(q.d, level));
      // a node whose gap is not resolved (relative error ≥ ½, e.g. a node within rounding of μ, or a failed
      // quadrature) is dropped: the enclosure over the merged interval stays valid, only wider. Kinks stay.
      const good = (x: number) => { const d = at(x); return typeof d !== 'string' && d.rel < 0.5; };
      const pts = [...new Set([...qs, ...(extra[ci] ?? []), mu, ...c.shift.kinks].filter(inside))].filter((x) => x === mu || c.shift.kinks.includes(x) || good(x)).sort((x, y) => x - y);
      const ends = [Number.isFinite(lo) ? lo : -Infinity, ...pts, Number.isFinite(hi) ? hi : Infinity];
      for (let j = 0; j + 1 < ends.length; j++) {
        const a = ends[j], b = ends[j + 1];
        const wts = pieceWeights(c, a, b, mu);
        const da = a === -Infinity ? undefined : at(a), db = b === Infinity ? undefined : at(b);
        if (typeof da === 'string') return { reason: da };
        if (typeof db === 'string') return { reason: db };
        // beyond an infinite end D tends to its limit: g → +∞ ('up': W → 1) or g → −∞ ('down': W → e^{−2/β})
        const d: Piece['d'] = da && db ? [da, db] : da ? [da, gLimit(c, 1)] : [db!, gLimit(c, -1)];
        list.push({ ...wts, d, a, b });
      }
    }
    pieces.push({ w: c.w, list, wMu: Math.exp(h.log), wMuRel: h.relError, muC, c, gm });
  }
  // scale: the largest node gap
  let scaleLog = -Infinity;
  for (const pc of pieces) for (const q of pc.list) for (const x of q.d) if (typeof x !== 'string' && x.l > scaleLog) scaleLog = x.l;
  const exactZero = scaleLog === -Infinity && pieces.every((pc) => pc.list.every((q) => typeof q.d[1] !== 'string'));
  if (scaleLog === -Infinity) scaleLog = 0;
  const val = (x: Signed, shift: number) => (x.s === 0 ? 0 : x.s * Math.exp(x.l - shift));
  // products of bounds where one factor may be ±∞ (a limit far above the scale of the node gaps): 0·∞ = 0
  const mul = (x: number, y: number) => (x === 0 || y === 0 ? 0 : x * y);
  let nLo = 0, nHi = 0, eLo = 0, eHi = 0;
  let widest: { ci: number; a: number; b: number } | undefined, widestWidth = 0;
  for (const [ci, pc] of pieces.entries()) {
    // limits of D beyond an infinite end, as logs: 1 − W(μ) = −expm1(log W(μ)), e^{−2/β} − W(μ) (≤ 0)
    // (log W(μ) may round a hair above 0 where W(μ) = 1 − ε: 1 − W is then 0 within W(μ)'s error, limitErr)
    const logWMu = Math.min(0, Math.log(pc.wMu));
    const lim = { up: limitOf(r, beta, pc, 'up', logWMu, limitMemo), down: limitOf(r, beta, pc, 'down', logWMu, limitMemo) };
    const limit = (y: 'up' | 'down', shift: number) => (y === 'up' ? Math.exp(lim.up().log - shift) : -Math.exp(lim.down().log - shift));
    const limitErr = (y: 'up' | 'down', shift: number) => { const l = lim[y](); return Math.exp(l.errBase - shift) * l.errRel; };
    let lo = 0, hi = 0, elo = pc.wMu * (1 - pc.wMuRel), ehi = pc.wMu * (1 + pc.wMuRel);
    for (const q of pc.list) {
      const x = q.d[0], y = q.d[1];
      const bounds = (shift: number): [number, number] => {
        const vx = val(x, shift), ex = Math.abs(vx) * x.rel;
        if (typeof y === 'string') {
          // beyond an infinite end D moves monotonically from the last node's value to its limit
          const vy = limit(y, shift), ey = limitErr(y, shift) + Math.abs(vy) * 1e-15;
          return y === 'up' ? [vx - ex, Math.max(vx + ex, vy + ey)] : [Math.min(vx - ex, vy - ey), vx + ex];
        }
        const vy = val(y, shift), ey = Math.abs(vy) * y.rel;
        return [Math.min(vx - ex, vy - ey), Math.max(vx + ex, vy + ey)];
      };
      const [dMin, dMax] = bounds(scaleLog);
      const mLo = q.m - q.err, mHi = q.m + q.err;
      const cands = [mul(mLo, dMin), mul(mLo, dMax), mul(mHi, dMin), mul(mHi, dMax)];
      const cLo = Math.min(...cands), cHi = Math.max(...cands);
      lo += cLo;
      hi += cHi;
      if (q.a !== undefined && q.b !== undefined && pc.w * (cHi - cLo) > widestWidth) { widestWidth = pc.w * (cHi - cLo); widest = { ci, a: q.a, b: q.b }; }
      const [uMin, uMax] = bounds(0);
      elo += mul(q.p, uMin);
      ehi += mul(q.p, uMax);
    }
    // (μ_c − μ)·W_c(μ), scaled; its rounding (several classes only: one class has μ_c = μ exactly)
    const second = pc.muC === mu ? 0 : (pc.muC - mu) * Math.exp(logWMu - scaleLog);
    const secondErr = Math.abs(second) * (pc.wMuRel + 1e-15) + (classes.length > 1 ? 4e-16 * (Math.abs(pc.muC) + Math.abs(mu)) * Math.exp(logWMu - scaleLog) : 0);
    nLo += pc.w * (lo + second - secondErr);
    nHi += pc.w * (hi + second + secondErr);
    eLo += pc.w * Math.max(floor, elo);
    eHi += pc.w * Math.min(1, ehi);
  }
  return { nLo, nHi, scaleLog, eLo, eHi: Math.min(1, eHi), exactZero: exactZero && nLo === 0 && nHi === 0, nodes, ...(widest ? { widest } : {}) };
}

/**
 * The enclosure at the first level where `decided` holds (default: N's enclosure excludes 0 or is exact), else
 * at the finest level.
 */
export function tiltEnclosure(r: Reward, beta: number, split: readonly ShiftClass[], decided: (e: Enclosure) => boolean = (e) => e.nLo > 0 || e.nHi < 0 || e.exactZero): Enclosure | { reason: string } {
  const classes = mergeClasses(split);
  const screen = encloseAt(r, beta, classes, 0, new Map(), new Map(), [], SCREEN_NODE_BUDGET);
  if (!('reason' in screen) && decided(screen)) return screen;
  const memo = new Map<string, Signed | string>();
  const wMuMemo = new Map<number, LogValue>();
  const limitMemo = new Map<string, Limit>();
  let last: ReturnType<typeof encloseAt> = { reason: 'no level' };
  for (let level = 0; level < LEVELS.length; level++) {
    last = encloseAt(r, beta, classes, level, memo, wMuMemo, [], NODE_BUDGET, limitMemo);
    if ('reason' in last) return last;
    if (decided(last)) return last;
  }
  // then split the piece that contributes the widest interval, up to EXTRA_NODES times (a variation of W
  // confined to one piece: a clip saturated everywhere but near an end of V's support)
  const extra: number[][] = classes.map(() => []);
  // stop early where STALL splits in a row left the enclosure of N bit for bit unchanged (its width is not from
  // the node spacing: node errors, a limit beyond an infinite end)
  let same = 0;
  for (let k = 0; k < EXTRA_NODES && !('reason' in last) && last.widest && same < STALL; k++) {
    const before = last;
    const { ci, a, b } = last.widest;
    const mid = Number.isFinite(a) && Number.isFinite(b) ? 0.5 * (a + b) : Number.isFinite(a) ? a + Math.max(1, Math.abs(a)) : b - Math.max(1, Math.abs(b));
    if (!(mid > a && mid < b)) break;
    extra[ci].push(mid);
    last = encloseAt(r, beta, classes, LEVELS.length - 1, memo, wMuMemo, extra, NODE_BUDGET, limitMemo);
    if ('reason' in last || decided(last)) return last;
    same = last.nLo === before.nLo && last.nHi === before.nHi && last.scaleLog === before.scaleLog ? same + 1 : 0;
  }
  return last;
}

/**
 * E_{P⋆}[V] − E[V] from an enclosure (scaled by e^{scaleLog}): the midpoint of N over the midpoint of E[W] and
 * the largest deviation over the box's corners; where an end of N's enclosure is infinite (a limit of D far
 * above the scale of the node gaps) the error is +∞ and the estimate is the finite end over E[W]'s far end.
 */
export function enclosedShift(e: Enclosure): { shift: number; error: number } {
  const w = 0.5 * (e.eLo + e.eHi);
  if (!Number.isFinite(e.nLo) || !Number.isFinite(e.nHi)) {
    const finite = Number.isFinite(e.nLo) ? e.nLo : Number.isFinite(e.nHi) ? e.nHi : 0;
    return { shift: finite / (finite >= 0 ? e.eHi : e.eLo), error: Infinity };
  }
  const n = 0.5 * (e.nLo + e.nHi), dn = 0.5 * (e.nHi - e.nLo);
  // (E[W]'s lower end may underflow to 0 for β below ~1e-3: a corner N/0 is an unbounded deviation, not NaN)
  const corners = [e.nLo / e.eLo, e.nLo / e.eHi, e.nHi / e.eLo, e.nHi / e.eHi].map((x) => (Number.isNaN(x) ? Infinity : x));
  const shift = n / w;
  return { shift, error: Math.max(dn / w, ...corners.map((x) => Math.abs(x - shift))) };
}
