/**
 * log-log bounds on the tail of U = X + V at t = e^σ beyond the double range (pairLogLogWitness.ts), from
 * the summands' bounds (pairLogLogTails.ts) and the representable tails of headlinePartLaw.ts. H is the
 * heavy summand, L the other; both assignments are tried and the better kept. s₀ = 2^j is the least with
 * P(L > −s₀) ≥ ½ (any s₀ gives a valid bound; σ'' = σ + log1p(s₀e^{−σ}), so e^σ + s₀ ≤ e^{σ''}).
 * Upper bound y ≥ −log F̄_U(e^σ) (a lower bound on the tail):
 *   independent:    {H > t + s₀} ∩ {L > −s₀} ⊂ {U > t}, so F̄_U(t) ≥ F̄_H(t + s₀)·P(L > −s₀);
 *   comonotone:     the two events are upper sets of one uniform W, nested: F̄_U(t) ≥ min(F̄_H(t + s₀), P(L > −s₀));
 *   countermonotone (any dependence): F̄_U(t) ≥ F̄_H(t + s) − P(L ≤ −s) (Fréchet); s = s₁ = 2^j when
 *                   P(L ≤ −s₁) = 0 (then F̄_U(t) ≥ F̄_H(t + s₁)), else s = e^σ when −log P(L ≤ −e^σ) ≥ y_H(σ + ln 2) + ln 2
 *                   (Chernoff), so that F̄_U(t) ≥ ½F̄_H(2t);
 *   latent mixture: F̄_U ≥ w_i F̄_{U_i}, so y ≤ min_i (y_i − log w_i).
 * Lower bound y ≤ −log F̄_U(e^σ) (an upper bound on the tail), any dependence: {U > t} ⊂ {H > t(1 − δ)} ∪
 * {L > tδ} (δ = 2^{−4} … 2^{−40}, the best), so −log F̄_U(t) ≥ min(y_H(t(1 − δ)), y_L(tδ)) − ln 2; mixture: F̄_U ≤ max_i F̄_{U_i}.
 */
import { buildCached } from '../claims/buildCached.ts';
import { logAddExp } from '../numerics/logspace.ts';
import type { PairSpec } from '../pairs/types.ts';
import type { PartLaw } from './headlinePartLaw.ts';
import type { SumStructure } from './headlineSumLaw.ts';
import { affineTail, chernoffTail, distributionTail, type LogLogTail } from './pairLogLogTails.ts';

/** s0: P(Y > −s₀) ≥ ½; s1: P(Y ≤ −s₁) = 0 (NaN if none) */
type Side = { readonly part: PartLaw; readonly tail: LogLogTail; readonly s0: number; readonly s1: number };
export type LogLogNode =
  | { readonly kind: 'sum'; readonly a: Side; readonly b: Side; readonly coupling: 'independent' | 'comonotone' | 'countermonotone' }
  | { readonly kind: 'mixture'; readonly parts: readonly LogLogNode[]; readonly weights: readonly number[] };

const EPS = Number.EPSILON;
/** the split t(1 − δ) + tδ of the union bound: the best of these */
const DELTAS = [2 ** -4, 2 ** -12, 2 ** -20, 2 ** -40];
const up = (x: number, ...terms: number[]) => x + 8 * EPS * terms.reduce((a, b) => a + Math.abs(b), Math.abs(x)) + 1e-15;

/** the least s₀ = 2^j (j ≤ 1020) with P(Y > −s₀) ≥ ½, NaN if none */
function halfPoint(part: PartLaw): number {
  for (let j = 0; j <= 1020; j += 4) if (part.logSf(-(2 ** j)) >= -Math.LN2) return 2 ** j;
  return NaN;
}

/** the least s₁ = 2^j (j ≤ 1020) with P(Y ≤ −s₁) = 0, NaN if none */
function floorPoint(part: PartLaw): number {
  for (let j = 0; j <= 1020; j += 4) if (part.logCdf(-(2 ** j)) === -Infinity) return 2 ** j;
  return NaN;
}

const side = (part: PartLaw, tail: LogLogTail): Side => ({ part, tail, s0: halfPoint(part), s1: floorPoint(part) });

