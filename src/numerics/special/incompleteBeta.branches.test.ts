import { describe, expect, it } from 'vitest';
import { logScaledError, relativeError } from '../tolerance.ts';
import { betacf, lbeta, logIbeta, logIbetaComplement } from './incompleteBeta.ts';

/**
 * Tests aimed at each branch of incompleteBeta.ts (mutation testing): argument validation of lbeta and
 * logIbeta, lbeta's Stirling branch, the exact zeros of the modified-Lentz denominators in betacf, the
 * around-the-mode power terms for very large shapes, the series / continued-fraction choice and the
 * small-shape windows on both sides of the threshold (a ≤ 100, b ≥ 500 and the mirror), and the far-side
 * limit x = 0.999 for b ≪ 1.
 */

describe('lbeta: invalid arguments, infinite shape, Stirling branch', () => {
  it('is NaN for a or b NaN, zero or negative', () => {
    for (const [a, b] of [[NaN, 1], [1, NaN], [0, 1], [1, 0], [-1, 2], [2, -1], [0, 20], [20, 0], [-0.5, 0.5]]) {
      expect(lbeta(a, b), `lbeta(${a}, ${b})`).toBeNaN();
    }
  });
  it('is −∞ when a shape is +∞ (B(a, b) → 0)', () => {
    for (const [a, b] of [[1, Infinity], [Infinity, 0.5], [20, Infinity]]) expect(lbeta(a, b), `lbeta(${a}, ${b})`).toBe(-Infinity);
  });
  it('is NaN for a zero or negative shape even when the other is +∞', () => {
    for (const [a, b] of [[0, Infinity], [Infinity, 0], [-1, Infinity], [Infinity, -2]]) expect(lbeta(a, b), `lbeta(${a}, ${b})`).toBeNaN();
  });
  // mpmath, dps = 40: log(beta(1e15, 3e15)) = −2249340578475249.6078; the lgamma-based branch is 10 ulps off.
  it('uses Stirling for both shapes ≥ 10: lbeta(1e15, 3e15) to 1 ulp', () => {
    const got = lbeta(1e15, 3e15);
    expect(relativeError(got, -2249340578475249.6078), `lbeta(1e15, 3e15) = ${got}`).toBeLessThanOrEqual(2.3e-16);
  });
});

describe('logIbeta: invalid arguments are NaN, even where the end values would short-cut', () => {
  const L = -Math.LN2;
  // each row breaks exactly one condition; shapes ≥ 10 so that the power terms do not read lx, ly near the mode
  const INVALID: readonly (readonly [number, number, number, number, number, number])[] = [
    [NaN, 20, 0.5, 0.5, L, L], [20, NaN, 0.5, 0.5, L, L], [20, 20, NaN, 0.5, L, L],
    [20, 20, 0.5, NaN, L, L], [20, 20, 0.5, 0.5, NaN, L], [20, 20, 0.5, 0.5, L, NaN],
    [0, 2, 0, 1, -Infinity, 0], [0, 2, 1, 0, 0, -Infinity], [2, 0, 0, 1, -Infinity, 0], [2, 0, 1, 0, 0, -Infinity],
    [-1, 2, 0, 1, -Infinity, 0], [2, -1, 1, 0, 0, -Infinity],
    [20, 20, -0.5, 0.5, L, L], [20, 20, 0.5, -0.5, L, L], [20, 20, 0.5, 0.5, 0.1, L], [20, 20, 0.5, 0.5, L, 0.1],
    [2, 3, -0.5, 0.5, L, L], [2, 3, 0.5, -0.5, L, L], [2, 3, 0.5, 0.5, L, 0.1],
  ];
  it('returns NaN for each invalid argument', () => {
    for (const args of INVALID) {
      expect(logIbeta(...args), `logIbeta(${args.join(', ')})`).toBeNaN();
      expect(logIbetaComplement(...args), `logIbetaComplement(${args.join(', ')})`).toBeNaN();
    }
  });
});

