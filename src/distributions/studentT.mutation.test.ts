/**
 * Targeted tests for mutants of studentT.ts that survived mutation testing (see
 * .scratch/mutation/reasons-studentT.json). Reference values are from mpmath at 40 digits:
 *   lgc(ν)   = loggamma((ν+1)/2) − loggamma(ν/2) − ½·log(νπ)
 *   F̄(z; ν)  = betainc(ν/2, ½, 0, ν/(ν+z²), regularized=True)/2 for z ≥ 0
 *   log f    = lgc(ν) − (ν+1)/2·log1p(z²/ν) − log(scale)
 *   E[Z|Z>t] = (ν + t²)/(ν − 1)·f(t)/F̄(t)
 *   quantile = root of log F̄(e^u) = log p found by 160 bisection steps in u.
 */
import { describe, it, expect } from 'vitest';
import {
  studentTLogDensityConstant,
  studentTLogPdf,
  studentTLogSf,
  studentTLogCdf,
  studentTLogPartialMean,
  studentTTailMean,
  studentTQuantile,
} from './studentT.ts';

function expectRel(actual: number, expected: number, tol: number, what: string): void {
  expect(Math.abs(actual - expected) <= tol * Math.abs(expected), `${what}: got ${actual}, expected ${expected}`).toBe(true);
}

describe('studentTLogDensityConstant', () => {
  const cases: [number, number][] = [
    [0.001, -4.1477175562983347305], [0.1, -1.9099207413682820704], [1, -1.1447298858494001741],
    [3, -1.0008888496235097104], [19.9, -0.9314960759293380161], [20, -0.93143334037940156184],
    [20.1, -0.93137122829405057208], [50, -0.92393820003114556202],
  ];
  it('matches mpmath loggamma((ν+1)/2) − loggamma(ν/2) − ½log(νπ) on both sides of ν = 20', () => {
    for (const [df, ref] of cases) expectRel(studentTLogDensityConstant(df), ref, 1e-14, `lgc(df=${df})`);
  });
  it('is NaN for df outside (0, ∞)', () => {
    for (const df of [0, -0, -1, -30, Infinity, -Infinity, NaN]) expect(studentTLogDensityConstant(df), `lgc(df=${df})`).toBeNaN();
  });
});

describe('standardization where (t − loc)/scale overflows', () => {
  // t = 1.5e308, loc = −1.5e308, scale = 1e-10, df = 1.5: z = 3e318 (t − loc itself overflows)
  const t = 1.5e308, loc = -1.5e308, scale = 1e-10, df = 1.5;
  it('logPdf, logSf, logCdf match mpmath', () => {
    expectRel(studentTLogPdf(t, df, loc, scale), -1810.8456476216928215, 1e-14, `logPdf(${t}; df=${df}, loc=${loc}, scale=${scale})`);
    expectRel(studentTLogSf(t, df, loc, scale), -1100.9562917989668055, 1e-14, `logSf(${t}; df=${df}, loc=${loc}, scale=${scale})`);
    expect(studentTLogCdf(t, df, loc, scale) === 0, `logCdf(${t}; df=${df}, loc=${loc}, scale=${scale}) = 0`).toBe(true);
  });
});

describe('the |z| > 1e150 branch of logPdf at df = 1e300 (ν/z² is not negligible there)', () => {
  const df = 1e300;
  const zAbove = 1e150 * (1 + 2 ** -52);
  it('logPdf just above 1e150 matches mpmath', () => {
    expectRel(studentTLogPdf(zAbove, df), -3.4657359027997276122e299, 1e-13, `logPdf(${zAbove}; df=${df})`);
  });
});

