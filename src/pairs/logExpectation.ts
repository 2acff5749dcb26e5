/**
 * log E[e^{ℓ(V)}·1{lower < V < upper}] for V given by a spec, the one primitive behind every pair integral.
 * The spec is taken apart rather than integrated blindly: a mixture is the weighted log-sum of its
 * components, an affine map changes variables, atoms (point mass, categorical) are summed exactly, integer
 * families (Poisson, geometric, zeta) are summed term by term (integerSeries.ts), and each continuous
 * family is one log-space quadrature of logPdf + ℓ (logIntegrate, numerics/quadrature.ts), with breakpoints
 * at its quartiles and extremes and at the caller's points.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { integerSeries } from './integerSeries.ts';

/** A log-space result: log of the value, its relative error, and whether the method converged. */
export interface LogValue {
  readonly log: number;
  readonly relError: number;
  readonly converged: boolean;
  readonly reason?: string;
}

export interface LogExpectationOptions {
  /** open lower end of the range of V. Default: -Infinity */
  readonly lower?: number;
  /** open upper end of the range of V. Default: Infinity */
  readonly upper?: number;
  /** values of V where ℓ jumps or peaks */
  readonly breakpoints?: readonly number[];
  /** relative tolerance of each quadrature. Default: 1e-10 */
  readonly relTol?: number;
  /** ℓ is smooth between integers (allows the Euler–Maclaurin tail in long integer series). Default: false */
  readonly smooth?: boolean;
}

export type LogIntegrand = (v: number) => number;

/** A spec prepared once (factories built) for many expectations. */
export interface PreparedLaw {
  readonly spec: DistributionSpec;
  readonly dist: Distribution;
  logExpectation(ell: LogIntegrand, opts?: LogExpectationOptions): LogValue;
}

const EMPTY: LogValue = { log: -Infinity, relError: 0, converged: true };

/** Combine weighted pieces: log Σ w_i e^{l_i}, with the weighted relative error. */
export function combineLogValues(parts: readonly { logWeight: number; value: LogValue }[]): LogValue {
  const logs = parts.map((p) => p.logWeight + p.value.log);
  const log = logSumExp(logs);
  if (!(log > -Infinity) || !Number.isFinite(log)) {
    const bad = parts.find((p) => !p.value.converged);
    return { log, relError: Number.isNaN(log) ? NaN : 0, converged: !bad && !Number.isNaN(log), ...(bad?.value.reason ? { reason: bad.value.reason } : {}) };
  }
  let rel = 0;
  for (let i = 0; i < parts.length; i++) rel += Math.exp(logs[i] - log) * (parts[i].value.relError || 0);
  const bad = parts.find((p) => !p.value.converged);
  return { log, relError: rel, converged: !bad, ...(bad?.value.reason ? { reason: bad.value.reason } : {}) };
}

function atoms(values: readonly number[], probs: readonly number[], ell: LogIntegrand, lo: number, hi: number): LogValue {
  const parts = values.map((x, i) => ({ logWeight: Math.log(probs[i]), value: x > lo && x < hi ? { log: ell(x), relError: 0, converged: true } : EMPTY }));
  return combineLogValues(parts);
}

export function prepareLaw(spec: DistributionSpec): PreparedLaw {
  const dist = build(spec);
  let run: (ell: LogIntegrand, o: LogExpectationOptions) => LogValue;
  switch (spec.family) {
    case 'mixture': {
      const parts = spec.components.map(prepareLaw);
      run = (ell, o) => combineLogValues(parts.map((p, i) => ({ logWeight: Math.log(spec.weights[i]), value: p.logExpectation(ell, o) })));
      break;
    }
    case 'affine': {
      const base = prepareLaw(spec.base);
      const { loc, scale } = spec;
      run = (ell, o) => {
        const a = ((o.lower ?? -Infinity) - loc) / scale;
        const b = ((o.upper ?? Infinity) - loc) / scale;
        return base.logExpectation((y) => ell(loc + scale * y), {
          ...o,
          lower: Math.min(a, b),
          upper: Math.max(a, b),
          breakpoints: (o.breakpoints ?? []).map((x) => (x - loc) / scale),
        });
      };
      break;
    }
    case 'pointMass':
      run = (ell, o) => atoms([spec.x], [1], ell, o.lower ?? -Infinity, o.upper ?? Infinity);
      break;
    case 'categorical':
      run = (ell, o) => atoms(spec.values, spec.probs, ell, o.lower ?? -Infinity, o.upper ?? Infinity);
      break;
    case 'poisson':
    case 'geometric':
    case 'zeta':
      run = (ell, o) => integerSeries(dist, spec, ell, o);
      break;
    default:
      run = (ell, o) => continuous(dist, ell, o);
  }
  return { spec, dist, logExpectation: (ell, opts = {}) => run(ell, opts) };
}

const GUIDE_LEVELS = [1e-6, 0.25, 0.5, 0.75, 1 - 1e-6];

function continuous(d: Distribution, ell: LogIntegrand, o: LogExpectationOptions): LogValue {
  const lo = Math.max(o.lower ?? -Infinity, d.support.lower);
  const hi = Math.min(o.upper ?? Infinity, d.support.upper);
  if (!(lo < hi)) return EMPTY;
  const guides = [...GUIDE_LEVELS.map((p) => d.quantile(p)), ...(o.breakpoints ?? [])].filter((x) => x > lo && x < hi);
  let nan = false;
  const f = (v: number): number => {
    const lp = d.logPdf(v);
    if (lp === -Infinity) return -Infinity;
    const r = lp + ell(v);
    if (Number.isNaN(r)) {
      nan = true;
      return -Infinity;
    }
    return r;
  };
  const r = logIntegrate(f, lo, hi, { relTol: o.relTol ?? 1e-10, breakpoints: guides });
  if (nan) return { log: NaN, relError: NaN, converged: false, reason: 'log-integrand NaN inside the support' };
  return { log: r.log, relError: r.relError, converged: r.converged, ...(r.reason ? { reason: r.reason } : {}) };
}
