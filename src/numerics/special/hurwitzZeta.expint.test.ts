/**
 * expIntegralE and scaledExpIntegralE in every regime: the continued fraction (z ≥ 1), and for z < 1 the
 * power series at σ = s − m ∈ (½, 3/2] (with its b = 0 case at integer s) followed by m upward recurrence
 * steps; z = 1 sits on the switch. Written from surviving mutants (Stryker, .scratch/mutation/hurwitzZeta.json).
 */
import { describe, expect, it } from 'vitest';
import { expIntegralE, scaledExpIntegralE } from './hurwitzZeta.ts';

/** [s, z, E_s(z)]: mpmath.expint(s, z) at 50 digits. */
const EXPINT: readonly (readonly [number, number, number])[] = [
  [0.3, 0.001, 161.9875010400766866312],
  [0.3, 0.25, 2.133172458579316218969],
  [0.3, 0.9, 0.3760347275940361934008],
  [0.3, 1, 0.3099916787368211536573],
  [0.5, 0.001, 54.05057863069356286628],
  [0.5, 0.25, 1.699783676159862259574],
  [0.5, 0.9, 0.335762318424583938261],
  [0.5, 1, 0.2788055852806619764992],
  [1, 0.001, 6.331539364136149311207],
  [1, 0.25, 1.044282634443738194536],
  [1, 0.9, 0.2601839393259996304705],
  [1, 1, 0.2193839343955202736772],
  [1.2, 0.001, 3.539043311748299305872],
  [1.2, 0.25, 0.8844220946231187718961],
  [1.2, 0.9, 0.2373412849925482264878],
  [1.2, 1, 0.2011554841818368866945],
  [1.5, 0.001, 1.889899842405362855312],
  [1.5, 0.25, 0.7077097280628786067036],
  [1.5, 0.9, 0.208767146316947101931],
  [1.5, 1, 0.1781477117815606901926],
  [1.7, 0.001, 1.397957410032602948629],
  [1.7, 0.25, 0.6195329578266255593753],
  [1.7, 0.9, 0.1927744750573964634264],
  [1.7, 1, 0.1651612316025059015572],
  [2, 0.001, 0.9926689604692388422043],
  [2, 0.25, 0.5177301244604703196111],
  [2, 0.9, 0.1724041143471994296551],
  [2, 1, 0.1484955067759220479184],
  [2.3, 0.001, 0.7663157357723570248003],
  [2.3, 0.25, 0.4417008149096859502722],
  [2.3, 0.9, 0.1555034192482304167499],
  [2.3, 1, 0.1345540254277218708032],
  [3, 0.001, 0.4990039154364528763922],
  [3, 0.25, 0.3246841259781436441712],
  [3, 0.9, 0.125702978414059806169],
  [3, 1, 0.1096919671977601368386],
  [5.5, 0.001, 0.2219367078254782774035],
  [5.5, 0.25, 0.1617818894558382384191],
  [5.5, 0.9, 0.07278085353317792833879],
  [5.5, 1, 0.06452414295618291836526],
  [8, 0.001, 0.1426905761488234085297],
  [8, 0.25, 0.1068399164985908167607],
  [8, 0.9, 0.05066092425773069326064],
  [8, 1, 0.04521148206188466649118],
];

/** [s, z, e^z·E_s(z)]: mpmath exp(z)·expint(s, z) at 50 digits. */
const SCALED: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.5963473623231940743411],
  [0.5, 1, 0.7578721561413121060434],
  [2, 5, 0.1478891185763389909376],
  [3, 1000, 0.0009970119403574999803547],
  [2, 1000000.0, 9.999980000059999760001e-7],
  [10, 1.5, 0.09387408847696258584061],
  [0.1, 3, 0.3247863024677991480366],
];

const relErr = (got: number, ref: number): number => Math.abs(got - ref) / Math.abs(ref);

describe('expIntegralE', () => {
  // Measured: ≤ 1.1e-15 for z < 1 (series + recurrence), ≤ 7.2e-15 at z = 1 (continued fraction).
  it('matches mpmath to 2e-15 for z < 1 and to 1e-14 at z = 1', () => {
    for (const [s, z, ref] of EXPINT) {
      const got = expIntegralE(s, z);
      const tol = z < 1 ? 2e-15 : 1e-14;
      expect(relErr(got, ref), `expIntegralE(${s}, ${z}) = ${got}, mpmath ${ref}`).toBeLessThan(tol);
    }
  });

  it('is NaN for s ≤ 0, z ≤ 0 or NaN', () => {
    for (const [s, z] of [[0, 0.5], [-1, 0.5], [0, 2], [2, 0], [2, -0.5], [0.5, 0], [NaN, 0.5], [2, NaN]]) {
      expect(expIntegralE(s!, z!), `expIntegralE(${s}, ${z})`).toBeNaN();
    }
  });
});

/** [s, z, E_s(z)] for large s and z < 1: mpmath.expint(s, z) at 50 digits. */
const LARGE_S: readonly (readonly [number, number, number])[] = [
  [99.9, 0.5, 0.006101606225855476313466],
  [100, 0.5, 0.006095474587318909094977],
  [100, 1e-6, 0.01010099989693362299448],
  [3e5, 0.25, 0.000002596009100253555682918],
  [1e12, 0.5, 6.065306597129366889337e-13],
];

// Regression: for z < 1 the upward recurrence took m ≈ s steps, so E_s(z) never returned for s = 1e12
// (paretoLogMgf(−0.5, 1, 1e12) hung) nor for s = ∞; s ≥ 100 now uses the continued fraction.
describe('expIntegralE for large s', () => {
  it('matches mpmath to 2e-15 on both sides of the switch at s = 100 and for s = 1e12', () => {
    for (const [s, z, ref] of LARGE_S) {
      const got = expIntegralE(s, z);
      expect(relErr(got, ref), `expIntegralE(${s}, ${z}) = ${got}, mpmath ${ref}`).toBeLessThan(2e-15);
    }
  });

  it('is 0 at s = ∞ (E_s(z) → 0 for z > 0), as is e^z·E_s(z)', () => {
    for (const z of [1e-3, 0.5, 1, 2]) expect(expIntegralE(Infinity, z), `expIntegralE(∞, ${z})`).toBe(0);
    expect(expIntegralE(2, Infinity), 'expIntegralE(2, ∞)').toBe(0);
    expect(scaledExpIntegralE(Infinity, 2), 'scaledExpIntegralE(∞, 2)').toBe(0);
  });
});

describe('scaledExpIntegralE', () => {
  it('matches mpmath to 1e-14 (continued fraction, z ≥ 1)', () => {
    for (const [s, z, ref] of SCALED) {
      const got = scaledExpIntegralE(s, z);
      expect(relErr(got, ref), `scaledExpIntegralE(${s}, ${z}) = ${got}, mpmath ${ref}`).toBeLessThan(1e-14);
    }
  });

  it('is 0 at z = ∞ and NaN for s ≤ 0, z < 1 or NaN', () => {
    expect(scaledExpIntegralE(2, Infinity), 'scaledExpIntegralE(2, ∞)').toBe(0);
    for (const [s, z] of [[0, 2], [-1, 2], [2, 0.5], [2, 1 - 2 ** -53], [0.5, 0], [NaN, 2], [2, NaN]]) {
      expect(scaledExpIntegralE(s!, z!), `scaledExpIntegralE(${s}, ${z})`).toBeNaN();
    }
  });
});