describe('betacf at an exact zero of a Lentz denominator (FPMIN guard)', () => {
  // [a, b, x, h, tolerance]: h = I_x(a, b)·a·B(a, b)/(x^a y^b), mpmath dps = 40. Each point (found by
  // a search over a, b ∈ ¼ℕ, x ∈ 2^-8ℕ) makes one denominator exactly 0 in binary arithmetic: (1, 3, ½) and
  // (0.25, 1.75, 0.625) the first d; (1, 4, ½) and (0.25, 1.75, 0.75) the even-step d at m = 1; (1, 7, ½)
  // the odd-step d at m = 2; (5, 16, ½) the odd-step c at m = 1; (4.25, 22.75, 0.625), far past the
  // threshold, the even-step c at m = 2 (the only such point found; FPMIN's perturbation of Lentz's
  // recurrence leaves 8e-10 there).
  const ZEROS: readonly (readonly [number, number, number, number, number])[] = [
    [1, 3, 0.5, 4.6666666666666666667, 1e-14],
    [0.25, 1.75, 0.625, 5.0146349255191698716, 1e-14],
    [1, 4, 0.5, 7.5, 1e-14],
    [0.25, 1.75, 0.75, 9.9521573346790681462, 1e-14],
    [1, 7, 0.5, 36.285714285714285714, 1e-14],
    [5, 16, 0.5, 134.46594427244582043, 1e-13],
    [4.25, 22.75, 0.625, 1631859.41302039131, 2e-9],
  ];
  it('stays finite and converges to the fraction’s value', () => {
    for (const [a, b, x, ref, tol] of ZEROS) {
      const got = betacf(x, a, b);
      expect(relativeError(got, ref), `betacf(x=${x}, a=${a}, b=${b}) = ${got} vs ${ref}`).toBeLessThanOrEqual(tol);
    }
  });
});

/**
 * [a, b, x, y, log x, log y, log I_x(a, b), log(1 − I_x(a, b))]: x = (a + 1)/(a + b + 2) + k·sd rounded to
 * a multiple of 2^-44 (y = 1 − x exact). mpmath, dps = 40, with the positive series
 * log I = a·log x + b·log y − log a − log B(a, b) + log ₂F₁(a + b, 1; a + 1; x) on the side below the
 * threshold and log1p(−I) (log(−expm1)) for the other (.scratch: /work/ib/ref.py).
 */
