/**
 * B(t) = E[X·1{X ≤ t}] in closed form, for the laws whose mean sits far out (a right tail with powerIndex just
 * above 1: μ ≫ t, so μ − E[X·1{X > t}] cancels every digit) and for the mixture components in whose left tail t
 * lies. The families' closed forms (Pareto, Lomax, Fréchet, Weibull, lognormal, normal, logistic, Laplace,
 * log-logistic) live in the kernel, src/distributions/closedLowerPartialMean.ts, which logLowerPartialMean uses
 * for every caller; this file walks the spec tree over them:
 *   affine loc + c·X, c > 0:  loc·P(X ≤ u) + c·B_X(u), u = (t − loc)/c;
 *   mixture:               Σ w_k B_k(t).
 * The parts of a mixture or affine map without a closed form (other families, reflections) go to the kernel part
 * by part. A signed sum that loses more than 3 digits (|B| < 1e-3 × its largest term, the kernel's rule), a law of
 * any other family, or a quadrature that does not converge, return undefined: the caller then uses the kernel on
 * the whole law. bulkPartialMean.test.ts checks every form against the kernel and mpmath.
 */
import { buildCached } from '../../claims/buildCached.ts';
import { closedLowerPartialMean } from '../../distributions/closedLowerPartialMean.ts';
import { logLowerPartialMean } from '../../distributions/lowerPartialMean.ts';
import { sumOf } from '../../distributions/signedSums.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { SIGNED_ZERO, type SignedLog } from '../../numerics/logspace.ts';

function leaf(spec: DistributionSpec, t: number): SignedLog | undefined {
  switch (spec.family) {
    case 'affine': {
      if (!(spec.scale > 0)) return undefined;
      const u = (t - spec.loc) / spec.scale;
      const inner = node(spec.base, u);
      if (inner === undefined) return undefined;
      const scaled: SignedLog = inner.sign === 0 ? SIGNED_ZERO : { log: inner.log + Math.log(spec.scale), sign: inner.sign };
      if (spec.loc === 0) return scaled;
      const logP = buildCached(spec.base).logCdf(u);
      return sumOf([scaled, { log: Math.log(Math.abs(spec.loc)) + logP, sign: spec.loc > 0 ? 1 : -1 }]);
    }
    case 'mixture': {
      const total = spec.weights.reduce((p, q) => p + q, 0);
      const terms: SignedLog[] = [];
      for (let k = 0; k < spec.components.length; k++) {
        if (!(spec.weights[k] > 0)) continue;
        const b = node(spec.components[k], t);
        if (b === undefined) return undefined;
        if (b.sign !== 0) terms.push({ log: b.log + Math.log(spec.weights[k] / total), sign: b.sign });
      }
      return sumOf(terms);
    }
    default:
      return closedLowerPartialMean(spec, t);
  }
}

/**
 * A part of the spec tree: its closed form, else the kernel on that part alone (built once per spec object; the
 * kernel tries μ − m(t) first, so only a part without a closed form and with cancellation is integrated).
 */
function node(spec: DistributionSpec, t: number): SignedLog | undefined {
  const closed = leaf(spec, t);
  if (closed !== undefined) return closed;
  const d = buildCached(spec);
  if (d.support.kind !== 'continuous') return undefined;
  const r = logLowerPartialMean(d, t);
  return Number.isNaN(r.log) ? undefined : r;
}

/** E[X·1{X ≤ t}] in closed form (see the file comment), or undefined where none applies; X with a density. */
export function logBulkPartialMean(x: Distribution, t: number): SignedLog | undefined {
  if (Number.isNaN(t) || x.support.kind !== 'continuous') return undefined;
  return leaf(x.spec, t);
}
