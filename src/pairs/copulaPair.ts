/**
 * Comonotone and countermonotone pairs: X = F_X⁻¹(W), V = F_V⁻¹(W) (or F_V⁻¹(1 − W)), W uniform.
 * Every quantity is a 1-D integral over W, written in the logit y = log(W/(1 − W)) so that both ends keep
 * their resolution (W = σ(y), 1 − W = σ(−y), dW = σ(y)σ(−y)dy):
 *   P(U > t) = |{w : s(w) > t}| with s(w) = q_X(w) + q_V(w′), found on a logit grid and refined by bisection;
 *   E[V·1{U > t}] = ∫_{s > t} q_V(w′) dw;  E[e^{θU}] = ∫ e^{θs(w)} dw;  tilted means as ratios.
 * Limits (stated, not hidden): y is confined to [−700, 36.7] ([−36.7, 36.7] for countermonotone pairs; W
 * within 1e-16 of 1 is not resolved), so
 * P(U > t) below ~1e-16 reads as 0 and the integrals miss the mass beyond; level sets are found on a
 * 400-point grid, so an excursion of s narrower than the grid spacing can be missed.
 * The ends c of the level set {s > t} are only as good as s(c): s is rounded to ε|s| and W = σ(c) to ε, so c is
 * uncertain by Δc = ε|s(c)|/|s′(c)| + ε/(σ(c)σ(−c)) (s′ by a central difference). That moves P(U > t) by
 * σ(c)σ(−c)·Δc and E[V·1{U > t}] by |q_V(c)|·σ(c)σ(−c)·Δc, added to their errors (at large t these dominate).
 */
import type { Distribution } from '../distributions/types.ts';
import { log1pExp, logSumExp } from '../numerics/logspace.ts';
import { integrate, logIntegrate } from '../numerics/quadrature.ts';
import { atMostZero, exact, failed } from './estimate.ts';
import type { Estimate, Pair, PairSpec } from './types.ts';

/** σ(36.7) is the last logit whose W (and 1 − W) is still distinct from 1 in double precision. */
const Y_TOP = 36.7;

function gridOf(yMin: number): number[] {
  return Array.from({ length: 401 }, (_, i) => yMin + ((Y_TOP - yMin) * i) / 400)
    .concat(Array.from({ length: 147 }, (_, i) => -36.5 + i / 2))
    .filter((y) => y >= yMin)
    .sort((a, b) => a - b);
}

const sigmoid = (y: number): number => (y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y)));
/** log dW/dy = log σ(y)σ(−y) */
const logJacobian = (y: number): number => -log1pExp(-y) - log1pExp(y);

/** The y-intervals on which fn(y) > level (grid scan, bisection to 60 halvings). */
export function superLevelSet(fn: (y: number) => number, level: number, yMin: number): [number, number][] {
  const GRID = gridOf(yMin);
  const above = GRID.map((y) => fn(y) > level);
  const out: [number, number][] = [];
  const cross = (a: number, b: number, aAbove: boolean): number => {
    for (let i = 0; i < 60; i++) {
      const m = (a + b) / 2;
      if (fn(m) > level === aAbove) a = m;
      else b = m;
    }
    return (a + b) / 2;
  };
  let start: number | undefined = above[0] ? yMin : undefined;
  for (let i = 1; i < GRID.length; i++) {
    if (above[i] === above[i - 1]) continue;
    const c = cross(GRID[i - 1], GRID[i], above[i - 1]);
    if (above[i]) start = c;
    else {
      out.push([start!, c]);
      start = undefined;
    }
  }
  if (start !== undefined) out.push([start, Y_TOP]);
  return out;
}

/** log |{σ(y) : y ∈ (a, b)}| = log(σ(b) − σ(a)), using σ(b) − σ(a) = σ(−a) − σ(−b) above 0. */
function logMeasure(a: number, b: number): number {
  const d = a >= 0 ? sigmoid(-a) - sigmoid(-b) : sigmoid(b) - sigmoid(a);
  return Math.log(d);
}

/** Quadrature budget per integral: quantiles of mixtures and discrete laws are costly, and a jump-ridden
 * integrand that has not converged by then is reported as such rather than refined for minutes. */
const BUDGET = 30_000;

/** f with its values remembered (the level-set grid and repeated thresholds re-use the same y). */
function remembered(f: (y: number) => number): (y: number) => number {
  const seen = new Map<number, number>();
  return (y) => {
    let r = seen.get(y);
    if (r === undefined) {
      r = f(y);
      if (seen.size < 100_000) seen.set(y, r);
    }
    return r;
  };
}

