import { describe, expect, it } from 'vitest';
import { logScaledError, relativeError } from '../tolerance.ts';
import { betacf, logIbeta, logIbetaComplement } from './incompleteBeta.ts';

/**
 * Mutation-driven accuracy checks for incompleteBeta.ts (session 7, survivors of run "ibeta-all"): the far-side
 * continued fraction (x past the threshold, b small, a < 15), the around-the-mode power terms and their
 * max(a, b) ≥ 10 switch, the small-shape window that calls BGRAT for the complement, logOverMode at tiny x with
 * a huge other shape, and betacf's ratio form of its coefficients for a + b > 1e150.
 *
 * Rows [a, b, x, y, log x, log y, log I_x(a, b)]: mpmath, dps = 60, with x a double, y = 1 − x, log x and
 * log y exact in mpmath and rounded; log I is log(betainc(a, b, 0, x, regularized=True)) below the
 * threshold (a + 1)/(a + b + 2) and log1p(−betainc(b, a, 0, y, regularized=True)) past it.
 */
type Row = readonly [number, number, number, number, number, number, number];

/** Past the threshold with 1 − I > 0.9 (b small, a < 15): betacf on x directly, not log1mExp(log(1 − I)). */
const FAR_SIDE: readonly Row[] = [
  [9.9, 0.011, 0.9151204768701201, 0.0848795231298799, -0.0886995536636658, -2.4665224028604302, -5.7322019219896944668],
  [10, 0.011, 0.9995, 0.0004999999999999449, -0.0005001250416822429, -7.600902459542192, -2.9706164105096909717],
  [5, 0.02, 0.9, 0.09999999999999998, -0.10536051565782628, -2.302585092994046, -4.4314701239950889569],
  [2.5, 0.05, 0.95, 0.050000000000000044, -0.05129329438755058, -2.99573227355399, -2.4449695968456775292],
  [12, 0.015, 0.99, 0.010000000000000009, -0.01005033585350145, -4.605170185988091, -3.6802492942451469949],
];

/**
 * One large and one small shape: the power terms around the mode (max(a, b) ≥ 10, not min), the small shape's
 * series with the complement by BGRAT ((1e5, 0.02) at y ≈ 1 − 1e-5), and log(x/x₀) for x far below the mode:
 * at x = 1e-20 with b/a = 5e6 (as lx + log1p(b/a), not the rounded product) and with b ≈ 1e300 (below).
 */
const LARGE_AND_SMALL: readonly Row[] = [
  [3000, 9.9, 0.9946239236749401, 0.005376076325059875, -0.005390579426594485, -5.225796478492302, -3.300707991712343884],
  [0.02, 1e5, 1.1513648496783117e-5, 0.9999884863515032, -11.371977400508849, -1.151371477934274e-5, -0.0035068889803165378727],
  [0.02, 1e5, 1e-20, 1, -46.051701859880914, -1e-20, -0.67955713656860045352],
  // b ≥ 1e299, x(a + b)/a ≤ 0.2: log(x/x₀) as the log of that product (lx + log1p(b/a) adds two logs of ~700,
  // 4e-14 off in the first row); with x subnormal (rows 2, 3: x = exp(lx) rounded, lx exact) from lx instead
  // (the product from the rounded x was 8e-5 off). Reference log P(a, −b·log1p(−x)) (mpmath gammainc; the
  // error of this limit is O(a²/b) ≤ 1e-298, second-order form agrees to 50 digits), x = e^lx for rows 2, 3.
  [5, 5e299, 2e-300, 1, -690.0823807176538, -2e-300, -5.6103339828971540789],
  [5, 1e308, 2.0322308024e-313, 1, -720, -2.0322308024e-313, -58.806465467204282232],
  [3, 1.5e308, 4.2e-322, 1, -740, -4.2e-322, -92.986738218405396913],
];

function checkRows(rows: readonly Row[], tolerance: number): void {
  for (const [a, b, x, y, lx, ly, ref] of rows) {
    const got = logIbeta(a, b, x, y, lx, ly);
    expect(logScaledError(got, ref), `logIbeta(${a}, ${b}, x=${x}, y=${y}, lx=${lx}, ly=${ly}) = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(tolerance);
    const viaComplement = logIbetaComplement(b, a, y, x, ly, lx);
    expect(viaComplement, `logIbetaComplement(${b}, ${a}, ${y}, ${x}, ${ly}, ${lx}) vs logIbeta`).toBe(got);
  }
}

describe('logIbeta against mpmath where the mutation run found untested routes', () => {
  it('far side of the threshold with small b (betacf past the threshold, x ≤ 0.999): ≤ 2e-14 log-scaled', () =>
    checkRows(FAR_SIDE, 2e-14));
  it('one large and one small shape (mode-centred power terms, BGRAT complement, tiny x): ≤ 2e-14 log-scaled', () =>
    checkRows(LARGE_AND_SMALL, 2e-14));
  // b = 0.01 exactly (the largest b raised to a ≥ 15 and summed by BGRAT): log1mExp of the complement lost ~ulp/b
  // here (1.3e-14 to 1.6e-14 in these rows).
  it('b = 0.01 exactly, x = 0.999 past the threshold: ≤ 1e-14 log-scaled', () =>
    checkRows([
      [7, 0.01, 0.999, 0.0010000000000000009, -0.0010005003335835344, -6.907755278982136, -3.1298065888327926752],
      [1, 0.01, 0.999, 0.0010000000000000009, -0.0010005003335835344, -6.907755278982136, -2.7068654151931672256],
      [0.5, 0.01, 0.999, 0.0010000000000000009, -0.0010005003335835344, -6.907755278982136, -2.5327495623858899464],
    ], 1e-14));
  // The smaller shape exactly 10: the Stirling form of a·log x₀ + b·log y₀ − lbeta (the lgamma form is 2.1e-14 off here).
  it('min(a, b) = 10 with max(a, b) = 3000: ≤ 1e-14 log-scaled', () =>
    checkRows([[3000, 10, 0.9945804012985281, 0.005419598701471906, -0.005434338004707928, -5.217733506590538, -3.3022378323983460952]], 1e-14));
});

/**
 * betacf for a + b > 1e150 (coefficients as products of ratios): h = ₂F₁(a + b, 1; a + 1; x) (DLMF 8.17.8),
 * summed in mpmath at dps = 60 (the series converges below the threshold). With a small and b huge at x ~ 1/b
 * both the even and the odd coefficients are O(1/m); with both shapes huge the odd ones are ≈ −x(a + b)/a.
 */
const HUGE_SHAPES_CF: readonly (readonly [number, number, number, number])[] = [
  [5e-151, 2.5, 3e150, 1.621554472951743539947627],
  [2e-151, 0.5, 1e151, 4.419719620459524217317],
  [1e-151, 1, 2e150, 1.107013790800849160055],
  [3e-151, 4, 1e151, 2.099418347611160913458],
  [0.1, 1e200, 3e200, 1.666666666666666728345724],
  [0.5, 1e200, 1e190, 2.000000000200000016568074],
];

describe('betacf with a + b > 1e150 against mpmath', () => {
  it('equals ₂F₁(a + b, 1; a + 1; x) to 1e-14 relative', () => {
    for (const [x, a, b, ref] of HUGE_SHAPES_CF) {
      const got = betacf(x, a, b);
      expect(relativeError(got, ref), `betacf(${x}, ${a}, ${b}) = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(1e-14);
    }
  });
});
