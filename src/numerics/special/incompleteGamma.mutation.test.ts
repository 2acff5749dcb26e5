import { describe, expect, it } from 'vitest';
import { logScaledError, relativeError } from '../tolerance.ts';
import {
  logGammaPrefactor,
  logLowerGamma,
  logLowerRegGamma,
  logUpperGamma,
  logUpperRegGamma,
} from './incompleteGamma.ts';

/**
 * Tests aimed at each branch of incompleteGamma.ts (issue 2, mutation testing): the regime boundaries
 * x = a + 1 (series | continued fraction), a = 1 and P = ½ (small-a upper form), a = 1e4 and |η| = 1
 * (Temme), a = 10 and x = a/4 (Stirling prefactor), tiny and huge a and x, the tails, and the
 * special / invalid arguments of every export.
 *
 * Accuracy metric. The smaller of P, Q is computed directly, so its log has relative error ≤ 1e-13. The
 * larger is log1mExp of it: its log ≈ −(the smaller probability), whose relative error equals the absolute
 * error of the other log, ≤ 1e-13·max(1, |other log|). Exception (SERIES_P rows): for a < 1 with P > ½,
 * log P comes from the series (prefactor + log Σ, a sum of O(1) terms that nearly cancel), so it is
 * only absolutely accurate: there log P is held to numerics.md's |Δ log|/max(1, |log|) ≤ 1e-13.
 */
const EXACT = false;
const SERIES_P = true;

/**
 * [a, x, log P, log Q, log P only absolutely accurate]: mpmath, mp.dps = 40; for x < a
 * log P = log(gammainc(a, 0, x, regularized=True)), log Q = log1p(−P), otherwise
 * log Q = log(gammainc(a, x, inf, regularized=True)), log P = log1p(−Q) (a, x the doubles shown).
 * A value below the double range (e.g. −1.9e-351538) is written as its double, −0.
 */
const REGIMES: readonly (readonly [number, number, number, number, boolean])[] = [
  [0.5, 1e-10, -11.392143227368317, -1.1283855333035135e-5, EXACT],
  [0.5, 0.3, -0.57728247453250311, -0.82421754438792213, SERIES_P],
  [0.999, 1.2, -0.35782854963331868, -1.2012862218122987, SERIES_P],
  [1, 1.5, -0.252482458925454, -1.5, EXACT],
  [1, 1.99, -0.14698772483835949, -1.99, EXACT],
  [0.3, 1.29, -0.05758333590048045, -2.8831755721648273, SERIES_P],
  [0.3, 1.3, -0.056774354976893685, -2.896923427884333, EXACT],
  [0.3, 1.31, -0.05597836377749155, -2.9106486436008204, EXACT],
  [0.9, 0.05, -2.6807515713557595, -0.070971588654663663, EXACT],
  [0.9, 1.5, -0.21297314380893909, -1.6511865940272743, SERIES_P],
  [0.9, 1.8999, -0.13523282460688049, -2.0676118911490877, SERIES_P],
  [5, 5.999999, -0.33555194805364963, -1.2550674020715645, EXACT],
  [5, 6, -0.33555176083234829, -1.2550678716367499, EXACT],
  [5, 6.000001, -0.3355515736111444, -1.2550683412019994, EXACT],
  [100, 101, -0.5925848295230625, -0.80496470553838935, EXACT],
  [100, 100.99, -0.59329542628467623, -0.80408666683539756, EXACT],
  [1e-10, 1e-05, -1.0935719800125942e-9, -20.633816453181883, SERIES_P],
  [1e-10, 3, -1.3048381096680125e-12, -27.364942136744108, EXACT],
  [1e-300, 1, -2.1938393439552028e-301, -692.29245985721575, EXACT],
  [1e-300, 1e-300, -6.9019831223331219e-298, -684.23854893288268, SERIES_P],
  [1e6, 200000.0, -809445.51598475708, -0, EXACT],
  [1e6, 3000000.0, -0, -901396.23117371639, EXACT],
  [2, 1e-300, -1382.2442029769874, -0, EXACT],
  [20, 4.99, -14.909746216753726, -3.3479546314760039e-7, EXACT],
  [20, 5, -14.879102532939179, -3.4521364167766837e-7, EXACT],
  [10, 10, -0.61235960785375469, -0.781039568496278, EXACT],
  [9.999999, 10, -0.61235937317051962, -0.78103984630057158, EXACT],
  [12, 3, -9.5473999754246295, -7.1389177120874544e-5, EXACT],
  [1e4, 3100, -4816.9829334929325, -0, EXACT],
  [1e4, 6000, -1112.8644385362333, -0, EXACT],
  [1e4, 9900, -1.8410472463668295, -0.17274895136141595, EXACT],
  [1e4, 1e4, -0.69049109440197236, -0.69581034030382007, EXACT],
  [1e4, 10100, -0.17274901953677573, -1.84104688482372, EXACT],
  [1e4, 15000, -0, -950.18048801235461, EXACT],
  [1e4, 23000, -0, -4676.6953880248116, EXACT],
  [9999.5, 3100, -4816.3973070464698, -0, EXACT],
  [9999.5, 6000, -1112.6089383113445, -0, EXACT],
  [9999.5, 9999.5, -0.69049102808536697, -0.69581040697412408, EXACT],
  [9999.5, 15000, -0, -950.38335794299971, EXACT],
  [9999.5, 23000, -0, -4677.1119185378657, EXACT],
  [30, 1, -75.625481105994084, -1.4330814167223182e-33, EXACT],
  [30, 80, -4.9032295559309613e-11, -23.738541941901735, EXACT],
  [0.01, 0.001, -0.063397143395832658, -2.789867586134067, SERIES_P],
  [0.01, 1.0, -0.0022186941057126644, -6.111945638793726, SERIES_P],
  [0.01, 1.4, -0.001177762631135527, -6.7447275391583592, EXACT],
  [3, 0.01, -15.614768151150607, -1.654216664896508e-7, EXACT],
  [3, 40, -3.5728659287002327e-15, -33.265408340027052, EXACT],
];

