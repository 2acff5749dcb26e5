/**
 * E[W(V)] alone, for the existence of the bounded-reward optimum: Z(β)e^{−1/β} = E_Q[e^{(r(U) − 1)/β}] = E[W(V)],
 * W_c(v) = E[h(g_c(v) + N_c)], h = e^{(r − 1)/β} ∈ [e^{−2/β}, 1] (boundedReward.ts). r is non-decreasing and g_c
 * monotone between its kinks, so W_c is monotone between consecutive nodes (quantiles of V, the kinks) and lies
 * between its two end values; beyond an infinite end it lies between the last node's value and its limit (1
 * where g → +∞, e^{−2/β} where g → −∞). With Pⱼ = F(Iⱼ) from the closed-form tails of V,
 *   E[W] ∈ [Σⱼ Pⱼ·min W(∂Iⱼ), Σⱼ Pⱼ·max W(∂Iⱼ)],
 * each node value widened by its quadrature's error estimate. The same enclosure as tiltEnclosure's E[W] (which
 * forms W(v) − W(μ) for the numerator N as well): neither W(μ) nor the gaps are needed for E[W], so each node
 * costs one quadrature. Refined (the levels of tiltEnclosure, then the widest piece split) until `decided`.
 */
import type { Reward } from './boundedReward.ts';
import { logMeanH } from './boundedReward.ts';
import { mergeClasses, type ShiftClass } from './shiftClasses.ts';
import { EXTRA_NODES, gLimit, LEVELS, levelQuantiles, NODE_BUDGET, partsOf } from './tiltEnclosure.ts';

export interface MeanWEnclosure { readonly eLo: number; readonly eHi: number; readonly nodes: number }

/** W at a node as an interval [lo, hi], or a reason (its quadrature did not converge). */
type NodeW = { lo: number; hi: number } | string;

function nodeW(r: Reward, beta: number, c: ShiftClass, v: number): NodeW {
  const g = c.shift.g(v);
  if (Number.isNaN(g)) return `the shift g(${v}) is NaN`;
  const h = logMeanH(r, beta, g, c.noise, NODE_BUDGET);
  if (!h.converged) return `W(${v}) not resolved: ${h.reason ?? 'quadrature'}`;
  const w = Math.exp(h.log), e = w * h.relError + 4e-16 * w;
  return { lo: w - e, hi: w + e };
}

/** F((a, b]) of a continuous V from its components' closed-form tails. */
function pieceProb(c: ShiftClass, a: number, b: number): number {
  const sf = (t: number): number => partsOf(c).reduce((s, q) => s + q.p * (t === -Infinity ? 1 : t === Infinity ? 0 : q.d.sf(t)), 0);
  return Math.max(0, sf(a) - sf(b));
}

type Widest = { ci: number; a: number; b: number };

function encloseAt(r: Reward, beta: number, classes: readonly ShiftClass[], level: number, memo: Map<string, NodeW>, extra: readonly number[][]): (MeanWEnclosure & { widest?: Widest }) | { reason: string } {
  const floor = Math.exp(-2 / beta);
  let eLo = 0, eHi = 0, nodes = 0, widestWidth = 0;
  let widest: Widest | undefined;
  for (const [ci, c] of classes.entries()) {
    const at = (v: number): NodeW => {
      const key = `${ci}|${v}`;
      let x = memo.get(key);
      if (x === undefined) memo.set(key, (x = nodeW(r, beta, c, v)));
      return x;
    };
    let lo = 0, hi = 0;
    if (c.atoms) {
      for (const a of c.atoms) {
        const x = at(a.v);
        if (typeof x === 'string') return { reason: x };
        lo += a.p * x.lo;
        hi += a.p * x.hi;
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
      for (let j = 0; j + 1 < ends.length; j++) {
        const a = ends[j], b = ends[j + 1];
        const wa = a === -Infinity ? undefined : at(a), wb = b === Infinity ? undefined : at(b);
        if (typeof wa === 'string') return { reason: wa };
        if (typeof wb === 'string') return { reason: wb };
        // beyond an infinite end W tends to 1 (g → +∞) or to e^{−2/β} (g → −∞)
        const lim = (side: 1 | -1) => (gLimit(c, side) === 'up' ? 1 : floor);
        const ya = wa ?? { lo: lim(-1), hi: lim(-1) }, yb = wb ?? { lo: lim(1), hi: lim(1) };
        const p = pieceProb(c, a, b);
        const pLo = p * Math.min(ya.lo, yb.lo), pHi = p * Math.max(ya.hi, yb.hi);
        lo += pLo;
        hi += pHi;
        if (c.w * (pHi - pLo) > widestWidth) { widestWidth = c.w * (pHi - pLo); widest = { ci, a, b }; }
      }
    }
    eLo += c.w * Math.max(floor, lo);
    eHi += c.w * Math.min(1, hi);
  }
  nodes = memo.size;
  return { eLo, eHi: Math.min(1, eHi), nodes, ...(widest ? { widest } : {}) };
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