export function copulaPair(spec: PairSpec, X: Distribution, V: Distribution, counter: boolean): Pair {
  const qX = remembered((y) => X.quantile(sigmoid(y)));
  const qV = remembered((y) => V.quantile(counter ? sigmoid(-y) : sigmoid(y)));
  const s = (y: number): number => qX(y) + qV(y);
  // W is resolved down to ~1e-304 but 1 − W only to ~1e-16: a countermonotone V needs 1 − W at small W.
  const yMin = counter ? -Y_TOP : -700;
  const logSf = (t: number): number => atMostZero(logSumExp(superLevelSet(s, t, yMin).map(([a, b]) => logMeasure(a, b))));

  const integral = (h: (y: number) => number, pieces: [number, number][]): Estimate => {
    let value = 0;
    let error = 0;
    let reason: string | undefined;
    for (const [a, b] of pieces) {
      const r = integrate((y) => {
        const hy = h(y);
        return hy === 0 ? 0 : hy * Math.exp(logJacobian(y));
      }, a, b, { relTol: 1e-10, breakpoints: [0], maxEvaluations: BUDGET });
      value += r.value;
      error += r.error;
      if (!r.converged) reason ??= r.reason ?? 'quadrature did not converge';
    }
    return reason ? { value, error, converged: false, reason } : { value, error, converged: true };
  };
  const whole: [number, number][] = [[yMin, Y_TOP]];

  function logMgfU(theta: number): Estimate {
    if (theta === 0) return exact(0);
    const mx = X.logMgf(theta);
    const mv = V.logMgf(theta);
    // Comonotone: e^{θV} is bounded below on W > ½, so E[e^{θU}] = ∞ when E[e^{θX}] = ∞ (and symmetrically).
    if (!counter && (mx === Infinity || mv === Infinity)) return exact(Infinity);
    if (counter && ((mx === Infinity && V.support.lower > -Infinity && theta > 0) || (mv === Infinity && X.support.lower > -Infinity && theta > 0))) {
      return exact(Infinity);
    }
    const r = logIntegrate((y) => theta * s(y) + logJacobian(y), yMin, Y_TOP, { relTol: 1e-10, breakpoints: [0], maxEvaluations: BUDGET });
    return { value: r.log, error: r.relError, converged: r.converged, ...(r.reason ? { reason: r.reason } : {}) };
  }

  function tilted(theta: number, h: (y: number) => number, what: string): Estimate {
    const lm = logMgfU(theta);
    if (lm.value === Infinity) return failed(`${what}: not normalisable, E[e^{θU}] = ∞ at θ = ${theta}`);
    if (!lm.converged) return failed(`${what}: E[e^{θU}] not resolved (${lm.reason ?? 'no convergence'})`);
    const r = integral((y) => h(y) * Math.exp(theta * s(y) - lm.value), whole);
    return r;
  }

  /** Δc·σ(c)σ(−c) at each finite end c of the level set, with |q_V(c)| (file comment). */
  const endShifts = (pieces: [number, number][]): { dw: number; dv: number }[] =>
    pieces.flat().filter((c) => c > yMin && c < Y_TOP).map((c) => {
      const h = 1e-4 * Math.max(1, Math.abs(c));
      const slope = Math.abs(s(c + h) - s(c - h)) / (2 * h);
      const jac = Math.exp(logJacobian(c));
      const dc = (Number.EPSILON * Math.abs(s(c))) / slope + Number.EPSILON / jac;
      const dw = Number.isFinite(dc) ? dc * jac : Infinity;
      return { dw, dv: dw === Infinity ? Infinity : dw * Math.abs(qV(c)) };
    });
  const partialV = (t: number): Estimate => {
    const pieces = superLevelSet(s, t, yMin);
    const r = integral(qV, pieces);
    const extra = endShifts(pieces).reduce((acc, e) => acc + e.dv, 0);
    return { ...r, error: r.error + extra };
  };
  function logSfEstimate(t: number): Estimate {
    const pieces = superLevelSet(s, t, yMin);
    const value = atMostZero(logSumExp(pieces.map(([a, b]) => logMeasure(a, b))));
    if (value === -Infinity) return { value, error: 0, converged: true };
    const rel = endShifts(pieces).reduce((acc, e) => acc + e.dw, 0) / Math.exp(value);
    if (!(rel <= 0.01)) return failed(`log P(U > ${t}): the ends of {s(W) > t} not resolved in double precision (relative error ${rel})`);
    return { value, error: rel, converged: true };
  }
  return {
    spec,
    x: X,
    v: V,
    u: {
      logSf,
      sf: (t) => Math.exp(logSf(t)),
      logCdf: (t) => Math.log1p(-Math.exp(logSf(t))),
      cdf: (t) => -Math.expm1(logSf(t)),
      mean: () => X.mean() + V.mean(),
      sample: (rng) => {
        const w = rng();
        return X.quantile(w) + V.quantile(counter ? 1 - w : w);
      },
    },
    partialV,
    conditionalV(t) {
      const ls = logSfEstimate(t);
      if (ls.value === -Infinity) return failed(`E[V | U > ${t}]: P(U > t) is 0 to the resolution of the W grid (1e-16)`);
      if (!ls.converged) return failed(`E[V | U > ${t}]: ${ls.reason}`);
      const p = partialV(t);
      const q = Math.exp(ls.value);
      const value = p.value / q;
      return { ...p, value, error: p.error / q + Math.abs(value) * Math.expm1(ls.error) };
    },
    logSfEstimate,
    logMgfU,
    tiltedMeanV: (theta) => (theta === 0 ? exact(V.mean()) : tilted(theta, qV, 'tiltedMeanV')),
    tiltedMeanU: (theta) => (theta === 0 ? exact(X.mean() + V.mean()) : tilted(theta, s, 'tiltedMeanU')),
    sample(rng) {
      const w = rng();
      return [X.quantile(w), V.quantile(counter ? 1 - w : w)];
    },
  };
}
