/**
 * E[V | X + V > t] for X ⊥ V as three log-space expectations over the law of V (src/pairs/logExpectation.ts),
 * with ℓ(v) = log F̄_X(t − v):
 *   log P  = log E[V·e^{ℓ(V)}; V > 0],   log N = log E[|V|·e^{ℓ(V)}; V < 0],   log D = log E[e^{ℓ(V)}] = log P(U > t),
 *   E[V | U > t] = e^{log P − log D} − e^{log N − log D},
 * the positive and negative parts joined only at the end, so the absolute error
 *   (e^{log P − log D}·rel_P + e^{log N − log D}·rel_N) + |value|·rel_D
 * stays meaningful when they cancel (E[V | U > t] ≈ 0), where a relative error of the signed numerator would be
 * infinite. Breakpoints at t − q_X(p) (p = 1e-9, ½, 1 − 1e-9), where F̄_X(t − v) turns from ~0 to ~1, as in
 * src/pairs/shiftPair.ts; `relTol` per quadrature (default 1e-8).
 */
import type { DistributionSpec } from '../../distributions/types.ts';
import { prepareLaw, type LogValue, type PreparedLaw } from '../../pairs/logExpectation.ts';
import type { ConditionalMean } from './conditionalMean.ts';
import { shiftedLogSf } from '../../pairs/shiftedLogSf.ts';

const prepared = new WeakMap<object, PreparedLaw>();
function lawOf(spec: DistributionSpec): PreparedLaw {
  let p = prepared.get(spec);
  if (!p) prepared.set(spec, (p = prepareLaw(spec)));
  return p;
}

const LEVELS = [1e-9, 0.5, 1 - 1e-9];
const failed = (reason: string, emptyEvent = false): ConditionalMean => ({ value: NaN, error: NaN, converged: false, reason, emptyEvent });

export function independentConditionalMean(x: DistributionSpec, v: DistributionSpec, t: number, relTol = 1e-8): ConditionalMean {
  const X = lawOf(x).dist;
  const V = lawOf(v);
  const breakpoints = LEVELS.map((p) => t - X.quantile(p)).filter(Number.isFinite);
  const smooth = X.support.kind === 'continuous';
  // An infinite v (an affine map of a far quadrature node overflowing) carries no mass: the density is 0 there,
  // and log|v| + log f = ∞ − ∞ must not turn into NaN.
  // log F̄_X(t − v), relative to log F̄_X(t) at large t (shiftedLogSf.ts: t − v and the log rounded otherwise)
  const sh = shiftedLogSf(X, V.dist, t);
  const ell = sh.ell;
  const opts = { breakpoints, smooth, relTol };
  const den = V.logExpectation(ell, opts);
  if (den.log === -Infinity && den.converged && sh.offset === 0) return failed(`P(U > ${t}) = 0`, true);
  const pos = V.logExpectation((s) => (Number.isFinite(s) ? ell(s) + Math.log(s) : -Infinity), { ...opts, lower: 0 });
  const neg = V.logExpectation((s) => (Number.isFinite(s) ? ell(s) + Math.log(-s) : -Infinity), { ...opts, upper: 0 });
  const bad = [den, pos, neg].find((r: LogValue) => !r.converged || Number.isNaN(r.log));
  if (bad) return failed(`E[V | U > ${t}]: ${bad.reason ?? `log value ${bad.log}`}`);
  if (!(den.log < Infinity)) return failed(`E[V | U > ${t}]: P(U > t) not finite (${den.log})`);
  const a = Math.exp(pos.log - den.log);
  const b = Math.exp(neg.log - den.log);
  const value = a - b;
  if (!Number.isFinite(value)) return { value, error: 0, converged: Number.isFinite(a) !== Number.isFinite(b), emptyEvent: false, reason: `E[V·1{U > t}] parts ${a}, −${b}` };
  // the rounding of log F̄_X(t − v) near the conditional mean (δ log units): weights move by e^{±δ}
  // at the conditional mean and E[|V| | U > t] either side of it (the hazard of X at t − v can grow across V's range)
  const reach = a + b;
  const delta = Math.max(sh.roundingAt(value), sh.roundingAt(value - reach), sh.roundingAt(value + reach));
  if (!(delta <= 0.01)) return failed(`E[V | U > ${t}]: log F̄_X(t − v) not resolved in double precision near v = ${value} (${delta} log units)`);
  const d = Math.expm1(delta);
  const error = a * (pos.relError || 0) + b * (neg.relError || 0) + Math.abs(value) * (den.relError || 0) + 2 * d * (a + b) + Math.abs(value) * d;
  return { value, error, converged: true, emptyEvent: false };
}
