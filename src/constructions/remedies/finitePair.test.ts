import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { finiteAtoms, logIntervalProb, meanV, SCREEN_INTERVALS } from './finitePair.ts';
import { quantilizerShift } from './oddsRatio.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('logIntervalProb', () => {
  // short intervals far in a tail (relative gap ~1e-8: the difference of tails loses its digits; the density's
  // Gauss–Legendre is used, 2 points where its own check allows). mpmath, 50 digits:
  // log(ncdf(−30) − ncdf(−(30 + 1e-9))) = −471.642204385151083860608919494,
  // log ∫_{200}^{200+1e-6} x²e^{−x}/2 dx (gamma(3, 1)) = −203.912023500428068645266532451
  it('short intervals far in a tail: the log is right to 1e-12 with an honest error (normal, gamma)', () => {
    const cases: [string, Parameters<typeof build>[0], number, number, number][] = [
      ['normal 30 + 1e-9', { family: 'normal', mu: 0, sigma: 1 }, 30, 1e-9, -471.642204385151083860608919494],
      ['gamma(3) 200 + 1e-6', { family: 'gamma', shape: 3, rate: 1 }, 200, 1e-6, -203.912023500428068645266532451],
    ];
    for (const [name, spec, a, w, want] of cases) {
      const r = logIntervalProb(build(spec), a, w);
      expect(Math.abs(r.log - want), `${name}: log ${r.log} (relError ${r.relError})`).toBeLessThan(1e-12 * Math.abs(want));
      expect(r.relError, `${name}: relError`).toBeLessThan(1e-10);
    }
  });
  // b far out, where log F̄(b) is huge (−5e39 at b = 1e20) but F̄(b)/F̄(a) = e^{Δ} underflows: the difference is
  // F̄(a) itself and log F̄(b)'s own error does not reach it (it counts through e^{Δ}); the error was charged
  // 1e-13·|log F̄(b)| = 5e26 before. log Φ̄(1) = −1.84102164500926350079 (mpmath: log(ncdf(−1)))
  it('an interval reaching far into a light tail: the error is log F̄(a)\'s, not the far end\'s', () => {
    const n = build({ family: 'normal', mu: 0, sigma: 1 });
    for (const w of [1e3, 1e20, 1e300]) {
      const r = logIntervalProb(n, 1, w);
      expect(Math.abs(r.log + 1.84102164500926350079), `P(1 < N ≤ 1 + ${w}): log ${r.log}`).toBeLessThan(1e-14);
      expect(r.relError, `P(1 < N ≤ 1 + ${w}): relError ${r.relError}`).toBeLessThan(1e-12);
    }
  });
  // the screening tolerance (1e-4 from the difference, 1e-7 from the 2-point rule): fewer digits, still within
  // the error returned (same mpmath values as above)
  it('SCREEN_INTERVALS: the value lies within its (looser) error', () => {
    const cases: [string, Parameters<typeof build>[0], number, number, number][] = [
      ['normal 30 + 1e-9', { family: 'normal', mu: 0, sigma: 1 }, 30, 1e-9, -471.642204385151083860608919494],
      ['gamma(3) 200 + 1e-6', { family: 'gamma', shape: 3, rate: 1 }, 200, 1e-6, -203.912023500428068645266532451],
      ['normal 1 + 1', { family: 'normal', mu: 0, sigma: 1 }, 1, 1, Math.log(0.13590512198327787)],
    ];
    for (const [name, spec, a, w, want] of cases) {
      const r = logIntervalProb(build(spec), a, w, a + w, SCREEN_INTERVALS);
      expect(Math.abs(Math.expm1(r.log - want)), `${name}: log ${r.log} (relError ${r.relError})`).toBeLessThanOrEqual(r.relError);
      expect(r.relError, `${name}: relError`).toBeLessThan(1e-4);
    }
  });

  it('normal, a wide interval: Φ̄(a) − Φ̄(b)', () => {
    const n = build({ family: 'normal', mu: 0, sigma: 1 });
    const r = logIntervalProb(n, 1, 1); // P(1 < N ≤ 2) = 0.13590512198327787 (mpmath: ncdf(2) − ncdf(1))
    expect(rel(Math.exp(r.log), 0.13590512198327787), `P(1 < N ≤ 2) = ${Math.exp(r.log)}`).toBeLessThan(1e-12);
  });

  it('Cauchy on (1e17 − 10, 1e17]: ≈ 10/(π b²), where F̄(b − 10) − F̄(b) rounds to 0', () => {
    const n = build({ family: 'cauchy', loc: 0, scale: 1 });
    const b = 1e17;
    const r = logIntervalProb(n, b - 10, 10);
    const expected = Math.log(10 / (Math.PI * b * b));
    expect(Math.abs(r.log - expected), `log P = ${r.log} vs ${expected}`).toBeLessThan(1e-9);
  });

  it('clips to the support: Pareto(1, 1) on (0.5, 1.5] is P(X ≤ 1.5) = 1/3', () => {
    const n = build({ family: 'pareto', xm: 1, alpha: 1 });
    const r = logIntervalProb(n, 0.5, 1);
    expect(rel(Math.exp(r.log), 1 / 3), `P = ${Math.exp(r.log)}`).toBeLessThan(1e-12);
  });
});

