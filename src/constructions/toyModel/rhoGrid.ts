/**
 * The certified lower bounds of ρ on the eighth-decade grid of returns.ts (`rhoLowerGrid`), evaluated lazily:
 * grid point b_j = m + w·10^{j/8 − 2} (m the median, w = max(1, |m|)), interval j = [a_j, b_j] with a_0 = m,
 * a_j = b_{j−1}, and
 *   ρ_low(j) = (a_j − μ)/ℓ(b_j)  when ℓ(b_j) = −log F̄(b_j) > log 2, else 0,
 * a valid lower bound of ρ on [a_j, b_j] because ρ(s) ≥ (s − μ)/ℓ(s) and both a ↦ a − μ and ℓ increase.
 * The grid ends (n intervals) before the first b_j ≥ min(1e300, sup X) or with log F̄(b_j) = −∞.
 *
 * The same monotonicity certifies a whole block of intervals p..q at once: for p ≤ i ≤ q, a_i ≥ a_p and
 * ℓ(b_i) ≤ ℓ(b_q), so ρ_low(i) ≥ (a_p − μ)/ℓ(b_q) whenever a_p ≥ μ and ℓ(b_p) > log 2 (then every ℓ(b_i) is).
 * Computed in doubles the inequalities survive rounding (subtraction and division round monotonically), so a
 * block that passes implies each of its intervals passes, as evaluated one by one. `certifiedFrom` walks from
 * the end in blocks (halving a block that fails, down to single intervals), so it returns the same first index
 * as the interval-by-interval scan with O(log n) evaluations per failing stretch instead of n ≈ 2,400.
 * n itself is found by bisection on j (log F̄(b_j) = −∞ is a suffix of the grid).
 */
import type { Distribution } from '../../distributions/types.ts';

export interface LazyRhoGrid {
  /** number of grid intervals */
  readonly n: number;
  /** left end a_j of interval j (a_n = the last s reached) */
  a(j: number): number;
  /** ρ_low on interval j */
  rhoLow(j: number): number;
  /** log F̄ at the last s reached (a_n) */
  readonly lastLogTail: number;
  /** smallest j such that θ₀·ρ_low(i) ≥ level for every i in [j, n) (n if none) */
  certifiedFrom(theta0: number, level: number): number;
}

const MAX_J = 2500;

export function lazyRhoGrid(x: Distribution): LazyRhoGrid {
  const mu = x.mean();
  const m = x.quantile(0.5);
  const w = Math.max(1, Math.abs(m));
  const top = Math.min(1e300, x.support.upper);
  const b = (j: number) => m + w * 10 ** (j / 8 - 2);
  const a = (j: number) => (j === 0 ? m : b(j - 1));
  const lbCache = new Map<number, number>();
  const lb = (j: number) => {
    let v = lbCache.get(j);
    if (v === undefined) lbCache.set(j, (v = x.logSf(b(j))));
    return v;
  };
  // first j with b_j ≥ top (or MAX_J), by bisection on the increasing b_j; then the first j before it with log F̄(b_j) = −∞
  let hiJ = MAX_J;
  if (!(b(0) < top)) hiJ = 0;
  else if (b(MAX_J - 1) < top) hiJ = MAX_J;
  else {
    let lo = 0; // b(lo) < top ≤ b(hiJ)
    hiJ = MAX_J - 1;
    while (hiJ - lo > 1) {
      const mid = (lo + hiJ) >>> 1;
      if (b(mid) < top) lo = mid;
      else hiJ = mid;
    }
  }
  let n = hiJ;
  if (n > 0 && !(lb(n - 1) > -Infinity)) {
    let lo = 0; // invariant: every j < lo has lb > −∞ (checked), hi has lb = −∞
    let hi = n - 1;
    if (!(lb(0) > -Infinity)) hi = 0;
    else {
      lo = 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (lb(mid) > -Infinity) lo = mid + 1;
        else hi = mid;
      }
    }
    n = hi;
  }
  const rhoLow = (j: number) => (-lb(j) > Math.LN2 ? (a(j) - mu) / -lb(j) : 0);
  const blockPasses = (p: number, q: number, theta0: number, level: number) =>
    p === q ? theta0 * rhoLow(p) >= level : -lb(p) > Math.LN2 && a(p) >= mu && theta0 * ((a(p) - mu) / -lb(q)) >= level;
  return {
    n,
    a,
    rhoLow,
    lastLogTail: n === 0 ? x.logSf(m) : lb(n - 1),
    certifiedFrom(theta0: number, level: number): number {
      let j = n;
      let size = 64;
      while (j > 0) {
        const p = Math.max(0, j - size);
        if (blockPasses(p, j - 1, theta0, level)) {
          j = p;
          size *= 2;
        } else if (size > 1) size = Math.max(1, size >>> 2);
        else break;
      }
      return j;
    },
  };
}
