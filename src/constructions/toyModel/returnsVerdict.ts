/**
 * Verdicts for sentence (ii) of the toy model (returns.ts has the bounds).
 * Corrected reading: for θ ≥ θ₀ > 0 and F̄(s) < p ≤ ½ there is M with R ≥ K at every point with E[U] ≥ M.
 * Since E[U] ≤ θ + H(s), a point with E[U] ≥ M has θ ≥ M − H(s), so R ≥ max(θ₀, M − H(s))·ρ(s): it suffices that
 * θ₀ρ ≥ K on [s̄, ∞) (then M = H(s̄) + K/inf_{(m, s̄)} ρ, finite as ρ > 0 there and ρ → ∞ at the median m).
 *   holds: θ₀·(certified ρ lower bound) ≥ K on every grid interval from s̄ to the end of double range
 *          (s = 1e300 or F̄ = 0 in log space), and the bound grows over the last decade (the trend beyond);
 *   fails: light right tail, X unbounded above, some λ < λ₊ with θ₀/λ < K: at (θ₀, ½, s), R ≤ θ₀·ρ̄(ℓ) → θ₀/λ < K
 *          while E[U] ≥ θ₀ + H(s)/2 → ∞, so no M works (ℓ* = the tail depth from which ρ̄ < K/θ₀).
 * Literal reading (any θ > 0, any p): refuted at every level M by (θ, ½, s) with (H + L)/2 ≥ M and θ = K·Δ/(2(H − L)).
 */
import { fmt, fails, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Verdict } from '../../claims/types.ts';
import type { Distribution } from '../../distributions/types.ts';
import { conditionalMeans, logitFromLog } from './toyModel.ts';
import { rhoLowerGrid, rhoUpperLight } from './returns.ts';

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
  const g = rhoLowerGrid(x);
  const n = g.s.length;
  if (n < 10) return inconclusive('grid did not reach the far tail', { n, lastS: g.lastS, lastLogTail: g.lastLogTail });
  let j = n;
  while (j > 0 && theta0 * g.rhoLow[j - 1] >= K * (1 + 1e-9)) j--;
  const growing = g.rhoLow[n - 1] > g.rhoLow[n - 9];
  const numbers = { sBar: j < n ? g.s[j] : NaN, sEnd: g.lastS, rhoEnd: g.rhoLow[n - 1], rhoEarlier: g.rhoLow[n - 9], K, theta0 };
  if (j < n - 8 && growing) {
    return holds(`θ₀ρ ≥ K certified on [${fmt(g.s[j])}, ${fmt(g.lastS)}] (log F̄ down to ${fmt(g.lastLogTail)}); ρ bound grows ${fmt(g.rhoLow[n - 9])} → ${fmt(g.rhoLow[n - 1])} over the last decade`, numbers);
  }
  return inconclusive('ρ lower bound below K/θ₀ near the end of double range (or not growing) and no light-tail certificate', numbers);
}

/** A point (θ, ½, s) with E[U] ≥ M and R = r exactly: (H + L)/2 ≥ M and θ = r·Δ/(H − L), Δ = −logit F̄(s). */
export function pointAtLevel(x: Distribution, M: number, r: number): { theta: number; s: number; meanU: number; R: number } | undefined {
  const m = x.quantile(0.5);
  const w = Math.max(1, Math.abs(m));
  const mu = x.mean();
  for (let j = 0; j < 1300; j++) {
    const s = m + w * 10 ** (j / 4 - 2);
    if (!(s < 1e300 && s < x.support.upper)) break;
    const H = x.tailMean(s);
    if (!(H + Math.min(mu, s) >= 2 * M)) continue; // L ≤ min(μ, s): no point computing L before this
    const { L, logQ } = conditionalMeans(x, s);
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