type Row = readonly [number, number, number, number, number, number, number, number];
const ROWS: readonly Row[] = [
  [300000, 200000, 0.5993067803713643, 0.4006932196286357, -0.5119816577636029, -0.9145591827993128, -1.8419005335817298, -0.17258813053231936], // a=300000, b=200000, x = threshold + (-1)·sd
  [300000, 200000, 0.6003460098166897, 0.39965399018331027, -0.5102491069559315, -0.917156130765505, -0.36931440800631365, -1.175087545810462], // a=300000, b=200000, x = threshold + (0.5)·sd
  [300000, 200000, 0.6013852392620151, 0.39861476073798485, -0.5085195526896493, -0.9197598404340352, -0.023012850839668697, -3.7831868461390683], // a=300000, b=200000, x = threshold + (2)·sd
  [1000000, 1000000, 0.49975251268847387, 0.5002474873115261, -0.6936422777233742, -0.6926523283964239, -1.418967478042412, -0.2770240327662955], // a=1000000, b=1000000, x = threshold + (-0.7)·sd
  [1000000, 1000000, 0.5003535533022045, 0.49964644669779545, -0.6924403238376227, -0.693854537282143, -0.1727538509237727, -1.8410212637237804], // a=1000000, b=1000000, x = threshold + (1)·sd
  [200000, 200000, 0.5002371705280666, 0.4997628294719334, -0.6926729519679681, -0.6936216341513854, -0.48141049834589117, -0.9621022735669691], // a=200000, b=200000, x = threshold + (0.3)·sd
  [100, 100000, 0.0009890009119999377, 0.9990109990880001, -6.918815304198471, -0.0009894902960960582, -0.7481858879747662, -0.6409803548478087], // a=100, b=100000, x = threshold + (-0.2)·sd
  [100, 100000, 0.0010389257562906096, 0.9989610742437094, -6.869568026308867, -0.0010394658137396163, -0.40704906589990303, -1.0954518800394], // a=100, b=100000, x = threshold + (0.3)·sd
  [100, 100000, 0.0011088205382634442, 0.9988911794617366, -6.804458406735317, -0.001109435734560053, -0.14706658522159338, -1.9895020981983642], // a=100, b=100000, x = threshold + (1)·sd
  [20, 100000, 0.00019654149326697734, 0.999803458506733, -8.534636987282438, -0.0001965608100773431, -0.6949009962755427, -0.6913964353296325], // a=20, b=100000, x = threshold + (-0.3)·sd
  [20, 100000, 0.00021889535474883814, 0.9997811046452512, -8.426916774543043, -0.00021891931583371404, -0.37669728946439185, -1.1587564450976573], // a=20, b=100000, x = threshold + (0.2)·sd
  [20, 100000, 0.00025466153317665885, 0.9997453384668233, -8.275575215352308, -0.00025469396493109586, -0.12224371326546546, -2.1622378644399824], // a=20, b=100000, x = threshold + (1)·sd
  [100, 50000, 0.0020358275399416925, 0.9979641724600583, -6.196852889214717, -0.002037902653688687, -0.524984732332167, -0.8954210175163939], // a=100, b=50000, x = threshold + (0.1)·sd
  [100000, 100, 0.9989610742437094, 0.0010389257562906096, -0.0010394658137396163, -6.869568026308867, -1.0954518800394, -0.40704906589990303], // a=100000, b=100, x = threshold + (-0.3)·sd
  [100000, 100, 0.9990109990880001, 0.0009890009119999377, -0.0009894902960960582, -6.918815304198471, -0.6409803548478087, -0.7481858879747662], // a=100000, b=100, x = threshold + (0.2)·sd
  [100000, 20, 0.9997811046452512, 0.00021889535474883814, -0.00021891931583371404, -8.426916774543043, -1.1587564450976573, -0.37669728946439185], // a=100000, b=20, x = threshold + (-0.2)·sd
  [1000, 1000, 0.4742916445444507, 0.5257083554555493, -0.7459328626475081, -0.6430086773215637, -4.537003269423103, -0.010763155354937158], // a=1000, b=1000, x = threshold + (-2.3)·sd
  [1000, 1000, 0.47764490829951, 0.52235509170049, -0.7388876922213771, -0.6494076700664309, -3.7837788901868272, -0.022999072412158244], // a=1000, b=1000, x = threshold + (-2.0)·sd
  [2000, 1500, 0.5538240860190058, 0.4461759139809942, -0.590908176921254, -0.8070419787611919, -4.02383248602373, -0.018046148780886603], // a=2000, b=1500, x = threshold + (-2.1)·sd
  [3000, 5000, 0.36312413705820745, 0.6368758629417925, -1.0130105278105719, -0.4511805200434867, -4.2801214667289695, -0.013937660269372832], // a=3000, b=5000, x = threshold + (-2.2)·sd
  [2000, 20, 0.9891737640627412, 0.010826235937258843, -0.010885266065551943, -4.525782837268359, -1.1539491126394765, -0.37890419444094303], // a=2000, b=20, x = threshold + (-0.2)·sd
  [2000, 20, 0.9900547225841478, 0.00994527741585216, -0.009995062043603547, -4.610657472057501, -0.7706111155606362, -0.6212548902749314], // a=2000, b=20, x = threshold + (0.2)·sd
  [5000, 100, 0.9807862242683427, 0.01921377573165728, -0.01940075930223031, -3.9521277711946308, -0.5652036961755365, -0.8398955585882549], // a=5000, b=100, x = threshold + (0.3)·sd
  [200, 1000, 0.1693720592875252, 0.8306279407124748, -1.775657449638968, -0.18557330915975084, -0.5017453049937429, -0.9300677049403467], // a=200, b=1000, x = threshold + (0.2)·sd
  [300000, 3000, 0.9900598011225838, 0.009940198877416151, -0.009989932503493398, -4.611168250725463, -0.8879513047856844, -0.5301748240108545], // a=300000, b=3000, x = threshold + (-0.2)·sd
  [300000, 3000, 0.9901317487681922, 0.00986825123180779, -0.009917265143970538, -4.618432621396324, -0.5622273933552442, -0.8438262957200439], // a=300000, b=3000, x = threshold + (0.2)·sd
  [100000, 999, 0.9901302469527309, 0.009869753047269114, -0.009918781928582443, -4.618280446389876, -0.6475599369418631, -0.7409122994356104], // a=100000, b=999, x = threshold + (0.1)·sd
];

