/**
 * The return law Q = G∘Tr(π₀) of returnLaw.ts as a table of mixture components for fast tail sums, with
 * identical components merged: a component is the affine image a + b·X of a leaf's base law (one per
 * distinct (base spec, a, b), weight Σ P_π₀(path) over the paths that end there) or a point mass at a
 * terminal return. Merging equal components leaves the law unchanged (Σ_k w_k·P = (Σ_k w_k)·P); on a tree
 * with a few distinct leaf laws and integer rewards, ~130 leaves become ~20 components.
 *   log F̄_Q(t) = log Σ_k w_k·F̄_k(t),   m_Q(t) = E_Q[G·1{G > t}] = Σ_k w_k·m_k(t)   (numerics.md §4.1:
 * log-sum-exp over components with precomputed log weights; partial means summed per sign).
 * Components are built with the suite's own affine factory on the shared leaf laws (leafBase.ts), so each
 * k gives the same numbers as the corresponding component of baseReturnLaw(mdp).
 */
import { affine } from '../distributions/affine.ts';
import { DomainError } from '../errors.ts';
import { MAX_PATHS } from './paths.ts';
import type { Distribution } from '../distributions/types.ts';
import { logAddExp, type SignedLog } from '../numerics/logspace.ts';
import { leafBase, registerLeafBases } from './leafBase.ts';
import { endpointAffine } from './returnLaw.ts';
import { compensatedSum } from './sum.ts';
import type { MdpSpec } from './types.ts';
import { checkMdp } from './validate.ts';

export interface ReturnComponents {
  /** continuous/leaf components and their log weights */
  readonly laws: readonly Distribution[];
  readonly logW: readonly number[];
  /** terminal returns (point masses) and their log weights */
  readonly atoms: readonly number[];
  readonly atomLogW: readonly number[];
  /** E_π₀[G] (compensated Σ w_k μ_k; NaN/±∞ where a leaf mean diverges) */
  readonly mean: number;
  /** sup of the support */
  readonly upper: number;
}

const cache = new WeakMap<MdpSpec, ReturnComponents>();
interface Entry { readonly law: Distribution; logW: number }

export function returnComponents(mdp: MdpSpec): ReturnComponents {
  const hit = cache.get(mdp);
  if (hit) return hit;
  registerLeafBases(mdp);
  const { order } = checkMdp(mdp);
  // one entry per (leaf law, a, b); the paths of Tr(π₀) (paths.ts) enumerated without their KLs
  // keyed by law, then a, then b (number keys: no text formatting per endpoint)
  // (each law's entries also listed in first-seen order, the order the former text-keyed table had)
  const byLaw = new Map<Distribution, { byA: Map<number, Map<number, Entry>>; list: Entry[] }>();
  const atomByValue = new Map<number, number>();
  let endpoints = 0;
  const visit = (i: number, logProb: number, rewardSum: number, choices: number): void => {
    const s = mdp.states[i];
    if (s.kind === 'choice') {
      for (const a of s.actions) if (a.p0 > 0) visit(a.next, logProb + Math.log(a.p0), rewardSum + a.reward, choices + 1);
      return;
    }
    if (++endpoints > MAX_PATHS) throw new DomainError('trajectoryPaths', 'mdp', `at most ${MAX_PATHS} paths`, 'more');
    const { a, b } = endpointAffine(mdp, { end: i, leaf: s.kind === 'leaf', logProb, rewardSum, choices, klSum: 0, logRatio: 0, leafKl: 0 });
    if (s.kind !== 'leaf') {
      atomByValue.set(a, logAddExp(atomByValue.get(a) ?? -Infinity, logProb));
      return;
    }
    const base = leafBase(s.base);
    let g = byLaw.get(base);
    if (!g) byLaw.set(base, (g = { byA: new Map(), list: [] }));
    let m = g.byA.get(a);
    if (!m) g.byA.set(a, (m = new Map()));
    const e = m.get(b);
    if (e) e.logW = logAddExp(e.logW, logProb);
    else {
      const entry = { law: a === 0 && b === 1 ? base : affine({ base, loc: a, scale: b }), logW: logProb };
      m.set(b, entry);
      g.list.push(entry);
    }
  };
  if (order.length > 0) visit(mdp.start, 0, 0, 0);
  const byKey = [...byLaw.values()].flatMap((g) => g.list);
  const entries = byKey.filter((e) => e.logW > -Infinity);
  const atoms = [...atomByValue].filter(([, lw]) => lw > -Infinity);
  const laws = entries.map((e) => e.law);
  const means = [...entries.map((e) => Math.exp(e.logW) * e.law.mean()), ...atoms.map(([x, lw]) => Math.exp(lw) * x)];
  const anyNaN = means.some(Number.isNaN);
  const out: ReturnComponents = {
    laws,
    logW: entries.map((e) => e.logW),
    atoms: atoms.map(([x]) => x),
    atomLogW: atoms.map(([, lw]) => lw),
    mean: anyNaN ? NaN : compensatedSum(means),
    upper: Math.max(...laws.map((l) => l.support.upper), ...atoms.map(([x]) => x)),
  };
  cache.set(mdp, out);
  return out;
}

