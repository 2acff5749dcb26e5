import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../../distributions/types.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';

/**
 * fastLeaf.ts takes the closed far tail (closedTail.ts) whenever there is one. The quadrature to ∞ it used first lost
 * the mass of V near v ≈ t (where F̄_X(t − v) ≈ ½) for Cauchy-like X and V with tail index 2⁺, and reported
 * E[V | U > t] = E[V] with an error of 1e-9: two of T5's `holds` verdicts (subexponential-error, bench seeds) rested
 * on it. There E[V | U > t] − E[V] ≈ π·c_V·t^{−(α_V − 2)}, still ≈ 3 at t = 1e21.
 * References from mpmath (40 digits; mp.quad of v·f_V(v)·F̄_X(t − v) and f_V(v)·F̄_X(t − v), split at
 * 0, 1, 10, …, t/10, t/2, t ± 1e9, 2t, 10t, 1e3t, closed-form Cauchy survival and Student t / log-logistic densities).
 */
const cases: { x: DistributionSpec; v: DistributionSpec; t: number; want: number }[] = [
  { x: { family: 'cauchy', loc: 0, scale: 1.000000000000002 }, v: { family: 'studentT', df: 2.000243834947841, loc: 1, scale: 1.000000001179267 }, t: 1.65e21, want: 4.104506480433614 },
  { x: { family: 'cauchy', loc: 0, scale: 1.000000000000002 }, v: { family: 'studentT', df: 2.000243834947841, loc: 1, scale: 1.000000001179267 }, t: 1e12, want: 4.120614452169697 },
  { x: { family: 'studentT', df: 1 }, v: { family: 'logLogistic', alpha: 1, beta: 2.0001575605820325 }, t: 1.65e21, want: 7.805186815017248 },
];

describe('conditionalMeanFast: V with tail index 2⁺ against Cauchy X (mass near v ≈ t, closed far tail)', () => {
  it.each(cases)('X = $x.family, V = $v.family, t = $t: E[V | U > t] = $want within the error', ({ x, v, t, want }) => {
    const r = conditionalMeanFast(x, v, t);
    const what = `E[V | U > ${t}] for X = ${JSON.stringify(x)}, V = ${JSON.stringify(v)}: ${r.value} ± ${r.error}`;
    expect(r.converged, what).toBe(true);
    expect(Math.abs(r.value - want), what).toBeLessThanOrEqual(r.error + 1e-12 * want);
    expect(r.error, what).toBeLessThan(1e-6);
  });
});

describe('conditionalMeanFast: a closed far tail whose rounding swamps the leaf gives way to the quadrature', () => {
  // V = −8 − Gumbel(0, 1): its far side (v → ∞) is Gumbel's left tail, whose closed form E[Y] − E[Y; Y > y_c] rounds at
  // 1e-16 absolute while the leaf's weight at t ≈ 60 is e^{−190}: taken first, the closed route reported ±1e79
  const x: DistributionSpec = { family: 'mixture', components: [{ family: 'uniform', a: 10, b: 11 }, { family: 'poisson', lambda: 1.0002355762508874 }], weights: [0.0000017679089173325791, 0.9999982320910826] };
  const v: DistributionSpec = { family: 'affine', base: { family: 'affine', base: { family: 'gumbel', mu: 0, beta: 1.0000000000030205 }, loc: 2, scale: -1 }, loc: -10, scale: 1 };
  it.each([59.29831736656404, 104.99146454712609])('t = %s: converged with an error below 1e-8', (t) => {
    const r = conditionalMeanFast(x, v, t);
    const what = `E[V | U > ${t}] = ${r.value} ± ${r.error}`;
    expect(r.converged, what).toBe(true);
    expect(r.error, what).toBeLessThan(1e-8);
    expect(r.value, what).toBeLessThan(-6);
  });
});
