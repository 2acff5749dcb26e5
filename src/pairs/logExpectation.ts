/**
 * log E[e^{ℓ(V)}·1{lower < V < upper}] for V given by a spec, the one primitive behind every pair integral.
 * The spec is taken apart rather than integrated blindly: a mixture is the weighted log-sum of its
 * components, an affine map changes variables, atoms (point mass, categorical) are summed exactly, integer
 * families (Poisson, geometric, zeta) are summed term by term (integerSeries.ts), and each continuous
 * family is one log-space quadrature of logPdf + ℓ (logIntegrate, numerics/quadrature.ts), with breakpoints
 * at its quartiles and extremes and at the caller's points.
 *
 * Integrable singularities of the density at a finite end of the support (Beta with α < 1 or β < 1, Weibull
 * with k < 1, Gamma with shape < 1: f ~ c·d^{p−1}, d the distance to the end) are split off and integrated in
 * s = log d, where the integrand e^{s}·f ~ e^{ps} is smooth and decays exponentially as s → −∞ (the
 * substitution of QUADPACK-style log-weight handling; cf. Davis & Rabinowitz §2.12). At the upper end the
 * density is taken from the reflected law (Beta(b, a) at 1 − v for the beta family), so a distance below
 * ulp(1) keeps its resolution; other families fall back to logPdf(upper − d).
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
    case 'beta': {
      const reflected = build({ family: 'beta', alpha: spec.beta, beta: spec.alpha });
      run = (ell, o) => continuous(dist, ell, o, (w) => reflected.logPdf(w));
      break;
    }
    default:
      run = (ell, o) => continuous(dist, ell, o);
  }
  return { spec, dist, logExpectation: (ell, opts = {}) => run(ell, opts) };
}

const GUIDE_LEVELS = [1e-6, 0.25, 0.5, 0.75, 1 - 1e-6];

/**
 * Does log g(d) grow as d → 0⁺ (an infinite density at that end)? g at distances 1e-12·span and 1e-6·span:
 * a power law d^{p−1} rises by (1 − p)·13.8 between them; a finite density by about its slope·1e-6·span.
 */
function singularAtEnd(logDensityAtDistance: (d: number) => number, span: number): boolean {
  const near = logDensityAtDistance(1e-12 * span);
  const far = logDensityAtDistance(1e-6 * span);
  return near === Infinity || (Number.isFinite(near) && Number.isFinite(far) && near - far > 1e-3);
}

/** A split point between a singular end and the bulk: the median when it lies inside (lo, hi), else the midpoint. */
function splitPoint(d: Distribution, lo: number, hi: number): number {
  const median = d.quantile(0.5);
  if (median > lo && median < hi) return median;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return lo + (hi - lo) / 2;
  return Number.isFinite(lo) ? lo + Math.max(1, Math.abs(lo)) : hi - Math.max(1, Math.abs(hi));
}

/**
 * ∫ e^{f(v)} dv over the piece at distances dMin…dMax from the end `at` of the support, in s = log|v − at|:
 * ∫_{log dMin}^{log dMax} e^{logDensityAtDistance(e^s) + ell(at ± e^s) + s} ds (dMin = 0 when the range
 * reaches the end). Breakpoints map to log|b − at|.
 */
function endPiece(
  logDensityAtDistance: (d: number) => number,
  ell: LogIntegrand,
  at: number,
  direction: 1 | -1,
  dMin: number,
  dMax: number,
  breakpoints: readonly number[],
  relTol: number,
  onNaN: () => void,
  densityOfDistance: boolean,
): LogValue {
  const g = (s: number): number => {
    const distance = Math.exp(s);
    const v = at + direction * distance;
    // when the density is evaluated through v, a distance below the resolution of v is dropped (its mass is
    // ~ulp^p); a density of the distance itself (the reflected law) keeps it, and ℓ is evaluated at the rounded v
    if (distance === 0 || (v === at && !densityOfDistance)) return -Infinity;
    const lp = logDensityAtDistance(distance);
    if (lp === -Infinity) return -Infinity;
    const r = lp + ell(v) + s;
    if (Number.isNaN(r)) {
      onNaN();
      return -Infinity;
    }
    return r;
  };
  const sMin = Math.log(dMin);
  const sMax = Math.log(dMax);
  const bps = breakpoints.map((b) => Math.log(direction * (b - at))).filter((x) => x > sMin && x < sMax);
  const r = logIntegrate(g, sMin, sMax, { relTol, breakpoints: bps });
  return { log: r.log, relError: r.relError, converged: r.converged, ...(r.reason ? { reason: r.reason } : {}) };
}

function continuous(d: Distribution, ell: LogIntegrand, o: LogExpectationOptions, upperReflected?: (w: number) => number): LogValue {
  const lo = Math.max(o.lower ?? -Infinity, d.support.lower);
  const hi = Math.min(o.upper ?? Infinity, d.support.upper);
  if (!(lo < hi)) return EMPTY;
  const relTol = o.relTol ?? 1e-10;
  const guides = [...GUIDE_LEVELS.map((p) => d.quantile(p)), ...(o.breakpoints ?? [])].filter((x) => x > lo && x < hi);
  let nan = false;
  const onNaN = (): void => {
    nan = true;
  };
  const f = (v: number): number => {
    const lp = d.logPdf(v);
    if (lp === -Infinity) return -Infinity;
    const r = lp + ell(v);
    if (Number.isNaN(r)) {
      onNaN();
      return -Infinity;
    }
    return r;
  };
  const mid = splitPoint(d, lo, hi);
  // an end of the support with an infinite density, when the range reaches it or stops close to it
  const end0 = d.support.lower;
  const end1 = d.support.upper;
  const lowerDensity = (w: number): number => d.logPdf(end0 + w);
  const upperDensity = upperReflected ?? ((w: number): number => d.logPdf(end1 - w));
  const lowerSingular = Number.isFinite(end0) && lo - end0 < (mid - end0) / 2 && singularAtEnd(lowerDensity, mid - end0);
  const upperSingular = Number.isFinite(end1) && end1 - hi < (end1 - mid) / 2 && singularAtEnd(upperDensity, end1 - mid);
  let r: LogValue;
  if (!lowerSingular && !upperSingular) {
    const whole = logIntegrate(f, lo, hi, { relTol, breakpoints: guides });
    r = { log: whole.log, relError: whole.relError, converged: whole.converged, ...(whole.reason ? { reason: whole.reason } : {}) };
  } else {
    // the singular end(s) in log distance, the rest as before
    const a = lowerSingular ? (lo + mid) / 2 : lo;
    const b = upperSingular ? (mid + hi) / 2 : hi;
    const parts: LogValue[] = [];
    if (lowerSingular) parts.push(endPiece(lowerDensity, ell, end0, 1, lo - end0, a - end0, guides, relTol, onNaN, end0 === 0));
    const inner = logIntegrate(f, a, b, { relTol, breakpoints: guides.filter((x) => x > a && x < b) });
    parts.push({ log: inner.log, relError: inner.relError, converged: inner.converged, ...(inner.reason ? { reason: inner.reason } : {}) });
    if (upperSingular) parts.push(endPiece(upperDensity, ell, end1, -1, end1 - hi, end1 - b, guides, relTol, onNaN, upperReflected !== undefined));
    r = combineLogValues(parts.map((value) => ({ logWeight: 0, value })));
  }
  if (nan) return { log: NaN, relError: NaN, converged: false, reason: 'log-integrand NaN inside the support' };
  return r;
}
