import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { anyDistribution } from '../../arbitraries/anyDistribution.ts';
import { build } from '../../distributions/build.ts';
import type { Distribution } from '../../distributions/types.ts';
import { severityAt } from './severity.ts';

/** The reference: the first double s (to adjacent doubles) with log F̄(s) ≤ ℓ, by doubling brackets and plain bisection. */
function bisectionSeverity(x: Distribution, l: number): number {
  const f = (s: number) => x.logSf(s) - l;
  let lo = x.quantile(0.5);
  if (!Number.isFinite(lo)) return NaN;
  let hi = lo;
  let width = Math.max(1, Math.abs(lo));
  if (f(lo) > 0) {
    for (let i = 0; i < 2100 && f(hi) > 0; i++) { lo = hi; hi = Math.min(x.support.upper, hi + width); width *= 2; if (!Number.isFinite(hi)) return NaN; }
  } else {
    for (let i = 0; i < 2100 && f(lo) <= 0; i++) { hi = lo; lo = Math.max(x.support.lower, lo - width); width *= 2; if (!Number.isFinite(lo)) return NaN; }
  }
  if (!(f(lo) > 0 && f(hi) <= 0)) return NaN;
  for (let i = 0; i < 2000; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

describe('severityAt', () => {
  it('deep tails in few brackets: Pareto(1, 2) at ℓ = −600 is s = e^300; N(0,1) at ℓ = −600; Weibull k = 0.02 far below its median', () => {
    expect(Math.abs(severityAt(build({ family: 'pareto', xm: 1, alpha: 2 }), -600) / Math.exp(300) - 1)).toBeLessThan(1e-12);
    const n = build({ family: 'normal', mu: 0, sigma: 1 });
    expect(Math.abs(n.logSf(severityAt(n, -600)) / -600 - 1)).toBeLessThan(1e-12);
    const w = build({ family: 'weibull', k: 0.02, lambda: 2 });
    const s = severityAt(w, Math.log(0.9));
    expect(Math.abs(w.logSf(s) / Math.log(0.9) - 1), `s = ${s}`).toBeLessThan(1e-12);
    // next to the top of U(−1, 0): F̄(s) = −s, so s = −e^ℓ (200 halvings of [−0.5, 0] ended at s = 0, where F̄ = 0)
    const u = severityAt(build({ family: 'uniform', a: -1, b: 0 }), -258);
    expect(Math.abs(u / -Math.exp(-258) - 1), `U(−1, 0): s = ${u}`).toBeLessThan(1e-12);
  });

  it('a level inside a jump of log F̄ gives the first point past the jump, as bisection does (an atom at the top)', () => {
    // F̄ = 0.1 on [1, 2), 0 from the atom at 2 on: ℓ = log 0.05 is never met
    const x = build({ family: 'mixture', components: [{ family: 'uniform', a: 0, b: 1 }, { family: 'pointMass', x: 2 }], weights: [0.9, 0.1] });
    expect(severityAt(x, Math.log(0.05))).toBe(2);
    expect(bisectionSeverity(x, Math.log(0.05))).toBe(2);
  });

  test.prop([anyDistribution({ maxDepth: 1 }), fc.double({ min: -600, max: Math.log(0.9), noNaN: true })], { numRuns: 300 })(
    'agrees with plain bisection to 1e-9 (relative) wherever the level is met; the same jump point where it is not',
    (spec, l) => {
      const x = build(spec);
      const s = severityAt(x, l);
      const ref = bisectionSeverity(x, l);
      const what = `${JSON.stringify(spec)} at ℓ = ${l}: s = ${s}, bisection ${ref}`;
      if (Number.isNaN(ref)) return; // beyond the reference's doubling range: severityAt may still find it
      expect(Number.isFinite(s), what).toBe(true);
      // plus the spread of roots that the rounding of ℓ itself allows (4ε·|ℓ| in log F̄, divided by the slope
      // f/F̄ at the root): at a root near 0 (uniform(−1, 9), ℓ = log 0.9: s ≈ −2.7e-16) 1e-9 relative is below one ulp
      const slope = Math.exp(x.logPdf(ref) - x.logSf(ref));
      const levelSpread = slope > 0 ? (4 * Number.EPSILON * Math.max(1, Math.abs(l))) / slope : 0;
      expect(Math.abs(s - ref), what).toBeLessThanOrEqual(1e-9 * Math.max(1e-300, Math.abs(ref)) + levelSpread);
    },
  );
});

describe('severityAt: a mixture whose largest component has a median beyond the double range', () => {
  it('zeta(1 + 1e-9) ½ + normal ½ at ℓ = log 0.9: s = Φ⁻¹(0.2) (random seed 675125007 gave NaN)', () => {
    // P(X > s) = 0.9 needs the normal half at P(N > s) = 0.8 (the zeta half is ≥ 1 > s): s = −0.8416212335729143
    const x = build({ family: 'mixture', components: [{ family: 'zeta', s: 1.000000001 }, { family: 'normal', mu: 0, sigma: 1 }], weights: [0.5, 0.5] });
    const s = severityAt(x, Math.log(0.9));
    expect(Math.abs(s + 0.8416212335729143), `s = ${s}`).toBeLessThan(1e-9);
  });
});
