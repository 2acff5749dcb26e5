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