describe('infinite arguments', () => {
  it('logSf / logCdf / logPdf at ±∞', () => {
    for (const df of [0.5, 3]) {
      expect(studentTLogSf(Infinity, df), `logSf(∞; df=${df})`).toBe(-Infinity);
      expect(studentTLogSf(-Infinity, df), `logSf(−∞; df=${df})`).toBe(0);
      expect(studentTLogCdf(Infinity, df), `logCdf(∞; df=${df})`).toBe(0);
      expect(studentTLogCdf(-Infinity, df), `logCdf(−∞; df=${df})`).toBe(-Infinity);
      expect(studentTLogPdf(Infinity, df), `logPdf(∞; df=${df})`).toBe(-Infinity);
      expect(studentTLogPdf(-Infinity, df), `logPdf(−∞; df=${df})`).toBe(-Infinity);
    }
  });
  it('partial mean and tail mean at t = −∞ are E[X] = loc', () => {
    const pm = studentTLogPartialMean(-Infinity, 3, 2, 1.5);
    expectRel(pm.log, Math.LN2, 1e-15, 'logPartialMean(−∞; df=3, loc=2, scale=1.5).log');
    expect(pm.sign, 'logPartialMean(−∞; df=3, loc=2, scale=1.5).sign').toBe(1);
    const neg = studentTLogPartialMean(-Infinity, 3, -2, 1.5);
    expectRel(neg.log, Math.LN2, 1e-15, 'logPartialMean(−∞; df=3, loc=−2).log');
    expect(neg.sign, 'logPartialMean(−∞; df=3, loc=−2).sign').toBe(-1);
    expectRel(studentTTailMean(-Infinity, 3, 2, 1.5), 2, 1e-15, 'tailMean(−∞; df=3, loc=2, scale=1.5)');
    const zero = studentTLogPartialMean(-Infinity, 3);
    expect(zero.sign, 'logPartialMean(−∞; df=3).sign').toBe(0);
  });
  it('partial mean at ν = 1 is +∞ even from t = −∞', () => {
    for (const t of [-Infinity, -1, 0, 5]) {
      const pm = studentTLogPartialMean(t, 1);
      expect(pm, `logPartialMean(${t}; df=1)`).toEqual({ log: Infinity, sign: 1 });
    }
  });
});

describe('studentTTailMean matches mpmath (ν + t²)/(ν − 1)·f(t)/F̄(t)', () => {
  const cases: [number, number, number][] = [
    [1e10, 1.5, 30000000000.0], [3, 1.5, 9.4114572406440637349], [0.5, 1.5, 2.890415769181069699],
    [2, 3, 3.3918129515652014205], [50, 3, 75.017995065619985774], [1e5, 2.5, 166666.66667592592593],
    [-2, 3, 0.2539765787354114083],
    // far tail at ν < 2: must come from the betacf ratio, not from exp(log m − log F̄) (loses ~1e-13 here)
    [1e100, 1.5, 3.0000000000000000477e100], [1e300, 1.5, 3.0000000000000001575e300],
    [1e20, 1.9, 2.1111111111111112208e20], [30, 1.2, 180.07497357603926091],
  ];
  it('at fixed points', () => {
    for (const [t, df, ref] of cases) expectRel(studentTTailMean(t, df), ref, 2e-15, `tailMean(${t}; df=${df})`);
  });
  it('where z = t/scale overflows (t = 5e307, scale = 1e-10, ν = 1.5): scale·E[Z | Z > z] = 1.5000000000000000165e308', () => {
    expectRel(studentTTailMean(5e307, 1.5, 0, 1e-10), 1.5000000000000000165e308, 2e-15, 'tailMean(5e307; df=1.5, loc=0, scale=1e-10)');
  });
});

