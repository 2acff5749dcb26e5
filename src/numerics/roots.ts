/**
 * Root finding: Brent–Dekker on a sign change, bisection on log x for monotone problems spanning
 * hundreds of decades, and geometric bracket expansion. All total: they report, never throw.
 */

export interface RootResult {
  root: number;
  iterations: number;
  converged: boolean;
  /** f(lo) and f(hi) had opposite signs (or one was 0) */
  bracketed: boolean;
  reason?: string;
}

export interface BrentOptions {
  /** absolute x tolerance; default 0 (only the relative tolerance) */
  xTol?: number;
  /** relative x tolerance; default 4ε */
  rTol?: number;
  /** default 200 */
  maxIterations?: number;
}

/**
 * Brent–Dekker zero finder (R. P. Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4,
 * procedure `zero`): inverse quadratic interpolation or secant steps, falling back to bisection, on a
 * bracket [lo, hi] with f(lo)·f(hi) ≤ 0. Without a sign change it returns {bracketed: false}.
 * @example brent((x) => x * x - 2, 0, 2).root // 1.4142135623730951
 */
export function brent(f: (x: number) => number, lo: number, hi: number, opts?: BrentOptions): RootResult {
  const xTol = opts?.xTol ?? 0;
  const rTol = opts?.rTol ?? 4 * Number.EPSILON;
  const maxIt = opts?.maxIterations ?? 200;
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (Number.isNaN(fa) || Number.isNaN(fb) || Number.isNaN(a) || Number.isNaN(b))
    return { root: NaN, iterations: 0, converged: false, bracketed: false, reason: `f is NaN at an end (f(${a}) = ${fa}, f(${b}) = ${fb})` };
  if (fa === 0) return { root: a, iterations: 0, converged: true, bracketed: true };
  if (fb === 0) return { root: b, iterations: 0, converged: true, bracketed: true };
  if (Math.sign(fa) === Math.sign(fb))
    return { root: NaN, iterations: 0, converged: false, bracketed: false, reason: `no sign change: f(${a}) = ${fa}, f(${b}) = ${fb}` };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let it = 1; it <= maxIt; it++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = e = b - a;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tol = 2 * rTol * Math.abs(b) + 0.5 * xTol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return { root: b, iterations: it, converged: true, bracketed: true };
    if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
      d = e = m;
    } else {
      let p: number;
      let q: number;
      const s = fb / fa;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < 3 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * e * q)) {
        e = d;
        d = p / q;
      } else d = e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (Number.isNaN(fb)) return { root: NaN, iterations: it, converged: false, bracketed: true, reason: `f(${b}) is NaN` };
  }
  return { root: b, iterations: maxIt, converged: false, bracketed: true, reason: `no convergence in ${maxIt} iterations` };
}

export interface LogBisection {
  /** log of the root: the midpoint of the final [logLo, logHi] */
  logRoot: number;
  logLo: number;
  logHi: number;
  iterations: number;
  converged: boolean;
  bracketed: boolean;
  reason?: string;
}

/**
 * Bisection in y = log x for g(y) monotone with a sign change on [logLo, logHi] (g takes log x, so x may
 * itself overflow: t up to 1e300 and far beyond). Each step halves the log-interval; it stops after `steps`
 * steps or when the midpoint no longer differs from an end. converged: the final log-interval is within
 * 4ε·max(1, |y|) (it always shrinks geometrically, so `steps` = 200 suffices for any double range).
 * @example bisectLog((y) => y - Math.log(1e200), 0, 1000, 200).logRoot // 460.5170185988091
 */
