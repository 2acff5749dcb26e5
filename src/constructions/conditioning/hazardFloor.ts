/**
 * A closed-form lower bound of X's hazard on the right, valid far beyond the double range (x = e^σ, σ up to ~1e300):
 *   logHazardInf(σ) ≤ log inf_{y ≥ e^σ} h_X(y)   (h = f/F̄; +Infinity allowed where the bound overflows).
 * For the laws with an increasing hazard (T6's ratio-light X):
 *   Weibull k ≥ 1: h(y) = (k/λ)(y/λ)^{k−1};  exponential(r): h = r;
 *   normal(μ, s): Φ̄(z) ≤ φ(z)/z (z > 0, Mills ratio; Gordon 1941) gives h(y) ≥ (y − μ)/s², increasing in y;
 *   the left tail of Gumbel(μ, β) read as a right tail (X = loc + c·G, c < 0): F̄_X(x) = exp(−e^{(y + μ)/β}) with
 *     y = (x − loc)/|c|, so h_X(x) = e^{(y + μ)/β}/(β|c|) exactly (increasing);
 *   the left tail of a normal under c < 0: the normal law of −G;
 *   affine c > 0: h_X(x) = h_B((x − loc)/c)/c, the base's argument at least (e^σ − |loc|)/c;
 *   mixtures: h_X(y) = Σ π_i(y)h_i(y), π_i(y) ∝ w_i F̄_i(y), a convex combination over the components not yet zero
 *     (support above y), so h_X ≥ min_i h_i over those components.
 * Any other law (discrete laws, laws whose hazard has no closed-form floor) gives undefined.
 */
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { logMinus, logShift } from './hazardEnvelopePower.ts';

export interface HazardFloor {
  /** a lower bound of log inf_{y ≥ e^σ} h_X(y); NaN where σ is below its range */
  logHazardInf(sigma: number): number;
}

const SLACK = 1e-12;
const down = (x: number): number => (Number.isFinite(x) ? x - SLACK * Math.max(1, Math.abs(x)) : x);
/** log(e^σ − a) for any real a, as a lower bound: σ itself when a ≤ 0. */

function normalFloor(mu: number, s: number): HazardFloor | undefined {
  if (!(s > 0 && Number.isFinite(mu))) return undefined;
  const ls2 = 2 * Math.log(s);
  return { logHazardInf: (sg) => down(logMinus(sg, mu) - ls2) };
}

/** The right tail of loc + c·B with c < 0: B's left tail. */
function reflected(base: DistributionSpec, loc: number, c: number): HazardFloor | undefined {
  const a = Math.abs(c);
  const la = Math.log(a);
  if (base.family === 'normal') return normalFloor(loc - a * base.mu, a * base.sigma);
  if (base.family === 'gumbel') {
    const { mu, beta } = base;
    if (!(beta > 0 && Number.isFinite(mu))) return undefined;
    // log h = (y + μ)/β − log β − log|c|, y ≥ (e^σ − loc)/|c|
    return { logHazardInf: (sg) => down((Math.exp(logMinus(sg, loc) - la) + mu) / beta - Math.log(beta) - la) };
  }
  return undefined;
}

function floorOf(spec: DistributionSpec): HazardFloor | undefined {
  switch (spec.family) {
    case 'weibull': {
      const { k, lambda } = spec;
      if (!(k >= 1 && lambda > 0)) return undefined;
      const lk = Math.log(k / lambda);
      const ll = Math.log(lambda);
      return { logHazardInf: (s) => down(lk + (k - 1) * (s - ll)) };
    }
    case 'exponential':
      return spec.rate > 0 ? { logHazardInf: () => down(Math.log(spec.rate)) } : undefined;
    case 'normal':
      return normalFloor(spec.mu, spec.sigma);
    case 'affine': {
      const { loc, scale } = spec;
      if (!Number.isFinite(loc) || !(scale !== 0 && Number.isFinite(scale))) return undefined;
      if (scale < 0) return reflected(spec.base, loc, scale);
      const base = hazardFloor(spec.base);
      if (!base) return undefined;
      const lc = Math.log(scale);
      return { logHazardInf: (s) => down(base.logHazardInf(logMinus(s, loc) - lc) - lc) };
    }
    case 'mixture': {
      const parts = spec.components.map((c, i) => ({ w: spec.weights[i], upper: build(c).support.upper, floor: hazardFloor(c) }));
      return {
        logHazardInf: (s) => {
          let m = Infinity;
          for (const p of parts) {
            if (!(p.w > 0) || p.upper <= 0 || Math.log(p.upper) < s) continue; // already zero on [e^σ, ∞)
            const l = p.floor ? p.floor.logHazardInf(s) : NaN;
            if (Number.isNaN(l)) return NaN;
            m = Math.min(m, l);
          }
          return m === Infinity ? NaN : m;
        },
      };
    }
    default:
      return undefined;
  }
}

const floors = new WeakMap<object, HazardFloor | null>();

/** The hazard floor of X's right tail, once per (immutable) spec object. */
export function hazardFloor(spec: DistributionSpec): HazardFloor | undefined {
  let f = floors.get(spec);
  if (f === undefined) floors.set(spec, (f = floorOf(spec) ?? null));
  return f ?? undefined;
}
