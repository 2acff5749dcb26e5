/**
 * E[V | X + V > t] for X ⊥ V, fast (claims.md §2 "T5, T6"): the same quantity as independentConditionalMean.ts,
 * E[V | U > t] = E[V F̄_X(t − V)]/E[F̄_X(t − V)], with V's spec tree taken apart here into parts i of weight w_i
 * (mixture components; affine maps carried as v = loc + scale·y down to the leaf; atoms exact; integer families on an
 * increasing branch by integerWindow.ts (exact window, bracketed pieces, closed-form far tail), otherwise by the series
 * of src/pairs/integerSeries.ts; continuous leaves by fastLeaf.ts, one set of nodes for all moments,
 * breakpoints placed from the known shapes). Each part gives D_i = E_i[F̄_X(t − V)] (log, relative error r_i) and
 * its own conditional mean m_i ± e_i; then E[V | U > t] = Σ π_i m_i with π_i = w_i D_i / Σ w_j D_j, and the error
 * Σ π_i (e_i + |m_i − value|·r_i).
 */
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { logSumExp } from '../../numerics/logspace.ts';
import { prepareLaw, type LogValue, type PreparedLaw } from '../../pairs/logExpectation.ts';
import type { ConditionalMean } from './conditionalMean.ts';
import { decreasingSeries } from './decreasingSeries.ts';
import { leafMean, type PartMean } from './fastLeaf.ts';
import { integerExtension } from './integerExtension.ts';
import { integerWindow } from './integerWindow.ts';
import { shiftedLogSf, type ShiftedLogSf } from '../../pairs/shiftedLogSf.ts';

const X_LEVELS = [1e-12, 1e-6, 0.01, 0.5, 0.99, 1 - 1e-6, 1 - 1e-12];
interface XInfo { X: Distribution; anchors: number[]; scale: number }
const xInfo = new WeakMap<object, XInfo>();
const prepared = new WeakMap<object, PreparedLaw>();

/** X built once per spec, with anchors (quantiles, finite ends) and a scale (IQR, else the 1e-6…1 − 1e-6 range, else 1). */
export function xOf(spec: DistributionSpec): XInfo {
  let r = xInfo.get(spec);
  if (!r) {
    const X = build(spec);
    const q = X_LEVELS.map((p) => X.quantile(p));
    const anchors = [...q, X.support.lower, X.support.upper].filter(Number.isFinite);
    const iqr = X.quantile(0.75) - X.quantile(0.25);
    const wide = q[5] - q[1];
    const scale = iqr > 0 && Number.isFinite(iqr) ? iqr : wide > 0 && Number.isFinite(wide) ? wide : 1;
    xInfo.set(spec, (r = { X, anchors, scale }));
  }
  return r;
}

const builtLaws = new WeakMap<object, Distribution>();
function builtOf(spec: DistributionSpec): Distribution {
  let d = builtLaws.get(spec);
  if (!d) builtLaws.set(spec, (d = build(spec)));
  return d;
}

function preparedOf(spec: DistributionSpec): PreparedLaw {
  let p = prepared.get(spec);
  if (!p) prepared.set(spec, (p = prepareLaw(spec)));
  return p;
}

const exact = (log: number): LogValue => ({ log, relError: 0, converged: true });

interface Part { readonly logWeight: number; readonly m: PartMean }

function atom(sh: ShiftedLogSf, v: number): PartMean {
  return { den: exact(sh.ell(v)), mean: v, meanError: 0, evaluations: 1, spread: 0 };
}

