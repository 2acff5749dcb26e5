/**
 * A closed-form envelope of X's right tail at x = e^σ, valid far beyond the double range (σ up to ~1e300):
 *   logHazardSup(σ) ≥ log sup_{y ≥ e^σ} h_X(y)   (h = f/F̄ the hazard rate),
 *   logCumHazard(σ) ≥ log H_X(e^σ)                (H = −log F̄_X, so F̄_X(e^σ) ≥ exp(−e^{logCumHazard})),
 * for the specs whose hazard is known in closed form and non-increasing on the right (decreasing failure rate):
 *   Weibull k ≤ 1: h(x) = (k/λ)(x/λ)^{k−1}, H(x) = (x/λ)^k;   exponential(r): h = r, H = r·x;
 *   Pareto(x_m, α), x ≥ x_m: h = α/x, H = α·log(x/x_m);      Lomax(α, s): h = α/(x + s) ≤ α/x, H = α·log1p(x/s);
 *   affine loc + c·B, c > 0: h_X(x) = h_B((x − loc)/c)/c, the base's argument bracketed by (e^σ ∓ |loc|)/c;
 *   mixtures: h_X(y) = Σ π_i(y) h_i(y) with π_i(y) ∝ w_i F̄_i(y) (a convex combination), so sup h_X ≤ max_i sup h_i
 *   over the components not already zero at e^σ (bounded above below it), and F̄_X ≥ w_i F̄_i for each i.
 * The heavy families with a decreasing closed-form bound of the hazard (log-logistic, Cauchy, Student-t, Fréchet,
 * Lévy, lognormal) are in hazardEnvelopePower.ts. Any other law (increasing hazard, discrete laws) gives undefined.
 * Sources: hazard rates of these families (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, vol. 1,
 * ch. 20–21); mixtures of DFR laws (Barlow & Proschan 1975, ch. 4) — here only the convex-combination bound is used.
 */
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { build } from '../../distributions/build.ts';
import { logAddExp } from '../../numerics/logspace.ts';
import { logShift, powerHazardEnvelope } from './hazardEnvelopePower.ts';

export interface HazardEnvelope {
  /** an upper bound of log sup_{y ≥ e^σ} h_X(y); NaN where σ is below the envelope's range */
  logHazardSup(sigma: number): number;
  /** an upper bound of log(−log F̄_X(e^σ)); NaN where σ is below the envelope's range */
  logCumHazard(sigma: number): number;
  /**
   * For lattice laws, δ > 0 with U(x + δ) ≤ F̄_X(x) ≤ U(x) for a continuous decreasing U whose hazard −(log U)′ obeys
   * logHazardSup (F̄_X itself is a step function); 0 (or absent) for laws with a density.
   */
  readonly latticeShift?: number;
}

/** Relative slack on every logarithm (the formulas' own rounding is ~1e-15 relative). */
const SLACK = 1e-12;
const up = (x: number): number => x + SLACK * Math.max(1, Math.abs(x));

function leaf(spec: DistributionSpec): HazardEnvelope | undefined {
  switch (spec.family) {
    case 'weibull': {
      const { k, lambda } = spec;
      if (!(k > 0 && k <= 1 && lambda > 0)) return undefined;
      const lk = Math.log(k / lambda);
      const ll = Math.log(lambda);
      return { logHazardSup: (s) => up(lk + (k - 1) * (s - ll)), logCumHazard: (s) => up(k * (s - ll)) };
    }
    case 'exponential': {
      if (!(spec.rate > 0)) return undefined;
      const lr = Math.log(spec.rate);
      return { logHazardSup: () => up(lr), logCumHazard: (s) => up(s + lr) };
    }
    case 'pareto': {
      const { xm, alpha } = spec;
      if (!(xm > 0 && alpha > 0)) return undefined;
      const lxm = Math.log(xm);
      const la = Math.log(alpha);
      return { logHazardSup: (s) => (s >= lxm ? up(la - s) : NaN), logCumHazard: (s) => (s > lxm ? up(la + Math.log(s - lxm)) : s === lxm ? -Infinity : NaN) };
    }
    case 'lomax': {
      const { alpha, scale } = spec;
      if (!(alpha > 0 && scale > 0)) return undefined;
      const la = Math.log(alpha);
      const ls = Math.log(scale);
      // log1p(e^σ/s) = (σ − log s) + log1p(s e^{−σ}) for σ > log s
      const logLog1p = (s: number): number => Math.log(s > ls ? s - ls + Math.log1p(Math.exp(ls - s)) : Math.log1p(Math.exp(s - ls)));
      return { logHazardSup: (s) => up(la - s), logCumHazard: (s) => up(la + logLog1p(s)) };
    }
    default:
      return powerHazardEnvelope(spec);
  }
}

const envelopes = new WeakMap<object, HazardEnvelope | null>();

/** The envelope of X's right tail, once per (immutable) spec object; undefined when none is known. */
export function hazardEnvelope(spec: DistributionSpec): HazardEnvelope | undefined {
  let e = envelopes.get(spec);
  if (e === undefined) envelopes.set(spec, (e = envelopeOf(spec) ?? null));
  return e ?? undefined;
}

function envelopeOf(spec: DistributionSpec): HazardEnvelope | undefined {
  if (spec.family === 'affine') {
    const { loc, scale } = spec;
    if (!(scale > 0) || !Number.isFinite(loc)) return undefined;
    const base = hazardEnvelope(spec.base);
    if (!base) return undefined;
    const lc = Math.log(scale);
    // base argument at x = e^σ: (e^σ − loc)/c, at least (e^σ − |loc|)/c and at most (e^σ + |loc|)/c
    return {
      logHazardSup: (s) => up(base.logHazardSup(logShift(s, Math.abs(loc), -1) - lc) - lc),
      logCumHazard: (s) => base.logCumHazard(logShift(s, Math.abs(loc), 1) - lc),
      latticeShift: (base.latticeShift ?? 0) * scale,
    };
  }
  if (spec.family === 'mixture') {
    const parts = spec.components.map((c, i) => ({ w: spec.weights[i], d: build(c) as Distribution, env: hazardEnvelope(c) }));
    // U = Σ w_i U_i sandwiches F̄_X with the largest shift (U_i decreasing: U_i(x + δ) ≤ U_i(x + δ_i) for δ ≥ δ_i)
    const latticeShift = Math.max(0, ...parts.map((p) => p.env?.latticeShift ?? 0));
    return {
      latticeShift,
      logHazardSup: (s) => {
        let m = -Infinity;
        for (const p of parts) {
          if (!(p.w > 0) || p.d.support.upper <= 0 || Math.log(p.d.support.upper) < s) continue; // zero on [e^σ, ∞)
          const l = p.env ? p.env.logHazardSup(s) : NaN;
          if (Number.isNaN(l)) return NaN;
          m = Math.max(m, l);
        }
        return m;
      },
      logCumHazard: (s) => {
        let best = Infinity;
        for (const p of parts) {
          if (!(p.w > 0) || !p.env) continue;
          const lh = p.env.logCumHazard(s);
          if (Number.isNaN(lh)) continue;
          // −log F̄_X ≤ H_i − log w_i, in logs (H_i may be e^{10⁶})
          best = Math.min(best, logAddExp(lh, Math.log(-Math.log(p.w))));
        }
        return best === Infinity ? NaN : up(best);
      },
    };
  }
  return leaf(spec);
}