describe('studentTQuantile', () => {
  // [df, p, z] with P(Z > z) = p (mpmath bisection on log F̄)
  const cases: [number, number, number][] = [
    [0.5, 1e-10, 10284911563163400118.0], [0.5, 0.01, 1028.4910104716219157], [0.5, 0.3, 1.0095258786071660209],
    [0.5, 0.49, 0.037107003545293389638], [1, 1e-10, 3183098861.8379067153], [1, 0.01, 31.820515953773958039],
    [1, 0.3, 0.7265425280053608859], [1, 0.49, 0.031426266043351147819], [3, 1e-10, 2225.7692846830932198],
    [3, 0.01, 4.5407028585681335553], [3, 0.3, 0.58438972743981866911], [3, 0.49, 0.027211467049117996242],
    [30, 1e-10, 9.3774897804071431961], [30, 0.01, 2.4572615424005913725], [30, 0.3, 0.53001900390650447734],
    [30, 0.49, 0.025278783971765791954],
  ];
  it('matches mpmath in both tails, with loc and scale', () => {
    for (const [df, p, z] of cases) {
      expectRel(studentTQuantile(p, df), -z, 1e-13, `quantile(${p}; df=${df})`);
      // 1 − p is rounded: its relative error 1.1e-16/p moves z by about that over ν in the tail
      if (p >= 0.01) expectRel(studentTQuantile(1 - p, df), z, 1e-13 + 2e-16 / (p * Math.min(df, 1)), `quantile(1−${p}; df=${df})`);
      expectRel(studentTQuantile(p, df, 1, 2), 1 - 2 * z, 1e-13, `quantile(${p}; df=${df}, loc=1, scale=2)`);
    }
  });
  // [df, p, z] grid, mpmath as above (120 bisection steps in u = log z), F̄(z) = p
  const grid: [number, number, number][] = [
    [0.05, 1e-10, 1.0876044676001946396e+193],
    [0.05, 0.00001, 1.0876044676001936527e+93],
    [0.05, 0.001, 1.0876044676001949793e+53],
    [0.05, 0.01, 1.0876044676001949793e+33],
    [0.05, 0.05, 11404359422183412593.0],
    [0.05, 0.1, 10876044676001.942246],
    [0.05, 0.2, 10372204.471589985801],
    [0.05, 0.3, 3119.2191460329330524],
    [0.05, 0.4, 9.8904104993682529105],
    [0.05, 0.45, 0.92438434590764896949],
    [0.05, 0.49, 0.095307822633265899679],
    [0.05, 0.499, 0.0092532813296673884856],
    [0.05, 0.4999999, 9.2505104653175261582e-7],
    [0.3, 1e-20, 1.3958120070682977918e+65],
    [0.3, 1e-10, 6.478785425830850263e+31],
    [0.3, 0.00001, 1395812007068297.156],
    [0.3, 0.001, 300718580.87909688822],
    [0.3, 0.01, 139581.2007062223369],
    [0.3, 0.05, 653.02052102907451428],
    [0.3, 0.1, 64.786545637096877829],
    [0.3, 0.2, 6.4145768016923489315],
    [0.3, 0.3, 1.6126582577896124893],
    [0.3, 0.4, 0.50230128205930501271],
    [0.3, 0.45, 0.22571005820760473449],
    [0.3, 0.49, 0.043667276732807508683],
    [0.3, 0.499, 0.0043607927440737584718],
    [0.3, 0.4999999, 4.3607328543036337462e-7],
    [0.5, 1e-100, 1.0284911563163399707e+199],
    [0.5, 1e-20, 1.0284911563163401247e+39],
    [0.5, 1e-10, 10284911563163399369.0],
    [0.5, 0.00001, 1028491156.3163398434],
    [0.5, 0.001, 102849.11563017554975],
    [0.5, 0.01, 1028.4910104716218729],
    [0.5, 0.05, 41.136000092878270888],
    [0.5, 0.1, 10.270324410234505006],
    [0.5, 0.2, 2.5127179536659186357],
    [0.5, 0.3, 1.0095258786071661156],
    [0.5, 0.4, 0.39797542678479058738],
    [0.5, 0.45, 0.18864420884630665547],
    [0.5, 0.49, 0.037107003545293422641],
    [0.5, 0.499, 0.0037081748489763515643],
    [0.5, 0.4999999, 3.7081493547096290778e-7],
    [1, 1e-300, 3.1830988618379066356e+299],
    [1, 1e-100, 3.1830988618379066517e+99],
    [1, 1e-20, 31830988618379068900.0],
    [1, 1e-10, 3183098861.8379065993],
    [1, 0.00001, 31830.988607907089037],
    [1, 0.001, 318.3088389855504393],
    [1, 0.01, 31.820515953773957377],
    [1, 0.05, 6.3137515146750427427],
    [1, 0.1, 3.0776835371752532199],
    [1, 0.2, 1.3763819204711734373],
    [1, 0.3, 0.72654252800536093919],
    [1, 0.4, 0.32491969623290624903],
    [1, 0.45, 0.15838444032453625809],
    [1, 0.49, 0.031426266043351175749],
    [1, 0.499, 0.0031416029890561589164],
    [1, 0.4999999, 3.1415926536802351771e-7],
    [1.7, 1e-300, 1.7675108941134422553e+176],
    [1.7, 1e-100, 3.9838527312303922246e+58],
    [1.7, 1e-20, 347920281726.38475331],
    [1.7, 1e-10, 456170.08888737499664],
    [1.7, 0.00001, 522.3352642680424077],
    [1.7, 0.001, 34.774197858458346001],
    [1.7, 0.01, 8.9101248606348174718],
    [1.7, 0.05, 3.3036151432379304469],
    [1.7, 0.1, 2.041349758625524884],
    [1.7, 0.2, 1.1083450086451139157],
    [1.7, 0.3, 0.6353009164288352766],
    [1.7, 0.4, 0.29506112729782733111],
    [1.7, 0.45, 0.14504941873670887494],
    [1.7, 0.49, 0.028856074833240770594],
    [1.7, 0.499, 0.0028849780322343282117],
    [1.7, 0.4999999, 2.8849716762333929401e-7],
    [3, 1e-300, 1.0331108360446529009e+100],
    [3, 1e-100, 2.225769823822442021e+33],
    [3, 1e-20, 4795275.7204689731896],
    [3, 1e-10, 2225.7692846830931927],
    [3, 0.00001, 47.927728375933922875],
    [3, 0.001, 10.214531852407386477],
    [3, 0.01, 4.5407028585681335202],
    [3, 0.05, 2.3533634348018238165],
    [3, 0.1, 1.6377443536962100513],
    [3, 0.2, 0.97847231236330438961],
    [3, 0.3, 0.58438972743981870658],
    [3, 0.4, 0.27667066233268984701],
    [3, 0.45, 0.13659819935369887693],
    [3, 0.49, 0.027211467049118020418],
    [3, 0.499, 0.0027207035217340230027],
    [3, 0.4999999, 2.7206990464296070386e-7],
    [7, 1e-300, 1.4457941326481904259e+43],
    [7, 1e-100, 387862584049539.85174],
    [7, 1e-20, 1445.7919808114368588],
    [7, 1e-10, 53.835579484673732695],
    [7, 0.00001, 10.102684252967578646],
    [7, 0.001, 4.7852896286383340458],
    [7, 0.01, 2.9979515668685284191],
    [7, 0.05, 1.8945786050900073517],
    [7, 0.1, 1.4149239276505084382],
    [7, 0.2, 0.89602964431376490985],
    [7, 0.3, 0.54910965794728504901],
    [7, 0.4, 0.26316686135202275215],
    [7, 0.45, 0.13029279659177735831],
    [7, 0.49, 0.025977941569516889794],
    [7, 0.499, 0.0025974636136622074931],
    [7, 0.4999999, 2.5974602757203755893e-7],
    [30, 1e-300, 50178575360.505080714],
    [30, 1e-100, 10810.645001143975864],
    [30, 1e-20, 22.658878371940183115],
    [30, 1e-10, 9.377489780407143181],
    [30, 0.00001, 5.0540324214464940586],
    [30, 0.001, 3.3851848668293051155],
    [30, 0.01, 2.4572615424005913634],
    [30, 0.05, 1.6972608865939578196],
    [30, 0.1, 1.310415025391395545],
    [30, 0.2, 0.85376726147129758626],
    [30, 0.3, 0.53001900390650450976],
    [30, 0.4, 0.25560536495191271444],
    [30, 0.45, 0.126729613132073566],
    [30, 0.49, 0.025278783971765814411],
    [30, 0.499, 0.0025276030072151389149],
    [30, 0.4999999, 2.5276002261960694582e-7],
    [300, 1e-300, 170.16483324456733671],
    [300, 1e-100, 32.542604433373848934],
    [300, 1e-20, 9.9750513703355010834],
    [300, 1e-10, 6.5878115764844004357],
    [300, 0.00001, 4.3340629207680994691],
    [300, 0.001, 3.1176195538115233998],
    [300, 0.01, 2.3388419237869928218],
    [300, 0.05, 1.6499486739376340226],
    [300, 0.1, 1.2843798675790130351],
    [300, 0.2, 0.84282101116139368107],
    [300, 0.3, 0.52495815809753297204],
    [300, 0.4, 0.25357189491958282744],
    [300, 0.45, 0.12576776536557399962],
    [300, 0.49, 0.025089820841781625745],
    [300, 0.499, 0.0025087206385369876504],
    [300, 0.4999999, 2.5087179983261218378e-7],
    [1e4, 1e-300, 38.356384321004240738],
    [1e4, 1e-100, 21.516974193914982341],
    [1e4, 1e-20, 9.2824741532543046603],
    [1e4, 1e-10, 6.3679413514828028678],
    [1e4, 0.00001, 4.2669376657666614388],
    [1e4, 0.001, 3.0910475160306121068],
    [1e4, 0.01, 2.3267208386694756846],
    [1e4, 0.05, 1.6450060180692429375],
    [1e4, 0.1, 1.2816362297304775124],
    [1e4, 0.2, 0.84165717914165277328],
    [1e4, 0.3, 0.52441722834546679058],
    [1e4, 0.4, 0.25335384344572679407],
    [1e4, 0.45, 0.12566453803858171556],
    [1e4, 0.49, 0.025069535383140829774],
    [1e4, 0.499, 0.0025066935665212474999],
    [1e4, 0.4999999, 2.5066909411931975132e-7],
  ];
  it('matches mpmath on a (df, p) grid down to p = 1e-300', () => {
    for (const [df, p, z] of grid) {
      // near the median z ≈ (½ − p)/f(0) is recovered from log F̄ ≈ −ln 2, whose absolute rounding error
      // (1e-16) is a relative error of ~1e-16/(f(0)·z) in z (measured 2.6e-10 at p = 0.4999999)
      const tol = p > 0.4999 ? 1e-9 : 1e-13;
      expectRel(studentTQuantile(p, df), -z, tol, `quantile(${p}; df=${df})`);
    }
  });
  it('is ∓∞ where the quantile passes the double range, and at p = 0, 1', () => {
    expect(studentTQuantile(1e-300, 0.1), 'quantile(1e-300; df=0.1)').toBe(-Infinity);
    expect(studentTQuantile(0, 3), 'quantile(0; df=3)').toBe(-Infinity);
    expect(studentTQuantile(1, 3), 'quantile(1; df=3)').toBe(Infinity);
    expect(studentTQuantile(0.5, 3, 7), 'quantile(0.5; df=3, loc=7)').toBe(7);
  });
  it('is NaN for p outside [0, 1]', () => {
    for (const p of [-0.1, 1.1, NaN, -Infinity, Infinity]) expect(studentTQuantile(p, 3), `quantile(${p}; df=3)`).toBeNaN();
  });
});