/** The parts of V's law (with log weights) on the branch v = loc + scale·y of the spec tree. */
function walk(spec: DistributionSpec, xi: XInfo, sh: ShiftedLogSf, t: number, loc: number, scale: number, logWeight: number, relTol: number, out: Part[]): void {
  const X = xi.X;
  switch (spec.family) {
    case 'mixture':
      spec.components.forEach((c, i) => walk(c, xi, sh, t, loc, scale, logWeight + Math.log(spec.weights[i]), relTol, out));
      return;
    case 'affine':
      walk(spec.base, xi, sh, t, loc + scale * spec.loc, scale * spec.scale, logWeight, relTol, out);
      return;
    case 'pointMass':
      out.push({ logWeight, m: atom(sh, loc + scale * spec.x) });
      return;
    case 'categorical':
      spec.values.forEach((x, i) => out.push({ logWeight: logWeight + Math.log(spec.probs[i]), m: atom(sh, loc + scale * x) }));
      return;
    case 'poisson':
    case 'geometric':
    case 'zeta': {
      // support on the integers y ≥ 0: E[Y | …] = E[Y e^ℓ]/E[e^ℓ], no cancellation. Only y with t − v(y) < sup X carry
      // weight; the series starts there. A series whose weight sits more than 2e5 terms out is not summed.
      const law = preparedOf(spec);
      const ell = (y: number): number => sh.ell(loc + scale * y);
      const cut = (t - X.support.upper - loc) / scale;
      const range = scale > 0 ? { lower: Number.isFinite(cut) ? Math.max(cut, -1) : -1 } : { upper: Number.isFinite(cut) ? cut : Infinity };
      if ((range.upper ?? Infinity) < 0) {
        out.push({ logWeight, m: { den: exact(-Infinity), mean: NaN, meanError: NaN, evaluations: 0 } });
        return;
      }
      const start = Math.max(range.lower ?? 0, 0);
      // increasing branch: exact window where F̄_X(t − v) turns on, closed-form tail beyond (integerWindow.ts)
      // (not in offset mode: the window's bounds take F̄_X ≤ 1, shiftedLogSf.ts)
      const windowed = scale > 0 && sh.offset === 0 ? integerWindow(builtOf(spec), ell, loc, scale, xi.anchors.map((q) => (t - q - loc) / scale)) : undefined;
      if (windowed) {
        out.push({ logWeight, m: windowed });
        return;
      }
      // ℓ(y) increases with y when scale > 0: the weight may then sit as far out as the images of X's quantiles
      const far = scale > 0 ? Math.max(...xi.anchors.map((q) => (t - q - loc) / scale)) : 0;
      if ((spec.family === 'zeta' && far - start > 2e5) || start > 2e5) {
        out.push({ logWeight, m: { den: { log: NaN, relError: NaN, converged: false, reason: `integer series: weight ${far} terms out (over 2e5)` }, mean: NaN, meanError: NaN, evaluations: 0 } });
        return;
      }
      if (scale < 0 && range.upper === Infinity && X.support.kind === 'continuous' && (integerExtension(spec)?.monotoneFrom ?? Infinity) < 1e5) {
        out.push({ logWeight, m: decreasingIntegerPart(spec, ell, loc, scale, relTol) });
        return;
      }
      const opts = { smooth: X.support.kind === 'continuous', relTol, ...range };
      const den = law.logExpectation(ell, opts);
      const first = law.logExpectation((y) => ell(y) + Math.log(y), { ...opts, lower: Math.max(range.lower ?? 0, 0) });
      const ey = first.log === -Infinity ? 0 : Math.exp(first.log - den.log);
      const ok = den.converged && first.converged;
      const m: PartMean = ok
        ? { den, mean: loc + scale * ey, meanError: Math.abs(scale) * ey * ((first.relError || 0) + (den.relError || 0)), evaluations: 0, spread: 2 * Math.abs(scale) * ey }
        : { den: { ...den, converged: false, reason: den.reason ?? first.reason }, mean: NaN, meanError: NaN, evaluations: 0 };
      out.push({ logWeight, m });
      return;
    }
    default:
      out.push({ logWeight, m: leafMean(spec, X, xi.anchors, xi.scale, t, loc, scale, relTol, sh) });
  }
}

/**
 * An integer part Y of V on a decreasing branch v = loc + scale·y, scale < 0, X continuous and unbounded above:
 * F̄_X(t − v(y)) is non-increasing in y, and so are the pmf and y·pmf past the family's mode (integerExtension.ts),
 * so both sums take the integral-test bracket of decreasingSeries.ts instead of up to 2e5 exact terms.
 */