/** log F̄_Q(t) = log Σ_k w_k·F̄_k(t). */
export function returnLogSf(c: ReturnComponents, t: number): number {
  const n = c.laws.length;
  const lsf: number[] = new Array(n + c.atoms.length);
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const v = c.logW[k] + c.laws[k].logSf(t);
    if (Number.isNaN(v)) return NaN;
    lsf[k] = v;
    if (v > hi) hi = v;
  }
  for (let j = 0; j < c.atoms.length; j++) {
    const v = c.atoms[j] > t ? c.atomLogW[j] : -Infinity;
    lsf[n + j] = v;
    if (v > hi) hi = v;
  }
  let logSf = hi;
  if (hi > -Infinity && hi < Infinity) {
    let s = 0;
    for (const v of lsf) s += Math.exp(v - hi);
    logSf = hi + Math.log(s);
  }
  return logSf;
}

/** m_Q(t) = E_Q[G·1{G > t}] = Σ_k w_k·m_k(t) as a SignedLog. */
export function returnPartialMean(c: ReturnComponents, t: number): SignedLog {
  const n = c.laws.length;
  // signed terms: positive and negative parts each by log-sum-exp, then one subtraction
  const pos: number[] = [];
  const neg: number[] = [];
  for (let k = 0; k < n; k++) {
    const m = c.laws[k].logPartialMean(t);
    if (Number.isNaN(m.log)) return { log: NaN, sign: 0 };
    if (m.sign === 0 || m.log === -Infinity) continue;
    (m.sign > 0 ? pos : neg).push(c.logW[k] + m.log);
  }
  for (let j = 0; j < c.atoms.length; j++) {
    const x = c.atoms[j];
    if (!(x > t) || x === 0) continue;
    (x > 0 ? pos : neg).push(c.atomLogW[j] + Math.log(Math.abs(x)));
  }
  return signedDifference(lse(pos), lse(neg));
}

function lse(xs: number[]): number {
  let hi = -Infinity;
  for (const x of xs) if (x > hi) hi = x;
  if (hi === -Infinity || hi === Infinity) return hi;
  let s = 0;
  for (const x of xs) s += Math.exp(x - hi);
  return hi + Math.log(s);
}

function signedDifference(lp: number, ln: number): SignedLog {
  if (ln === -Infinity) return lp === -Infinity ? { log: -Infinity, sign: 0 } : { log: lp, sign: 1 };
  if (lp === -Infinity) return { log: ln, sign: -1 };
  if (lp === Infinity && ln === Infinity) return { log: NaN, sign: 0 };
  if (lp === ln) return { log: -Infinity, sign: 0 };
  return lp > ln ? { log: lp + Math.log(-Math.expm1(ln - lp)), sign: 1 } : { log: ln + Math.log(-Math.expm1(lp - ln)), sign: -1 };
}
