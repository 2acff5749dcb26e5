/**
 * Verdicts for sentence (ii) of the toy model (returns.ts has the bounds).
 * Corrected reading: for θ ≥ θ₀ > 0 and F̄(s) < p ≤ ½ there is M with R ≥ K at every point with E[U] ≥ M.
 * Since E[U] ≤ θ + H(s), a point with E[U] ≥ M has θ ≥ M − H(s), so R ≥ max(θ₀, M − H(s))·ρ(s): it suffices that
 * θ₀ρ ≥ K on [s̄, ∞) (then M = H(s̄) + K/inf_{(m, s̄)} ρ, finite as ρ > 0 there and ρ → ∞ at the median m).
 *   holds: θ₀·(certified ρ lower bound) ≥ K on every grid interval from s̄ to the end of double range (rhoGrid.ts: by blocks)
 *          (s = 1e300 or F̄ = 0 in log space), and the bound grows over the last decade (the trend beyond);
 *   fails: light right tail, X unbounded above, some λ < λ₊ with θ₀/λ < K: at (θ₀, ½, s), R ≤ θ₀·ρ̄(ℓ) → θ₀/λ < K
 *          while E[U] ≥ θ₀ + H(s)/2 → ∞, so no M works (ℓ* = the tail depth from which ρ̄ < K/θ₀).
 * Literal reading (any θ > 0, any p): refuted at every level M by (θ, ½, s) with (H + L)/2 ≥ M and θ = K·Δ/(2(H − L)).
 */
import { fmt, fails, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Verdict } from '../../claims/types.ts';
import type { Distribution } from '../../distributions/types.ts';
import { conditionalMeans, logitFromLog } from './toyModel.ts';
import { rhoUpperLight } from './returns.ts';
import { lazyRhoGrid } from './rhoGrid.ts';

function chernoffCertificate(x: Distribution, theta0: number, K: number): Verdict | undefined {
  if (x.tailClass === 'heavy' || !(x.support.upper === Infinity)) return undefined;
  const target = theta0 / K; // need λ > θ₀/K
  const lambda = Number.isFinite(x.mgfSup) ? (x.mgfSup > target ? 0.5 * (x.mgfSup + target) : NaN) : 2 * target;
  const Lam = x.logMgf(lambda);
  if (!Number.isFinite(Lam)) return undefined;
  const { L } = conditionalMeans(x, x.quantile(0.5));
  const r = K / theta0;
  const ellStar = Math.max(2, (Lam / lambda - L + r * Math.LN2) / (r - 1 / lambda));
  const at = rhoUpperLight(x, lambda, ellStar * (1 + 1e-6) + 1);
  if (!(Number.isFinite(at) && theta0 * at < K * (1 - 1e-9))) return undefined;
  return fails(
    `light right tail: for λ=${fmt(lambda)} (Λ=${fmt(Lam)}), R ≤ θ₀·ρ̄ < K=${fmt(K)} once −log F̄(s) > ${fmt(ellStar)} (limit θ₀/λ = ${fmt(theta0 / lambda)}), while E[U] → ∞ at (θ₀, ½, s): no level M works`,
    { lambda, logMgf: Lam, ellStar, limit: theta0 / lambda, K, theta0 },
  );
}

export function qualityCheaperVerdict(x: Distribution, theta0: number, K: number): Verdict {
  const cert = chernoffCertificate(x, theta0, K);
  if (cert) return cert;
  const g = lazyRhoGrid(x);
  const n = g.n;
  if (n < 10) return inconclusive('grid did not reach the far tail', { n, lastS: g.a(n), lastLogTail: g.lastLogTail });
  const j = g.certifiedFrom(theta0, K * (1 + 1e-9));
  const rhoEnd = g.rhoLow(n - 1), rhoEarlier = g.rhoLow(n - 9);
  const growing = rhoEnd > rhoEarlier;
  const numbers = { sBar: j < n ? g.a(j) : NaN, sEnd: g.a(n), rhoEnd, rhoEarlier, K, theta0 };
  if (j < n - 8 && growing) {
    return holds(() => `θ₀ρ ≥ K certified on [${fmt(g.a(j))}, ${fmt(g.a(n))}] (log F̄ down to ${fmt(g.lastLogTail)}); ρ bound grows ${fmt(rhoEarlier)} → ${fmt(rhoEnd)} over the last decade`, numbers);
  }
  return inconclusive('ρ lower bound below K/θ₀ near the end of double range (or not growing) and no light-tail certificate', numbers);
}