describe('finiteAtoms and the quantilizer on U', () => {
  it('independent normal X, V ∈ {0, 1}: atoms share X, E[V] = 0.5', () => {
    const atoms = finiteAtoms({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } })!;
    expect(atoms.map((a) => a.g)).toEqual([0, 1]);
    expect(meanV(atoms)).toBe(0.5);
  });

  it('X = −2V + Z (U = −V + Z): the quantilizer lowers E[V]', () => {
    const atoms = finiteAtoms({ kind: 'linear', a: -2, z: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } })!;
    const s = quantilizerShift(atoms, Math.log(4));
    expect('shift' in s && s.shift < -0.01, JSON.stringify(s)).toBe(true);
  });

  it('Cauchy X, V ∈ {0, 10}, K = e^40.65: a gain of ≈ 25/u_K, resolved far below the rounding of F̄', () => {
    const atoms = finiteAtoms({ kind: 'independent', x: { family: 'studentT', df: 1 }, v: { family: 'categorical', values: [0, 10], probs: [0.5, 0.5] } })!;
    const s = quantilizerShift(atoms, 40.654119177766304);
    if (!('shift' in s)) throw new Error(s.reason);
    // E[V | U > u] − E[V] = 5·(F̄(u − 10) − F̄(u))/(F̄(u − 10) + F̄(u)) ≈ 5·(10/u)/2 = 25/u for the Cauchy tail F̄ ≈ 1/(πu)
    expect(rel(s.shift, 25 / s.threshold), `shift ${s.shift}, u ${s.threshold}`).toBeLessThan(1e-6);
  });
});

describe('logIntervalProb near a support end', () => {
  it('X = −Exp(1) on (−8.9e-16, 10]: the interval is clipped to (−8.9e-16, 0], probability 8.9e-16', () => {
    const n = build({ family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: -1 });
    const r = logIntervalProb(n, -8.9e-16, 10);
    expect(rel(Math.exp(r.log), 8.9e-16), `P = ${Math.exp(r.log)}`).toBeLessThan(1e-9);
  });
});