export function bisectLog(g: (logX: number) => number, logLo: number, logHi: number, steps = 200): LogBisection {
  let lo = Math.min(logLo, logHi);
  let hi = Math.max(logLo, logHi);
  const glo = g(lo);
  const ghi = g(hi);
  const base = { logLo: lo, logHi: hi, iterations: 0 };
  if (Number.isNaN(glo) || Number.isNaN(ghi) || Number.isNaN(lo) || Number.isNaN(hi))
    return { ...base, logRoot: NaN, converged: false, bracketed: false, reason: `g is NaN at an end (g(${lo}) = ${glo}, g(${hi}) = ${ghi})` };
  if (glo === 0 || ghi === 0) return { ...base, logRoot: glo === 0 ? lo : hi, converged: true, bracketed: true };
  if (Math.sign(glo) === Math.sign(ghi))
    return { ...base, logRoot: NaN, converged: false, bracketed: false, reason: `no sign change: g(${lo}) = ${glo}, g(${hi}) = ${ghi}` };
  const sLo = Math.sign(glo);
  let it = 0;
  for (; it < steps; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    const gm = g(mid);
    if (Number.isNaN(gm)) return { logRoot: NaN, logLo: lo, logHi: hi, iterations: it + 1, converged: false, bracketed: true, reason: `g(${mid}) is NaN` };
    if (gm === 0) return { logRoot: mid, logLo: mid, logHi: mid, iterations: it + 1, converged: true, bracketed: true };
    if (Math.sign(gm) === sLo) lo = mid;
    else hi = mid;
  }
  const logRoot = 0.5 * (lo + hi);
  const converged = hi - lo <= 4 * Number.EPSILON * Math.max(1, Math.abs(logRoot));
  const out: LogBisection = { logRoot, logLo: lo, logHi: hi, iterations: it, converged, bracketed: true };
  if (!converged) out.reason = `log-interval [${lo}, ${hi}] still wide after ${steps} steps`;
  return out;
}

export interface BracketOptions {
  /** initial width of the bracket [x0, x0 + step]; default max(1, |x0|)·0.1 */
  step?: number;
  /** growth factor per step; default 2 */
  factor?: number;
  /** default 200 */
  maxSteps?: number;
  /** the domain; ends approach a finite bound geometrically and never reach it (defaults ±Infinity) */
  lower?: number;
  upper?: number;
}

export interface Bracket {
  lo: number;
  hi: number;
  fLo: number;
  fHi: number;
  bracketed: boolean;
  steps: number;
  reason?: string;
}

/**
 * Geometric bracket expansion (Numerical Recipes §9.1 `zbrac`): starting from [x0, x0 + step], move the end
 * with the smaller |f| outward by `factor` times the current width until f changes sign.
 * Toward a finite bound the end moves to bound + (end − bound)/factor (geometric in the gap).
 */
export function expandBracket(f: (x: number) => number, x0: number, opts?: BracketOptions): Bracket {
  const factor = opts?.factor ?? 2;
  const maxSteps = opts?.maxSteps ?? 200;
  const lower = opts?.lower ?? -Infinity;
  const upper = opts?.upper ?? Infinity;
  let lo = x0;
  let hi = Math.min(x0 + (opts?.step ?? 0.1 * Math.max(1, Math.abs(x0))), upper === Infinity ? Infinity : x0 + (upper - x0) / factor);
  let fLo = f(lo);
  let fHi = f(hi);
  for (let steps = 0; ; steps++) {
    if (Number.isNaN(fLo) || Number.isNaN(fHi) || !(lo < hi))
      return { lo, hi, fLo, fHi, bracketed: false, steps, reason: `f is NaN or the bracket is empty at [${lo}, ${hi}]` };
    if (Math.sign(fLo) !== Math.sign(fHi) || fLo === 0 || fHi === 0) return { lo, hi, fLo, fHi, bracketed: true, steps };
    if (steps >= maxSteps) return { lo, hi, fLo, fHi, bracketed: false, steps, reason: `no sign change after ${maxSteps} expansions` };
    const width = hi - lo;
    if (Math.abs(fLo) < Math.abs(fHi)) {
      const next = lo - factor * width;
      lo = next > lower || lower === -Infinity ? next : lower + (lo - lower) / factor; // −∞ when the step overflows
      fLo = f(lo);
    } else {
      const next = hi + factor * width;
      hi = next < upper || upper === Infinity ? next : upper - (upper - hi) / factor; // +∞ when the step overflows
      fHi = f(hi);
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
      return { lo, hi, fLo, fHi, bracketed: false, steps: steps + 1, reason: `bracket left the double range at [${lo}, ${hi}]` };
  }
}
