/**
 * The severity threshold of the toy model at a given tail probability: the s with log F̄_X(s) = ℓ, found by
 * bracketing (steps away from the median — of the heaviest component for a mixture, startOf — whose widths grow as
 * w·2^{i(i+1)/2}; log F̄ memoised per call) and Brent–Dekker on the monotone
 * log F̄ − ℓ, in log|s| over a bracket wider than a factor 4 (roots.ts: about 10 evaluations where bisection took ~55; it falls back to bisection steps itself where log F̄ is not
 * smooth; where log F̄ jumps across ℓ, the bisection of the first point past the jump, as before) — no quantile of 1 − e^ℓ is formed, so ℓ = −600 (F̄(s) = 1e-261) is as easy as ℓ = −1. Returns NaN
 * where no such s exists (ℓ outside the range of log F̄ on the support, e.g. above an atom at the top).
 * The case only needs some s at which ℓ is met to ~1e-13: the model's quantities are recomputed at s itself.
 */
import { buildCached } from '../../claims/buildCached.ts';
import type { Distribution } from '../../distributions/types.ts';
import { brent } from '../../numerics/roots.ts';

const STEPS = 200;
/** Brent's root is accepted when log F̄ meets ℓ to this relative accuracy; otherwise ℓ sits in a jump of log F̄ */
const TOL = 1e-12;

/** One expansion step from `from` by `width` toward `end` (±∞ or a support end), clamped to the finite doubles. */
function step(from: number, width: number, end: number, dir: 1 | -1): number {
  const next = dir === 1 ? Math.min(end, from + width) : Math.max(end, from - width);
  return Number.isFinite(next) ? next : dir * Number.MAX_VALUE;
}

/**
 * Brent on f over [lo, hi] (f(lo) > 0 ≥ f(hi)): in t = log|s| when the bracket spans more than a factor 4 on one
 * side of 0; a bracket ending at 0 is first narrowed to ±MIN_VALUE when f keeps its sign there (a root like
 * s = −1e-113 next to the top of U(−1, 0) is then ~10 steps in t, not ~400 halvings of [−0.5, 0]).
 */
function rootIn(f: (s: number) => number, lo: number, hi: number): number {
  const opts = { maxIterations: STEPS };
  if (lo === 0 && hi > 0 && f(Number.MIN_VALUE) > 0) lo = Number.MIN_VALUE;
  if (hi === 0 && lo < 0 && f(-Number.MIN_VALUE) <= 0) hi = -Number.MIN_VALUE;
  if (lo > 0 && hi > 4 * lo) {
    const r = brent((t) => f(Math.exp(t)), Math.log(lo), Math.log(hi), opts);
    if (r.bracketed) return Math.min(hi, Math.max(lo, Math.exp(r.root)));
  } else if (hi < 0 && lo < 4 * hi) {
    const r = brent((t) => f(-Math.exp(t)), Math.log(-lo), Math.log(-hi), opts);
    if (r.bracketed) return Math.min(hi, Math.max(lo, -Math.exp(r.root)));
  }
  const r = brent(f, lo, hi, opts);
  return r.bracketed ? r.root : NaN;
}

/**
 * Where the bracketing starts: the median of X, or for a mixture the median of its heaviest component (recursively):
 * a mixture's quantile is a bisection on its cdf (~0.2 ms), and the start only has to lie in the bulk.
 */
function startOf(x: Distribution): number {
  let spec = x.spec;
  while (spec.family === 'mixture') {
    const w = spec.weights;
    spec = spec.components[w.indexOf(Math.max(...w))];
  }
  if (spec === x.spec) return x.quantile(0.5);
  // a component whose median is beyond the double range (zeta with s = 1 + 1e-9: 2^{1e9}) cannot start it, the
  // mixture's own median can (random seed 675125007: NaN where the level is met at −0.84)
  const m = buildCached(spec).quantile(0.5);
  return Number.isFinite(m) ? m : x.quantile(0.5);
}

export function severityAt(x: Distribution, logTail: number): number {
  if (!(logTail < 0 && logTail > -Infinity)) return NaN;
  // decreasing in s; memoised: the bracket's ends are evaluated again by the checks below and by Brent
  const memo = new Map<number, number>();
  const f = (s: number): number => {
    let v = memo.get(s);
    if (v === undefined) memo.set(s, (v = x.logSf(s) - logTail));
    return v;
  };
  let lo = startOf(x);
  if (!Number.isFinite(lo)) return NaN;
  let hi = lo;
  // expansion with widths w·2^{i(i+1)/2}: F̄(s) = 1e-261 at s = 1e260 is bracketed in ~40 steps (doubling took ~860)
  let width = Math.max(1, Math.abs(lo));
  let factor = 2;
  if (f(lo) > 0) {
    for (let i = 0; i < 2100 && f(hi) > 0; i++) {
      if (hi === Number.MAX_VALUE || hi === x.support.upper) return NaN;
      lo = hi; hi = step(hi, width, x.support.upper, 1); width *= factor; factor *= 2;
    }
  } else {
    for (let i = 0; i < 2100 && f(lo) <= 0; i++) {
      if (lo === -Number.MAX_VALUE || lo === x.support.lower) return NaN;
      hi = lo; lo = step(lo, width, x.support.lower, -1); width *= factor; factor *= 2;
    }
  }
  if (!(f(lo) > 0 && f(hi) <= 0)) return NaN;
  const root = rootIn(f, lo, hi);
  if (Number.isFinite(root) && Math.abs(f(root)) <= TOL * Math.max(1, -logTail)) return root;
  // log F̄ jumps across ℓ (an atom, or the end of a component's support): the first point at or past the jump, by bisection
  for (let i = 0; i < 2200; i++) { // to adjacent doubles (≤ ~2,100 halvings across the whole double range)
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