describe('logIntervalProb deep in the lower tail (F̄ = 1 in doubles at both ends)', () => {
  // the upper tails alone gave log −∞ with relative error 1e287 here ("unknown", which callers read as 0); the
  // log-cdfs resolve them. mpmath, 50 digits:
  // lognormal: log(ncdf((log(21) − 100)/1.5) − ncdf((log(20) − 100)/1.5)) = −2094.18802830055600273308812126567
  // gamma(200, 1): log(gammainc(200, 0.01, 0.02, regularized=True)) = −1645.65648877064544535597679578906
  // poisson(1e6): log Σ_{k=6}^{10} e^{−λ}λ^k/k! = −999876.949296993392774100812598747
  // normal: log(ncdf(−39) − ncdf(−40)) = −765.083156564377544410809718564744
  it('continuous (density underflowing) and discrete noises: the log is right within its error', () => {
    const cases: [string, Parameters<typeof build>[0], number, number, number][] = [
      ['lognormal(100, 1.5) (20, 21]', { family: 'lognormal', mu: 100, sigma: 1.5 }, 20, 1, -2094.18802830055600273308812126567],
      ['gamma(200, 1) (0.01, 0.02]', { family: 'gamma', shape: 200, rate: 1 }, 0.01, 0.01, -1645.65648877064544535597679578906],
      ['poisson(1e6) (5, 10]', { family: 'poisson', lambda: 1e6 }, 5, 5, -999876.949296993392774100812598747],
      ['normal (−40, −39]', { family: 'normal', mu: 0, sigma: 1 }, -40, 1, -765.083156564377544410809718564744],
    ];
    for (const [name, spec, a, w, want] of cases) {
      const r = logIntervalProb(build(spec), a, w);
      expect(r.log, `${name}: log ${r.log} (relError ${r.relError})`).toBeGreaterThan(-Infinity);
      expect(r.relError, `${name}: relError`).toBeLessThan(1e-6);
      expect(Math.abs(r.log - want), `${name}: log ${r.log} vs ${want} (relError ${r.relError})`).toBeLessThanOrEqual(Math.max(r.relError, 1e-15 * Math.abs(want)));
    }
  });
  // an interval too short for the log-cdfs to resolve either: still reported with its (large) error, never as an
  // exact 0 (log −∞ with relError 0)
  it('an unresolved value is never an exact 0', () => {
    const n = build({ family: 'lognormal', mu: 100, sigma: 1.5 });
    for (const w of [1e-12, 1e-14, 3e-15]) {
      const r = logIntervalProb(n, 20, w);
      expect(r.log > -Infinity || r.relError > 0, `P(20 < N ≤ 20 + ${w}): log ${r.log}, relError ${r.relError}`).toBe(true);
    }
  });
});

describe('logIntervalProb where neither difference resolves it: an enclosure [0, B], never an exact 0', () => {
  // an interval inside a gap of the support (mixture of X ≥ 0 and X ≤ −2: the true value is exactly 0) and
  // intervals far shorter than the rounding of the logs, deep in a lognormal's lower tail. mpmath, 60 digits,
  // b the double 20 + w: log(ncdf((log(b) − 100)/1.5) − ncdf((log(20) − 100)/1.5)) =
  //   w = 1e-14 (b − 20 = 1.0658e-14): −2127.56546765841269655405106082681990
  //   w = 3e-15 (b − 20 = 3.5527e-15): −2128.66407994708081372621926331863880
  // (the old code gave log −∞ with relative error 1e287 for all three, which its callers summed as 0)
  it('the value lies in [v(1 − relError), v(1 + relError)], v = e^log', () => {
    const mix = build({ family: 'mixture', components: [{ family: 'logLogistic', alpha: 10, beta: 1 }, { family: 'affine', base: { family: 'lognormal', mu: 1, sigma: 1 }, loc: -2, scale: -1 }], weights: [0.5, 0.5] });
    const ln = build({ family: 'lognormal', mu: 100, sigma: 1.5 });
    const cases: [string, ReturnType<typeof build>, number, number, number][] = [
      ['mixture gap (−1.085, −0.105]', mix, -1.0846298386670417, 0.980038178852775, -Infinity],
      ['lognormal(100, 1.5) (20, 20 + 1e-14]', ln, 20, 1e-14, -2127.56546765841269655405106082681990],
      ['lognormal(100, 1.5) (20, 20 + 3e-15]', ln, 20, 3e-15, -2128.66407994708081372621926331863880],
    ];
    for (const [name, n, a, w, want] of cases) {
      const r = logIntervalProb(n, a, w);
      const msg = `${name}: log ${r.log}, relError ${r.relError}, true log ${want}`;
      expect(r.log, msg).toBeGreaterThan(-Infinity);
      expect(r.relError, msg).toBeGreaterThanOrEqual(1); // [0, 2v] contains every value ≥ 0 up to 2v
      expect(want, msg).toBeLessThanOrEqual(r.log + Math.log1p(r.relError));
      expect(r.log, `${name}: the bound is tiny (${r.log})`).toBeLessThan(name.startsWith('mixture') ? Math.log(1e-12) : -2000);
    }
  });
});