/** Checks one log against its reference under the metric above; `other` is the reference of the other log. */
function expectLog(got: number, ref: number, other: number, absoluteOnly: boolean, what: string): void {
  const message = `${what} = ${got} vs mpmath ${ref}`;
  if (ref === 0) {
    expect(got === 0, message).toBe(true); // the probability's complement is below the double range
    return;
  }
  if (absoluteOnly) {
    expect(logScaledError(got, ref), message).toBeLessThanOrEqual(1e-13);
    return;
  }
  const tolerance = Math.abs(ref) < Math.abs(other) ? 1e-13 * Math.max(1, Math.abs(other)) : 1e-13;
  expect(relativeError(got, ref), message).toBeLessThanOrEqual(tolerance);
}

describe('log P and log Q on both sides of every regime boundary', () => {
  it('matches mpmath at x = a + 1 ± ε, a = 1, P = ½, a = 1e4 ± ½ (Temme), |η| near 1, tiny and huge a', () => {
    for (const [a, x, logP, logQ, seriesP] of REGIMES) {
      expectLog(logLowerRegGamma(a, x), logP, logQ, seriesP, `logLowerRegGamma(${a}, ${x})`);
      expectLog(logUpperRegGamma(a, x), logQ, logP, false, `logUpperRegGamma(${a}, ${x})`);
      // lx = log x given explicitly must change nothing
      expect(logUpperRegGamma(a, x, Math.log(x)), `logUpperRegGamma(${a}, ${x}, log x)`).toBe(logUpperRegGamma(a, x));
    }
  });

  it('the unregularised forms match mpmath loggamma(a) + log Q / log P, inside and outside Temme\'s region', () => {
    // mpmath, mp.dps = 40: loggamma(a) + the log Q / log P of REGIMES (or of incompleteGamma.test.ts for a = 1e10)
    const upper: readonly (readonly [number, number, number])[] = [
      [1e4, 15000, 81149.537008430023],
      [1e-300, 1, -1.5169319590020448],
      [1e-10, 3, -4.3390912068613728],
      [1e10, 1e10 + 1e5, 220258509286.96956],
      [1e10, 1e10 - 1e5, 220258509288.63783],
    ];
    const lower: readonly (readonly [number, number, number])[] = [
      [1e4, 3100, 77282.734562949445],
      [2, 1e-300, -1382.2442029769874],
      [30, 1, -4.368442138826075],
      [1e10, 1e10 - 1e5, 220258509286.96956],
      [1e10, 1e10 + 1e5, 220258509288.63783],
    ];
    // log γ(a, x) near 0 (γ ≈ 1): both a·log x − x + log Σ and lgamma(a) + log P cancel here, so only the
    // absolute |Δ log| ≤ 1e-13 of numerics.md holds (measured 1.4e-16). mpmath: log(gammainc(a, 0, x)), mp.dps = 40.
    const nearOne: readonly (readonly [number, number, number])[] = [
      [0.1, 1e-10, -9.0910887777931385e-12],
      [0.5, 0.3, -0.0049175316078030257],
      [0.001, 1e-300, 6.2169797510839233],
    ];
    for (const [a, x, ref] of nearOne) {
      expect(logScaledError(logLowerGamma(a, x), ref), `logLowerGamma(${a}, ${x}) = ${logLowerGamma(a, x)} vs ${ref}`).toBeLessThanOrEqual(1e-13);
    }
    for (const [a, x, ref] of upper) {
      expect(logScaledError(logUpperGamma(a, x), ref), `logUpperGamma(${a}, ${x}) = ${logUpperGamma(a, x)} vs ${ref}`).toBeLessThanOrEqual(1e-13);
    }
    for (const [a, x, ref] of lower) {
      expect(logScaledError(logLowerGamma(a, x), ref), `logLowerGamma(${a}, ${x}) = ${logLowerGamma(a, x)} vs ${ref}`).toBeLessThanOrEqual(1e-13);
    }
  });
});