describe('studentTTailMean: +∞ for ν ≤ 1 also where the continued-fraction ratio applies (z > 0)', () => {
  it('tailMean(t; df) = Infinity for df ∈ {1e-20, 0.5, 0.9, 1}, t > 0, with and without loc/scale', () => {
    for (const df of [1e-20, 0.5, 0.9, 1]) {
      for (const t of [1e-7, 1, 10, 1e10, 1e300]) {
        expect(studentTTailMean(t, df), `tailMean(${t}; df=${df})`).toBe(Infinity);
        expect(studentTTailMean(t, df, -3, 0.5), `tailMean(${t}; df=${df}, loc=-3, scale=0.5)`).toBe(Infinity);
      }
    }
  });
});

describe('studentTTailMean where (t − loc)·factor overflows but the mean does not', () => {
  // ν = 2: E[Z | Z > z] = z + √(2 + z²) (closed form), so E[X | X > 0] with loc = −1e308, scale = 1e-4
  // (z = 1e312 overflows) is loc + scale·(z + √(2 + z²)) = 1e308·(1 + O(1e-624)) (mpmath)
  it('tailMean(0; df=2, loc=-1e308, scale=1e-4) = 1e308 to 1e-12 (falls back to logs, not Infinity)', () => {
    expectRel(studentTTailMean(0, 2, -1e308, 1e-4), 1e308, 1e-12, 'tailMean(0; df=2, loc=-1e308, scale=1e-4)');
  });
});