/** The log-log view of a pair, walking its spec beside the summand decomposition of headlineSumLaw.ts. */
export function logLogNodeOf(spec: PairSpec, s: SumStructure): LogLogNode {
  if (spec.kind === 'latentMixture' && s.kind === 'mixture') {
    return { kind: 'mixture', parts: spec.components.map((c, i) => logLogNodeOf(c, s.parts[i])), weights: spec.weights };
  }
  if (s.kind === 'coupled' && (spec.kind === 'comonotone' || spec.kind === 'countermonotone')) {
    return { kind: 'sum', a: side(s.x, distributionTail(buildCached(spec.x))), b: side(s.v, distributionTail(buildCached(spec.v))), coupling: spec.kind };
  }
  if (s.kind !== 'independentSum') throw new Error(`logLogNodeOf: structure ${s.kind} does not match pair ${spec.kind}`);
  switch (spec.kind) {
    case 'independent':
      return { kind: 'sum', a: side(s.a, distributionTail(buildCached(spec.v))), b: side(s.b, distributionTail(buildCached(spec.x))), coupling: 'independent' };
    case 'linear':
      return { kind: 'sum', a: side(s.a, affineTail(buildCached(spec.v), 1 + spec.a, 0)), b: side(s.b, distributionTail(buildCached(spec.z))), coupling: 'independent' };
    case 'functional': {
      const v = buildCached(spec.v);
      const a = spec.f.kind === 'linear' ? affineTail(v, 1 + spec.f.a, spec.f.b) : chernoffTail((l) => s.a.logMgfUpper(l));
      return { kind: 'sum', a: side(s.a, a), b: side(s.b, distributionTail(buildCached(spec.noise))), coupling: 'independent' };
    }
    default:
      throw new Error(`logLogNodeOf: pair ${spec.kind} does not match an independent sum`);
  }
}

function sumUpper(n: Extract<LogLogNode, { kind: 'sum' }>, sigma: number): number {
  let best = Infinity;
  for (const [h, l] of [[n.b, n.a], [n.a, n.b]] as const) {
    let v = Infinity;
    const shifted = (s: number) => up(sigma + Math.log1p(Math.exp(Math.log(s) - sigma)), sigma);
    if (Number.isFinite(l.s0) && n.coupling !== 'countermonotone') {
      const yH = h.tail.logYUpper(shifted(l.s0));
      const lossL = Math.log(-l.part.logSf(-l.s0)); // log(−log P(L > −s₀)), −∞ when it is 1
      v = n.coupling === 'independent' ? up(logAddExp(yH, lossL), yH) : Math.max(yH, lossL);
    }
    if (n.coupling === 'countermonotone' && Number.isFinite(l.s1)) v = h.tail.logYUpper(shifted(l.s1));
    if (n.coupling === 'countermonotone' && !(v < Infinity)) {
      const yH = h.tail.logYUpper(up(sigma + Math.LN2, sigma));
      const need = up(logAddExp(yH, Math.log(Math.LN2)), yH);
      if (l.tail.leftLogYLower(sigma) > need) v = need;
    }
    if (v < best) best = v;
  }
  return best;
}

/** ≥ log(−log P(U > e^σ)); +∞ where no bound is known. */
export function logYUpperOfU(n: LogLogNode, sigma: number): number {
  if (n.kind === 'sum') return sumUpper(n, sigma);
  const total = n.weights.reduce((a, b) => a + b, 0);
  let best = Infinity;
  n.parts.forEach((p, i) => {
    const w = n.weights[i] / total;
    if (!(w > 0)) return;
    const y = logYUpperOfU(p, sigma);
    const v = w >= 1 ? y : up(logAddExp(y, Math.log(-Math.log(w))), y);
    if (v < best) best = v;
  });
  return best;
}

/** ≤ log(−log P(U > e^σ)); −∞ where no bound is known. */
export function logYLowerOfU(n: LogLogNode, sigma: number): number {
  if (n.kind === 'mixture') {
    let worst = Infinity;
    n.parts.forEach((p, i) => {
      if (n.weights[i] > 0) worst = Math.min(worst, logYLowerOfU(p, sigma));
    });
    return worst;
  }
  let best = -Infinity;
  for (const [h, l] of [[n.b, n.a], [n.a, n.b]] as const) for (const delta of DELTAS) {
    const m = Math.min(h.tail.logYLower(sigma + Math.log1p(-delta)), l.tail.logYLower(sigma + Math.log(delta)));
    // −log(e^{−y_H} + e^{−y_L}) ≥ e^m − ln 2
    if (!(m > 0)) continue;
    const v = m === Infinity ? Infinity : m + Math.log1p(-Math.min(1, Math.LN2 * Math.exp(-m))) - 8 * EPS * Math.abs(m) - 1e-15;
    if (v > best) best = v;
  }
  return best;
}
