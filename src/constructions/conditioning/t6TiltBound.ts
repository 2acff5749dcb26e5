/**
 * A rigorous lower bound of E[V | X + V > t] at t = e^σ (σ may be far beyond the double range) for X ⊥ V, from a floor
 * θ ≤ inf_{y > t/2} h_X(y) of X's hazard (hazardFloor.ts): T6's certificate where the limit ∞ is reached slowly
 * (Weibull k → 1⁺ parts of X, whose hazard k·t^{k−1} passes V's tail rate only at t ≈ e^{10⁷}).
 * With w(v) = F̄_X(t − v) and B = t/2: d/dv log w(v) = h_X(t − v) ≥ θ for v < B, ≥ 0 beyond, so w(v)/e^{θ min(v, B)} is
 * non-decreasing: the law of V given U > t dominates, in likelihood ratio, V tilted by e^{θ min(v, B)} (Shaked &
 * Shanthikumar 2007, Thm 1.C.1), and E[V | U > t] ≥ E_θ[V] := E[V e^{θ min(V,B)}]/E[e^{θ min(V,B)}].
 * For a shift c₀, V' = V − c₀, N₀ = E[(c₀ − V)⁺] and c > 0 (weights e^{θ min(V', B − c₀)}: ≤ 1 where V' < 0, < e^{θc} where V' < c):
 *   E_θ[V] − c₀ ≥ (c·A − N₀)/(A + e^{θc}),  A = E[e^{θ min(V', B−c₀)}; V' ≥ c] ≥ A₀ = max_{c' ≥ c} e^{θ min(c', B−c₀)}·P(V > c₀ + c'),
 * valid when c·A₀ > N₀ (the right side is non-decreasing in A). As θ → ∞ it tends to c₀ + c for V unbounded above.
 * c₀ is V's 1% quantile, c = E[V] + IQR(V) − c₀ + ½·IQR(V) (times a factor ≥ 1), so the bound ends above the claim's level E[V] + IQR(V).
 * N₀ = E[(V − c₀)⁺] − (E[V] − c₀), E[(V − c₀)⁺] = E[V; V > c₀] − c₀·P(V > c₀), with its cancellation added.
 * Lattice X (Poisson, latticeStepFloor.ts: log F̄_X(y − s) − log F̄_X(y) ≥ θ for y ≥ t/2, no hazard): w is a step
 * function, so no likelihood-ratio order; directly, with w non-decreasing, W_c = w(c₀ + c) ≥ sup of w below c₀ + c,
 *   E[(V − c₀)·w] ≥ −N₀·W_c + c·A,   E[w] ≤ W_c + A,   A = E[w; V' ≥ c],
 * so E[V | U > t] − c₀ ≥ (c·a − N₀)/(1 + a) where c·a > N₀, a = A/W_c ≥ max_{c' ≥ c} e^{θ·⌊(min(c', B − c₀) − c)/s⌋}·P(V > c₀ + c')
 * (w(c₀ + c')/w(c₀ + c) ≥ e^{θk} over k whole steps of s, all at arguments t − v ≥ t/2).
 */
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { logAddExp } from '../../numerics/logspace.ts';
import { hazardFloor } from './hazardFloor.ts';
import { latticeStepFloor } from './latticeStepFloor.ts';

export interface T6Bound { readonly sigma: number; readonly lowerBound: number; readonly theta: number }

interface Shift { readonly c0: number; readonly c: number; readonly n0: number }
const shifts = new WeakMap<object, Shift | null>();

function shiftOf(v: Distribution): Shift | undefined {
  let s = shifts.get(v);
  if (s !== undefined) return s ?? undefined;
  const m = v.mean();
  const iqr = v.quantile(0.75) - v.quantile(0.25);
  const spread = iqr > 0 && Number.isFinite(iqr) ? iqr : 1;
  const c0 = v.quantile(0.01);
  const pm = v.partialMean(c0);
  const p = v.sf(c0);
  const excess = pm - c0 * p;
  const n0 = Math.max(0, excess - (m - c0)) + 8e-16 * (Math.abs(pm) + Math.abs(c0 * p) + Math.abs(m) + Math.abs(c0));
  const c = m + 1.5 * spread - c0;
  s = Number.isFinite(m) && Number.isFinite(c0) && Number.isFinite(n0) && c > 0 ? { c0, c, n0 } : null;
  shifts.set(v, s);
  return s ?? undefined;
}

/**
 * E[V | U > e^σ] ≥ lowerBound (−Infinity where the bound says nothing), with the target c multiplied by `factor` (the bound
 * then tends to c₀ + factor·c); undefined when X has no hazard floor.
 */
export function t6TiltBound(x: DistributionSpec, v: Distribution, sigma: number, factor = 1): T6Bound | undefined {
  const floor = hazardFloor(x);
  const lattice = floor ? undefined : latticeStepFloor(x);
  const sh = shiftOf(v);
  if ((!floor && !lattice) || !sh || !(v.support.upper === Infinity)) return undefined;
  const lt = floor ? floor.logHazardInf(sigma - Math.LN2) : lattice!.logStepInf(sigma - Math.LN2);
  if (Number.isNaN(lt)) return undefined;
  const { c0, n0 } = sh;
  const c = sh.c * factor;
  // c' runs over c·1.5^j up to c·1.5^100 (~4e17·c); a smaller θ is still a floor: capped so that θ·c' stays below 1e280
  const cMax = c * 1.5 ** 100;
  const step = lattice?.spacing ?? 1;
  const theta = Math.min(Math.exp(lt), (1e280 * step) / cMax);
  // min(c', B − c₀), B = e^σ/2 (rounded down); B exceeds every double past σ = 711
  const logB = sigma - Math.LN2;
  const room = logB > 711 ? Infinity : (Math.exp(logB) - c0) * (1 - 1e-12);
  let logA = -Infinity;
  for (let cp = c; cp <= cMax && c0 + cp < Infinity; cp *= 1.5) {
    const ls = v.logSf(c0 + cp);
    if (ls === -Infinity) break;
    // continuous: e^{θ·min(c', B − c₀)} against e^{θc}; lattice: e^{θ·k} (k whole steps past c) against W_c = 1
    const gain = lattice ? theta * Math.max(0, Math.floor((Math.min(cp, room) - c) / step)) : theta * Math.min(cp, room);
    logA = Math.max(logA, gain + ls);
  }
  if (lattice) {
    const logDef = logAddExp(Math.log(c), Math.log(n0)) - logAddExp(logA, 0);
    const lbl = c - Math.exp(logDef);
    const ok = n0 === 0 ? logA > -Infinity : Math.log(c) + logA > Math.log(n0);
    return { sigma, theta, lowerBound: ok && Number.isFinite(lbl) ? c0 + lbl * (1 - 1e-12) - 1e-12 * Math.abs(c0) : -Infinity };
  }
  // (c·A₀ − N₀)/(A₀ + e^{θc}) = c − (c·e^{θc} + N₀)/(A₀ + e^{θc}), the deficit in logs
  const logDeficit = logAddExp(Math.log(c) + theta * c, Math.log(n0)) - logAddExp(logA, theta * c);
  const lb = c - Math.exp(logDeficit);
  // valid only where c·A₀ > N₀
  const valid = n0 === 0 ? logA > -Infinity : Math.log(c) + logA > Math.log(n0);
  return { sigma, theta, lowerBound: valid && Number.isFinite(lb) ? c0 + lb * (1 - 1e-12) - 1e-12 * Math.abs(c0) : -Infinity };
}