/**
 * A point (θ, ½, s) with E[U] ≥ M and R = r exactly: (H + L)/2 ≥ M and θ = r·Δ/(H − L), Δ = −logit F̄(s).
 * Severities on the quarter-decade grid s_j = m + w·10^{j/4 − 2}; the first j with H(s_j) + min(μ, s_j) ≥ 2M
 * (an upper bound of 2·E[U]'s level, as L ≤ min(μ, s); nondecreasing in j since H is; a NaN H stops the search
 * there) is found by galloping and bisection on j (≈ 2·log₂ j evaluations of H instead of j), then the grid is walked from there as before.
 */
export function pointAtLevel(x: Distribution, M: number, r: number): { theta: number; s: number; meanU: number; R: number } | undefined {
  const m = x.quantile(0.5);
  const w = Math.max(1, Math.abs(m));
  const mu = x.mean();
  const sAt = (j: number) => m + w * 10 ** (j / 4 - 2);
  const inRange = (j: number) => j < 1300 && sAt(j) < 1e300 && sAt(j) < x.support.upper;
  // not certainly below the level (NaN counts as reached: the walk below decides there, as before)
  const memo = new Map<number, number>();
  const tailMeanAt = (j: number) => { let h = memo.get(j); if (h === undefined) memo.set(j, (h = x.tailMean(sAt(j)))); return h; };
  const reaches = (j: number) => !(tailMeanAt(j) + Math.min(mu, sAt(j)) < 2 * M);
  // galloping: the first j in {0, 1, 3, 7, …} (or the last in range) where the level is reached
  let lo = -1; // invariant: lo < 0 or not reaches(lo)
  let hi = 0;
  while (inRange(hi) && !reaches(hi)) { lo = hi; hi = 2 * hi + 1; }
  if (!inRange(hi)) { let top = hi - 1; while (top > lo && !inRange(top)) top--; hi = top + 1; } // past the range: walk from lo + 1 to the end
  else while (hi - lo > 1) { const mid = (lo + hi) >>> 1; if (reaches(mid)) hi = mid; else lo = mid; }
  return walkFrom(x, M, r, lo + 1, sAt, inRange, tailMeanAt, mu) ?? (lo >= 0 ? walkFrom(x, M, r, 0, sAt, inRange, tailMeanAt, mu) : undefined);
}

/**
 * The grid walk from index j0. Called again from 0 when the walk past the bisected index finds nothing: where the
 * computed H is not monotone (e.g. a tail mean that underflows to 0 far out), the bisection may land past the
 * first usable severity, and the full walk is the old behaviour.
 */
type Grid = (j: number) => number;
function walkFrom(x: Distribution, M: number, r: number, j0: number, sAt: Grid, inRange: (j: number) => boolean, tailMeanAt: Grid, mu: number) {
  for (let j = j0; inRange(j); j++) {
    const s = sAt(j);
    const H = tailMeanAt(j);
    if (!(H + Math.min(mu, s) >= 2 * M) || !Number.isFinite(H)) continue; // L ≤ min(μ, s), and H + L must be finite: no point computing L before this
    const { L, logQ } = conditionalMeans(x, s, H);
    if (!(logQ > -Infinity)) break;
    if (!(logQ < -Math.LN2 && (H + L) / 2 >= M && H - L > 0 && Number.isFinite(H + L))) continue;
    const gap = -logitFromLog(logQ);
    const theta = (r * gap) / (H - L);
    if (theta > 0) return { theta, s, meanU: theta + (H + L) / 2, R: (theta * (H - L)) / gap };
  }
  return undefined;
}

/** The literal reading: at level M, the point of {@link pointAtLevel} with R = K/2. E[X] = +∞ makes H = ∞ and R = ∞ everywhere. */
export function qualityCheaperLiteralVerdict(x: Distribution, M: number, K: number): Verdict {
  if (x.mean() === Infinity) return holds('E[X] = +∞: H = ∞, so R = ∞ at every point with p > F̄(s) (and E[U] = ∞)', { M, K });
  const pt = pointAtLevel(x, M, K / 2);
  if (pt && pt.meanU >= M && pt.R < K) {
    return fails(`at E[U]=${fmt(pt.meanU)} ≥ M=${fmt(M)}: θ=${fmt(pt.theta)}, p=½, s=${fmt(pt.s)} give R=${fmt(pt.R)} < K=${fmt(K)} (small quality frees little KL)`, { ...pt, M, K });
  }
  return inconclusive('no severity in double range reaches E[U] ≥ M', { M, K });
}