describe('logIbeta / logIbetaComplement near the threshold for huge and lopsided shapes', () => {
  it('matches mpmath to 1e-13 log-scaled (mode-centred power terms, series vs fraction, small-shape windows)', () => {
    for (const [a, b, x, y, lx, ly, logI, logJ] of ROWS) {
      const args = `(a=${a}, b=${b}, x=${x}, y=${y})`;
      const got = logIbeta(a, b, x, y, lx, ly);
      expect(logScaledError(got, logI), `logIbeta${args} = ${got} vs ${logI}`).toBeLessThanOrEqual(1e-13);
      const gotC = logIbetaComplement(a, b, x, y, lx, ly);
      expect(logScaledError(gotC, logJ), `logIbetaComplement${args} = ${gotC} vs ${logJ}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('I_½(a, a) = ½ for a = 1e7 and 1e8 (≈ 1e5 compensated series terms)', () => {
    for (const a of [1e7, 1e8]) {
      const got = logIbeta(a, a, 0.5, 0.5, -Math.LN2, -Math.LN2);
      expect(Math.abs(got + Math.LN2), `logIbeta(${a}, ${a}, ½) = ${got}`).toBeLessThanOrEqual(3e-14);
    }
  });
});

/**
 * Regression (defect found by these tests): for a > 100, min(a, b) < 3000 and x just below the threshold,
 * logIbeta used the continued fraction, 1.5e-13 off at (1e4, 200) and 1.1e-12 at (1e5, 999) and (3e5, 2999);
 * useSeries now takes the positive series whenever max(a, b) ≥ 500 and a ≤ 100(b + 1). Rows as ROWS above.
 */
const SERIES_REGRESSION: readonly Row[] = [
  [2000, 20, 0.9892838838779312, 0.010716116122068797, -0.01077394721531688, -4.536006491032545, -1.1015379735710695, -0.4040054692706107], // a=2000, b=20, x = threshold + (-0.15)·sd
  [10000, 200, 0.9800920673398537, 0.019907932660146344, -0.020108765465036656, -3.916637000543974, -0.9037956177078839, -0.5192432892878831], // a=10000, b=200, x = threshold + (-0.15)·sd
  [100000, 999, 0.9900523993949832, 0.00994760060501676, -0.009997408572373443, -4.610423902116267, -0.8575961618669783, -0.5519610685451739], // a=100000, b=999, x = threshold + (-0.15)·sd
  [300000, 2999, 0.9899911385632549, 0.010008861436745065, -0.010059286839768535, -4.604284434707097, -1.3202487582935414, -0.31070352162895576], // a=300000, b=2999, x = threshold + (-0.6)·sd
  [2875, 92, 0.9677218029484607, 0.03227819705153934, -0.032810626659313155, -3.433363290562203, -1.0946119290790535, -0.40747130502996787], // a=2875, b=92, x = threshold + (-0.3)·sd
  [2875, 92, 0.9685172354863312, 0.031482764513668826, -0.0319890002311411, -3.4583150411925034, -0.8487604910827149, -0.5585202171129534], // a=2875, b=92, x = threshold + (-0.05)·sd
];

describe('logIbeta just below the threshold for a > 100, a ≤ 100(b + 1), min(a, b) < 3000', () => {
  it('matches mpmath to 2e-14 log-scaled (the series, not the fraction)', () => {
    for (const [a, b, x, y, lx, ly, logI, logJ] of SERIES_REGRESSION) {
      const args = `(a=${a}, b=${b}, x=${x}, y=${y})`;
      const got = logIbeta(a, b, x, y, lx, ly);
      expect(logScaledError(got, logI), `logIbeta${args} = ${got} vs ${logI}`).toBeLessThanOrEqual(2e-14);
      const gotC = logIbetaComplement(a, b, x, y, lx, ly);
      expect(logScaledError(gotC, logJ), `logIbetaComplement${args} = ${gotC} vs ${logJ}`).toBeLessThanOrEqual(2e-14);
    }
  });
});

describe('logIbeta on the far side for b ≪ 1 (1 − I ≈ 1 past the threshold)', () => {
  // mpmath, dps = 40: log(betainc(5, 1e-10, 0, 0.999, regularized=True)) and at 0.99 (x ≤ 0.999: the fraction
  // is used directly; log1mExp of log(1 − I) ≈ −1e-10 would lose ~1e-6).
  it('is accurate up to and at x = 0.999', () => {
    for (const [x, ref] of [[0.999, -21.451331856259606613], [0.99, -22.085242999065607838]]) {
      const got = logIbeta(5, 1e-10, x, 1 - x, Math.log(x), Math.log1p(-x));
      expect(logScaledError(got, ref), `logIbeta(5, 1e-10, x=${x}) = ${got} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });
});
