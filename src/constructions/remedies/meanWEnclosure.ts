/**
 * E[W(V)] alone, for the existence of the bounded-reward optimum: Z(β)e^{−1/β} = E_Q[e^{(r(U) − 1)/β}] = E[W(V)],
 * W_c(v) = E[h(g_c(v) + N_c)], h = e^{(r − 1)/β} ∈ [e^{−2/β}, 1] (boundedReward.ts). r is non-decreasing and g_c
 * monotone between its kinks, so W_c is monotone between consecutive nodes (quantiles of V, the kinks) and lies
 * between its two end values; beyond an infinite end it lies between the last node's value and its limit (1
 * where g → +∞, e^{−2/β} where g → −∞). With Pⱼ = F(Iⱼ) from the closed-form tails of V,
 *   E[W] ∈ [Σⱼ Pⱼ·min W(∂Iⱼ), Σⱼ Pⱼ·max W(∂Iⱼ)],
 * each node value widened by its quadrature's error estimate and each Pⱼ by the relative error of its interval
 * probability (finitePair.logIntervalProb; the log tails, 1e-13·(1 + |log|), for a piece reaching ±∞).
 * Everything is carried in LOG space (numerics.md §4): at β ≈ 1e-4, W = e^{(r − 1)/β} is e^{−4000} at ordinary
 * nodes and the linear sums underflowed to 0 (log E[W] = −∞: "log Z enclosure [−∞, …]"); the bounds are
 * log-sum-exps of log Pⱼ + log W, clamped to [−2/β, 0] class by class (W ∈ [e^{−2/β}, 1] pointwise).
 * The same enclosure as tiltEnclosure's E[W] (which forms W(v) − W(μ) for the numerator N as well): neither W(μ)
 * nor the gaps are needed for E[W], so each node costs one quadrature. Refined (the levels of tiltEnclosure, then
 * the widest piece split, widths compared as logs) until `decided`.
 */
import type { Distribution } from '../../distributions/types.ts';
import { logSubExpClamped, logSumExp } from '../../numerics/logspace.ts';
import type { Reward } from './boundedReward.ts';
import { logMeanH } from './boundedReward.ts';
import { logIntervalProb } from './finitePair.ts';
import { mergeClasses, type ShiftClass } from './shiftClasses.ts';
import { EXTRA_NODES, gLimit, LEVELS, levelQuantiles, NODE_BUDGET, partsOf } from './tiltEnclosure.ts';

/**
 * logELo ≤ log E[W] ≤ logEHi; eLo, eHi are their exponentials (0 where log E[W] is below the double range, e.g.
 * −4000 at β = 1e-4: read the logs).
 */
export interface MeanWEnclosure { readonly eLo: number; readonly eHi: number; readonly logELo: number; readonly logEHi: number; readonly nodes: number }

/** An enclosure [e^lo, e^hi] held as its two logs. */
type LogBounds = { lo: number; hi: number };
/** W at a node as log bounds, or a reason (its quadrature did not converge). */
type NodeW = LogBounds | string;

/** [e^l(1 − rel), e^l(1 + rel)] as logs (the lower end −∞ once rel ≥ 1). */
const widen = (l: number, rel: number): LogBounds => ({ lo: rel < 1 ? l + Math.log1p(-rel) : -Infinity, hi: l + Math.log1p(rel) });

function nodeW(r: Reward, beta: number, c: ShiftClass, v: number): NodeW {
  const g = c.shift.g(v);
  if (Number.isNaN(g)) return `the shift g(${v}) is NaN`;
  const h = logMeanH(r, beta, g, c.noise, NODE_BUDGET);
  if (!h.converged) return `W(${v}) not resolved: ${h.reason ?? 'quadrature'}`;
  return widen(h.log, h.relError + 4e-16);
}

/** log P(a < V ≤ b) for one component law with its relative error: a log tail where the piece reaches ±∞. */
function partLogProb(d: Distribution, a: number, b: number): { log: number; relError: number } {
  if (a === -Infinity && b === Infinity) return { log: 0, relError: 0 };
  const tail = (l: number) => ({ log: l, relError: l === -Infinity ? 0 : 1e-13 * (1 + Math.abs(l)) });
  if (a === -Infinity) return tail(d.logCdf(b));
  if (b === Infinity) return tail(d.logSf(a));
  return logIntervalProb(d, a, b - a, b);
}

/** log F((a, b]) of a continuous V (a mixture: the sum over its components), as log bounds. */
function pieceLogProb(c: ShiftClass, a: number, b: number): LogBounds {
  const lo: number[] = [], hi: number[] = [];
  for (const q of partsOf(c)) {
    const ip = partLogProb(q.d, a, b);
    const w = widen(Math.log(q.p) + ip.log, ip.relError);
    lo.push(w.lo);
    hi.push(w.hi);
  }
  return { lo: logSumExp(lo), hi: Math.min(0, logSumExp(hi)) };
}