function decreasingIntegerPart(spec: DistributionSpec, ell: (y: number) => number, loc: number, scale: number, relTol: number): PartMean {
  const ext = integerExtension(spec);
  const fail = (den: LogValue): PartMean => ({ den: { ...den, converged: false }, mean: NaN, meanError: NaN, evaluations: 0 });
  if (!ext) return fail({ log: NaN, relError: NaN, converged: false, reason: `no extension for ${spec.family}` });
  const n = Math.max(3000, ext.monotoneFrom - ext.first + 2);
  const den = decreasingSeries((k) => ext.logPmf(k) + ell(k), (x) => ext.logPmf(x) + ell(x), ext.first, relTol, n);
  if (!den.converged) return fail(den);
  if (den.log === -Infinity) return { den, mean: NaN, meanError: NaN, evaluations: 0 };
  const first = decreasingSeries((k) => ext.logPmf(k) + ell(k) + Math.log(k), (x) => ext.logPmf(x) + ell(x) + Math.log(x), Math.max(ext.first, 1), relTol, n);
  if (!first.converged) return fail({ ...den, reason: first.reason });
  const ey = first.log === -Infinity ? 0 : Math.exp(first.log - den.log);
  return { den, mean: loc + scale * ey, meanError: Math.abs(scale) * ey * (first.relError + den.relError), evaluations: 0, spread: 2 * Math.abs(scale) * ey };
}

const failed = (reason: string, emptyEvent = false): ConditionalMean => ({ value: NaN, error: NaN, converged: false, reason, emptyEvent });

/**
 * E[V | X + V > t] for independent X ~ x, V ~ v, with its absolute error; `emptyEvent` when P(X + V > t) = 0.
 * @example conditionalMeanFast({ family: 'exponential', rate: 1 }, { family: 'normal', mu: 0, sigma: 1 }, 50).value // ≈ 1 (λσ² = 1)
 */
export function conditionalMeanFast(x: DistributionSpec, v: DistributionSpec, t: number, relTol = 1e-9): ConditionalMean {
  const parts: Part[] = [];
  const sh = shiftedLogSf(xOf(x).X, builtOf(v), t);
  walk(v, xOf(x), sh, t, 0, 1, 0, relTol, parts);
  const bad = parts.find((p) => !p.m.den.converged || Number.isNaN(p.m.den.log));
  if (bad) return failed(`E[V | U > ${t}]: ${bad.m.den.reason ?? `log value ${bad.m.den.log}`}`);
  const logs = parts.map((p) => p.logWeight + p.m.den.log);
  const L = logSumExp(logs);
  if (L === -Infinity && sh.offset === 0) {
    // empty only when sup X + sup V ≤ t; otherwise the parts' logs fell below what they resolve (double-exponential tails)
    const room = xOf(x).X.support.upper + builtOf(v).support.upper;
    return room > t ? failed(`E[V | U > ${t}]: log P(U > t) not resolved (every part −∞ although sup X + sup V = ${room} > t)`) : failed(`P(U > ${t}) = 0`, true);
  }
  if (!Number.isFinite(L)) return failed(`E[V | U > ${t}]: log P(U > t) = ${L}`);
  // E[V | U > t] = Σ π_i m_i, π_i ∝ w_i D_i; a relative error r_i of D_i moves it by π_i (m_i − value) r_i
  let value = 0;
  const pis = logs.map((l) => Math.exp(l - L));
  parts.forEach((p, i) => {
    if (pis[i] > 0) value += pis[i] * p.m.mean;
  });
  // the rounding of F̄_X(t − v) (t − v to ulp(t), the log to ε·|log F̄|; shiftedLogSf.ts), δ log units at the
  // part's mean: its weight moves by e^{±δ} (relative error δ' = e^δ − 1) and its mean by up to 2δ'·spread
  let error = 0;
  for (let i = 0; i < parts.length; i++) {
    if (!(pis[i] > 0)) continue;
    const p = parts[i].m;
    const spread = p.spread ?? Math.abs(p.mean) + p.meanError;
    // at the mean and one spread either side: the hazard of X at t − v can grow across the part (ratio-light X)
    const delta = Math.max(sh.roundingAt(p.mean), sh.roundingAt(p.mean - spread), sh.roundingAt(p.mean + spread));
    if (!(delta <= 0.01)) return failed(`E[V | U > ${t}]: log F̄_X(t − v) not resolved in double precision near v = ${p.mean} (rounding ${delta} log units: ulp(t)·hazard + ε·|log F̄_X|)`);
    const d = Math.expm1(delta);
    error += pis[i] * (p.meanError + 2 * d * spread + Math.abs(p.mean - value) * ((p.den.relError || 0) + d));
  }
  if (!Number.isFinite(value) || !Number.isFinite(error)) return { value, error, converged: false, emptyEvent: false, reason: `E[V | U > ${t}] = ${value} ± ${error}` };
  return { value, error, converged: true, emptyEvent: false };
}