describe('logGammaPrefactor = a·log x − x − lgamma(a) in each of its three forms', () => {
  it('matches mpmath a*log(x) - x - loggamma(a) (mp.dps = 40) at a = 10, x = a/4 ± and a = 1e306', () => {
    const cases: readonly (readonly [number, number, number])[] = [
      [2, 1e-300, -1381.5510557964274], // x ≪ a/4: the plain form (the Stirling form has log1pmx(−1) = −∞)
      [10, 10, 0.22402344985898723],
      [9.999999, 10, 0.22402339902643076],
      [20, 5, -12.151125938517487],
      [20, 4.99, -12.181165991930947],
      [0.001, 1e-300, -7.5979544132820674],
      [1e5, 1e5, 4.8375233659471081],
      // a·log x and lgamma(a) both overflow: the Stirling fallback (its −x and +1 are visible here)
      [1e306, 2e305, -8.0943791243410045e305],
      [1e306, 1e300, -1.2815511557964274e307],
    ];
    for (const [a, x, ref] of cases) {
      const got = logGammaPrefactor(a, x);
      expect(relativeError(got, ref), `logGammaPrefactor(${a}, ${x}) = ${got} vs ${ref}`).toBeLessThanOrEqual(1e-13);
    }
    expect(logGammaPrefactor(2, Infinity), 'logGammaPrefactor(2, ∞)').toBe(-Infinity);
    expect(logGammaPrefactor(20, Infinity), 'logGammaPrefactor(20, ∞)').toBe(-Infinity);
  });

  it('is NaN for NaN a, x or lx, a ≤ 0 and x < 0 (even with a finite lx given)', () => {
    const invalid: readonly (readonly [number, number, number])[] = [
      [NaN, 1, 0], [1, NaN, 0], [1, 1, NaN], [0, 1, 0], [-1, 1, 0], [0, 0, -Infinity], [2, -1, 0], [20, -1, 0],
    ];
    for (const [a, x, lx] of invalid) {
      expect(logGammaPrefactor(a, x, lx), `logGammaPrefactor(${a}, ${x}, ${lx})`).toBeNaN();
    }
  });
});