type Widest = { ci: number; a: number; b: number };

function encloseAt(r: Reward, beta: number, classes: readonly ShiftClass[], level: number, memo: Map<string, NodeW>, extra: readonly number[][]): (MeanWEnclosure & { widest?: Widest }) | { reason: string } {
  const floor = -2 / beta;
  const totalLo: number[] = [], totalHi: number[] = [];
  let widestLog = -Infinity;
  let widest: Widest | undefined;
  for (const [ci, c] of classes.entries()) {
    const at = (v: number): NodeW => {
      const key = `${ci}|${v}`;
      let x = memo.get(key);
      if (x === undefined) memo.set(key, (x = nodeW(r, beta, c, v)));
      return x;
    };
    const los: number[] = [], his: number[] = [];
    if (c.atoms) {
      for (const a of c.atoms) {
        const x = at(a.v);
        if (typeof x === 'string') return { reason: x };
        los.push(Math.log(a.p) + x.lo);
        his.push(Math.log(a.p) + x.hi);
      }
    } else {
      const vlo = c.v.support.lower, vhi = c.v.support.upper;
      const inside = (x: number) => Number.isFinite(x) && x > vlo && x < vhi;
      // an unresolved node is dropped (the enclosure over the merged piece stays valid); a kink must stay
      const kinks = c.shift.kinks.filter(inside);
      for (const k of kinks) { const x = at(k); if (typeof x === 'string') return { reason: x }; }
      const qs = partsOf(c).flatMap((q) => levelQuantiles(q.d, level));
      const pts = [...new Set([...qs, ...(extra[ci] ?? []), ...kinks].filter(inside))].filter((x) => typeof at(x) !== 'string').sort((x, y) => x - y);
      const ends = [Number.isFinite(vlo) ? vlo : -Infinity, ...pts, Number.isFinite(vhi) ? vhi : Infinity];
      // beyond an infinite end W tends to 1 (g → +∞) or to e^{−2/β} (g → −∞)
      const lim = (side: 1 | -1): LogBounds => { const l = gLimit(c, side) === 'up' ? 0 : floor; return { lo: l, hi: l }; };
      for (let j = 0; j + 1 < ends.length; j++) {
        const a = ends[j], b = ends[j + 1];
        const wa = a === -Infinity ? lim(-1) : at(a), wb = b === Infinity ? lim(1) : at(b);
        if (typeof wa === 'string') return { reason: wa };
        if (typeof wb === 'string') return { reason: wb };
        const p = pieceLogProb(c, a, b);
        const pLo = p.lo + Math.min(wa.lo, wb.lo), pHi = p.hi + Math.max(wa.hi, wb.hi);
        los.push(pLo);
        his.push(pHi);
        const width = Math.log(c.w) + logSubExpClamped(pHi, pLo);
        if (width > widestLog) { widestLog = width; widest = { ci, a, b }; }
      }
    }
    totalLo.push(Math.log(c.w) + Math.max(floor, logSumExp(los)));
    totalHi.push(Math.log(c.w) + Math.min(0, logSumExp(his)));
  }
  const logELo = logSumExp(totalLo), logEHi = Math.min(0, logSumExp(totalHi));
  return { eLo: Math.exp(logELo), eHi: Math.exp(logEHi), logELo, logEHi, nodes: memo.size, ...(widest ? { widest } : {}) };
}

/** The enclosure of E[W] at the first level where `decided` holds (default: the first level), else the finest. */
export function meanWEnclosure(r: Reward, beta: number, split: readonly ShiftClass[], decided: (e: MeanWEnclosure) => boolean = () => true): MeanWEnclosure | { reason: string } {
  const classes = mergeClasses(split);
  const memo = new Map<string, NodeW>();
  const none: number[][] = classes.map(() => []);
  let last: ReturnType<typeof encloseAt> = { reason: 'no level' };
  for (let level = 0; level < LEVELS.length; level++) {
    last = encloseAt(r, beta, classes, level, memo, none);
    if ('reason' in last || decided(last)) return last;
  }
  const extra: number[][] = classes.map(() => []);
  for (let k = 0; k < EXTRA_NODES && !('reason' in last) && last.widest; k++) {
    const { ci, a, b } = last.widest;
    const mid = Number.isFinite(a) && Number.isFinite(b) ? 0.5 * (a + b) : Number.isFinite(a) ? a + Math.max(1, Math.abs(a)) : b - Math.max(1, Math.abs(b));
    if (!(mid > a && mid < b)) break;
    extra[ci].push(mid);
    last = encloseAt(r, beta, classes, LEVELS.length - 1, memo, extra);
    if ('reason' in last || decided(last)) return last;
  }
  return last;
}
