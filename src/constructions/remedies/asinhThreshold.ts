/**
 * The quantilizer's threshold u_K for an atomless U: Q(U > u) = 1/K. Searched in s = asinh t (every double t
 * is reachable with O(1) steps) on F(s) = log Q(U > sinh s) + log K, or for K < 2 on the lower tail,
 * F(s) = log(1 − 1/K) − log Q(U ≤ sinh s) (K = 1 + 1e-6 puts u at the 1e-6 quantile of U, where Q(U > t) cannot
 * be told from 1): F decreases in s. Bracketed by doubling steps from [−1, 1], then Brent–Dekker
 * (src/numerics/roots.ts) with the bracket's end values reused and |F| ≤ fTol counted as the root (or the
 * Illinois method, see ThresholdOptions.method); log Q(U > u)
 * is finally evaluated precisely and must meet −log K to `accept` (relative), or the search reports why not.
 * Used by the continuous-V path (classIntegrals quadratures) and the discrete-X path (sums over X's atoms).
 */
import { brent } from '../../numerics/roots.ts';

/** log Q(U > t) (or log Q(U ≤ t) when `lower`) with its relative error; `bad` names a failure. */
export interface TailLog { readonly log: number; readonly relError: number; readonly bad?: string }

export interface ThresholdOptions {
  /** |F| at which the search stops */
  readonly fTol: number;
  /** the precise log Q(U > u) must be within this (relative, or of K′/K − 1) of −log K */
  readonly accept: number;
  /**
   * 'brent' (default), or 'illinois': regula falsi with the Illinois halving and a bisection every fourth step,
   * ending on the side F ≤ 0. The latter suits a Q(U > t) that is flat where K sits exactly at a plateau (a
   * discrete X against a V narrower than the gaps between its atoms): it lands inside the plateau, where the
   * gain is exactly 0, while Brent may stop at |F| ≤ fTol on the slope just beside it.
   */
  readonly method?: 'brent' | 'illinois';
}

export type Threshold = { readonly u: number; readonly logQ: number; readonly relError: number } | { readonly reason: string };

const S_MAX = Math.asinh(Number.MAX_VALUE);

/**
 * u with log Q(U > u) = −log K, or a reason. `tail(t, lower, precise)`: the search calls it with
 * precise = false, the final check with precise = true.
 */
export function asinhThreshold(tail: (t: number, lower: boolean, precise: boolean) => TailLog, logK: number, opts: ThresholdOptions): Threshold {
  const lower = logK < Math.LN2;
  const target = lower ? Math.log(-Math.expm1(-logK)) : -logK;
  let bad: string | undefined;
  const F = (s: number): number => {
    const q = tail(Math.sinh(s), lower, false);
    if (q.bad !== undefined) bad ??= q.bad;
    return lower ? target - q.log : q.log - target;
  };
  let sa = -1, sb = 1, fa = F(sa), fb = F(sb);
  for (let step = 2; fa <= 0 && sa > -S_MAX && !bad; step *= 2) { sb = sa; fb = fa; sa = Math.max(-S_MAX, sa - step); fa = F(sa); }
  for (let step = 2; fb > 0 && sb < S_MAX && !bad; step *= 2) { sa = sb; fa = fb; sb = Math.min(S_MAX, sb + step); fb = F(sb); }
  if (bad) return { reason: bad };
  if (!(fa > 0) || !(fb <= 0)) return { reason: `u_K beyond the double range (log K = ${logK})` };
  let s0: number;
  if (opts.method === 'illinois') {
    let side = 0;
    for (let i = 0; i < 300; i++) {
      let m = 0.5 * (sa + sb);
      if (i % 4 !== 3 && Number.isFinite(fa) && Number.isFinite(fb) && fa !== fb) {
        const r = sb - (fb * (sb - sa)) / (fb - fa);
        if (r > sa && r < sb) m = r;
      }
      if (m === sa || m === sb) break;
      const fm = F(m);
      if (bad) return { reason: bad };
      if (Math.abs(fm) <= opts.fTol) { sb = m; fb = fm; break; }
      if (fm <= 0) { sb = m; fb = fm; if (side === 1) fa /= 2; side = 1; } else { sa = m; fa = fm; if (side === -1) fb /= 2; side = -1; }
    }
    s0 = sb;
  } else {
    const known = new Map([[sa, fa], [sb, fb]]);
    const root = brent((s) => {
      const f = known.get(s) ?? F(s);
      return bad ? NaN : Math.abs(f) <= opts.fTol ? 0 : f;
    }, sa, sb, { xTol: 1e-12, rTol: 1e-15, maxIterations: 200 });
    if (bad) return { reason: bad };
    if (!Number.isFinite(root.root)) return { reason: root.reason ?? 'threshold search failed' };
    s0 = root.root;
  }
  const u = Math.sinh(s0);
  const q = tail(u, lower, true);
  if (q.bad !== undefined) return { reason: q.bad };
  // lower: log Q(U > u) = log(1 − Q(U ≤ u)), relative error P/(1 − P)·rel(P)
  const logQ = lower ? Math.log(-Math.expm1(q.log)) : q.log;
  const relError = lower ? q.relError * Math.exp(q.log - logQ) : q.relError;
  if (!(logQ > -Infinity && logQ < 0) || !(Math.abs(logQ + logK) <= opts.accept * Math.max(1, logK) || Math.abs(Math.expm1(-logK - logQ)) <= opts.accept)) {
    return { reason: `threshold not resolved: log Q(U > u) = ${logQ} against −log K = ${-logK}` };
  }
  return { u, logQ, relError };
}