describe('special and invalid arguments of every export', () => {
  const exports = { logLowerRegGamma, logUpperRegGamma, logLowerGamma, logUpperGamma };

  it('is NaN for NaN a, x or lx, a ≤ 0, a = ∞ and x < 0, also at x = 0 and x = ∞', () => {
    const invalid: readonly (readonly [number, number, number])[] = [
      [NaN, 1, 0], [NaN, 0, -Infinity], [NaN, Infinity, Infinity],
      [1, NaN, 0], [1, NaN, -Infinity], [1, 1, NaN], [1, 0, NaN],
      [0, 1, 0], [0, 0, -Infinity], [0, Infinity, Infinity], [-1, 0, -Infinity], [-1, Infinity, Infinity], [-1, 2, Math.log(2)],
      [Infinity, 1, 0], [Infinity, 0, -Infinity], [Infinity, Infinity, Infinity], [-Infinity, 0, -Infinity],
      [1, -1, 0], [1, -1, -Infinity], [0.5, -Infinity, Infinity], [2, -0.5, Math.log(0.5)],
    ];
    for (const [name, f] of Object.entries(exports)) {
      for (const [a, x, lx] of invalid) {
        expect(f(a, x, lx), `${name}(${a}, ${x}, ${lx})`).toBeNaN();
      }
    }
  });

  it('has the limits x = 0 (P = 0, Q = 1, Γ(a, 0) = Γ(a)) even for a subnormal a', () => {
    // mpmath: loggamma(5e-324) = 744.44007192138126, loggamma(1e-300) = 690.77552789821371
    for (const [a, lg] of [[5e-324, 744.44007192138126], [1e-300, 690.77552789821371], [2.5, 0.28468287047291916]] as const) {
      expect(logLowerRegGamma(a, 0), `logLowerRegGamma(${a}, 0)`).toBe(-Infinity);
      expect(logUpperRegGamma(a, 0) === 0, `logUpperRegGamma(${a}, 0) = ${logUpperRegGamma(a, 0)}`).toBe(true);
      expect(logLowerGamma(a, 0), `logLowerGamma(${a}, 0)`).toBe(-Infinity);
      expect(relativeError(logUpperGamma(a, 0), lg), `logUpperGamma(${a}, 0) = ${logUpperGamma(a, 0)}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('has the limits x = ∞ (P = 1, Q = 0, γ(a, ∞) = Γ(a))', () => {
    // mpmath: loggamma(a) for a = 1e-300, 0.001, 2.5, 1e4
    const lgammas = [[1e-300, 690.77552789821371], [0.001, 6.9071788853838537], [2.5, 0.28468287047291916], [1e4, 82099.717496442377]] as const;
    for (const [a, lg] of lgammas) {
      expect(logLowerRegGamma(a, Infinity) === 0, `logLowerRegGamma(${a}, ∞) = ${logLowerRegGamma(a, Infinity)}`).toBe(true);
      expect(logUpperRegGamma(a, Infinity), `logUpperRegGamma(${a}, ∞)`).toBe(-Infinity);
      expect(logUpperGamma(a, Infinity), `logUpperGamma(${a}, ∞)`).toBe(-Infinity);
      expect(relativeError(logLowerGamma(a, Infinity), lg), `logLowerGamma(${a}, ∞) = ${logLowerGamma(a, Infinity)}`).toBeLessThanOrEqual(1e-13);
    }
  });
});

describe('log P for a < 1 where P > ½: relative accuracy (helper finding: it was absolute only)', () => {
  // mpmath: log(gammainc(a, 0, x, regularized=True)) at mp.dps = 60 (the double inputs), and for a = x = 1e-300
  // log1p(−gammainc(a, x, inf, regularized=True)) at mp.dps = 700
  const rows: [number, number, number][] = [
    [1e-10, 1e-5, -1.093571980012594163499362e-9],
    [1e-300, 1e-300, -6.901983122333121723447909e-298],
  ];
  for (const [a, x, ref] of rows) {
    it(`a = ${a}, x = ${x}`, () => {
      const got = logLowerRegGamma(a, x);
      expect(Math.abs(got - ref) / Math.abs(ref), `log P(${a}, ${x}) = ${got} vs ${ref}`).toBeLessThan(1e-13);
    });
  }
});
