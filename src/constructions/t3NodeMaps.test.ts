import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import { tableCumulants } from './t3TableCumulants.ts';

/**
 * Weibull(k, 1) with k < 1 at λ < 0 (the reflections the T3 claims tilt): the node tables are built in
 * t = x^k (t3NodeMaps.ts). Λ(λ) = log E[e^{λ(X − μ)}] and the tilt shift Λ′(λ) = E_λ[X] − μ against mpmath:
 * |error| within the claimed estimate, and the estimate resolves the value (relative 1e-8: in x, the tables of
 * k = 0.02 never converged and their estimates ran to 1e-15…1e-3 of the value only by falling back on fitted tables).
 * References (mpmath, mp.dps = 50, k and λ the exact binary doubles): log M and E_λ[X] = M₁/M, with
 *   M = ∫_0^∞ e^{λt^{1/k} − t} dt, M₁ = ∫_0^∞ t^{1/k} e^{λt^{1/k} − t} dt (mp.quad split around t = |λ|^{−k})
 * (.scratch/h3/ref_weibull.py); the references centre at the law's own μ (d.mean(): Γ(1 + 1/k) carries ~1e-14
 * relative rounding, which Λ = log M − λμ and Λ′ = E_λ[X] − μ inherit exactly as the tables do).
 * `resolve`: the relative resolution demanded of the estimate (k = 0.02 at λ = −1e-85 tilts the mass e^{−50}
 * that carries the mean, below the tables' 1e-13 tolerance: 10% there; k = 0.05 at −1e-26, mass e^{−20}: 1e-4).
 */
const REFERENCES: [k: number, lambda: number, logM: string, tiltedMean: string, resolve: number][] = [
  [0.02, -1e-85, '-1.50184873905036146096962082887e-21', '1.33351070921911867719460013148e+64', 0.2],
  [0.05, -1e-26, '-0.0000000116242143756846359868696879146', '955622606163573713.56602382964', 1e-4],
  [0.02, -1e-30, '-0.0198085898363371845314056948519', '1570961685228019434870742501.85', 1e-8],
  [0.02, -1e-20, '-0.0872899075234792724857352040558', '452377478125676998.666266125592', 1e-8],
  [0.02, -1.0, '-0.465412179453461037925551810687', '0.0117136672563039783175347079497', 1e-8],
  [0.05, -1e-12, '-0.021628315171852822564526260628', '4166271517.55246415430002138474', 1e-8],
  [0.05, -0.01, '-0.348788776111743202005795558091', '2.5450040720325023695809487253', 1e-8],
  [0.25, -0.001, '-0.0169519219724556191279438630642', '13.4251811029989484601807009793', 1e-8],
  [0.25, -1.0, '-0.540133352989400446455063701978', '0.150626685604301770229699550913', 1e-8],
  [0.5, -0.1, '-0.144572017769411169890676299755', '1.11137720664571987138394072982', 1e-8],
  [0.5, -10.0, '-1.44179698354797380352388518831', '0.0419292821083646607972621920998', 1e-8],
  [0.8, -0.5, '-0.408484817451565024348729768899', '0.614029485019313161809014640484', 1e-8],
  [0.8, -50.0, '-3.23381752313763980507612921359', '0.0154772386816942109901583819249', 1e-8],
];

describe('node tables of Weibull k < 1 built in t = x^k', () => {
  for (const [k, lambda, logM, tiltedMean, resolve] of REFERENCES) {
    it(`Weibull(k=${k}, 1) at λ=${lambda}`, () => {
      const d = build({ family: 'weibull', k, lambda: 1 });
      const c = tableCumulants(d);
      const mu = d.mean();
      const checks = [
        ['Λ', c.logMgf(lambda), Number(logM) - lambda * mu, Math.abs(Number(logM)) + Math.abs(lambda * mu)],
        ["Λ'", c.shift(lambda), Number(tiltedMean) - mu, Number(tiltedMean) + mu],
      ] as const;
      for (const [what, got, ref, size] of checks) {
        const where = `${what}(${lambda}; Weibull k=${k}, μ=${mu}) = ${got.value} ± ${got.error}, mpmath ${ref}`;
        expect(Math.abs(got.value - ref), where).toBeLessThanOrEqual(got.error + 4 * Number.EPSILON * size);
        expect(got.error, where).toBeLessThanOrEqual(resolve * Math.abs(ref));
      }
    });
  }
});
