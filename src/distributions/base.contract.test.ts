/**
 * Contracts of base.ts: tailMeanFromLogs (E[X | X > t] = m(t)/F̄(t) as a difference of logs) at its edge
 * values, and the methods defineDistribution derives when a family does not supply them.
 */
import { describe, it, expect } from 'vitest';
import { defineDistribution, recipesOf, tailMeanFromLogs, type DistributionCore } from './base.ts';
import { boundedTail, exponentialTail } from './tails.ts';

describe('tailMeanFromLogs', () => {
  it('m/F̄ by logs: survives F̄ underflowing; signs; NaN where F̄ = 0 or an input is NaN; ±∞ for an infinite m', () => {
    expect(tailMeanFromLogs({ log: Math.log(6), sign: 1 }, Math.log(2))).toBeCloseTo(3, 14);
    expect(tailMeanFromLogs({ log: Math.log(6), sign: -1 }, Math.log(2))).toBeCloseTo(-3, 14);
    expect(tailMeanFromLogs({ log: -1000 + Math.log(1001), sign: 1 }, -1000)).toBeCloseTo(1001, 10);
    expect(tailMeanFromLogs({ log: -Infinity, sign: 0 }, -3)).toBe(0);
    expect(tailMeanFromLogs({ log: 7, sign: 0 }, -3), 'sign 0 is zero whatever its log').toBe(0);
    expect(tailMeanFromLogs({ log: Infinity, sign: 1 }, -3)).toBe(Infinity);
    expect(tailMeanFromLogs({ log: Infinity, sign: -1 }, -3)).toBe(-Infinity);
    expect(tailMeanFromLogs({ log: -5, sign: 1 }, -Infinity)).toBeNaN();
    expect(tailMeanFromLogs({ log: NaN, sign: 0 }, -1)).toBeNaN();
    expect(tailMeanFromLogs({ log: 1, sign: 1 }, NaN)).toBeNaN();
  });
});

/** Exp(1) cores, with only the required methods. */
const core = (): DistributionCore => ({
  spec: { family: 'exponential', rate: 1 },
  support: { lower: 0, upper: Infinity, kind: 'continuous' },
  tails: { right: exponentialTail(1), left: boundedTail() },
  logPdf: (x) => (x < 0 ? -Infinity : -x),
  logCdf: (x) => (x <= 0 ? -Infinity : Math.log(-Math.expm1(-x))),
  logSf: (x) => (x <= 0 ? 0 : -x),
  quantile: (p) => -Math.log1p(-p),
  mean: () => 1,
  variance: () => 1,
  logPartialMean: (t) => (t <= 0 ? { log: 0, sign: 1 } : { log: -t + Math.log1p(t), sign: 1 }),
  logMgf: (l) => (l < 1 ? -Math.log1p(-l) : Infinity),
});

describe('defineDistribution: derived methods', () => {
  const d = defineDistribution(core());
  it('pdf, cdf, sf by exp of the logs; partialMean by fromSignedLog; tailMean by logs; massAt 0 (NaN for NaN)', () => {
    expect(d.pdf(2)).toBe(Math.exp(-2));
    expect(d.cdf(2)).toBe(Math.exp(Math.log(-Math.expm1(-2))));
    expect(d.sf(2)).toBe(Math.exp(-2));
    expect(d.partialMean(2)).toBe(Math.exp(-2 + Math.log1p(2)));
    expect(d.tailMean(2)).toBeCloseTo(3, 13);
    expect(d.massAt(2)).toBe(0);
    expect(d.massAt(NaN)).toBeNaN();
    expect(d.sample(() => 0.5)).toBe(Math.LN2);
    expect(d.mgfSup).toBe(1);
    expect(d.tailClass).toBe('light');
    expect(d.mean()).toBe(1);
    expect(d.variance()).toBe(1);
    expect(d.logMgf(0.5)).toBe(Math.LN2);
    expect(d.quantile(0.5)).toBe(Math.LN2);
    expect(Object.isFrozen(d)).toBe(true);
  });
  it('supplied massAt, cdf, sf, tailMean and sample take precedence', () => {
    const s = defineDistribution({
      ...core(),
      massAt: () => 0.125,
      cdf: () => 0.25,
      sf: () => 0.75,
      tailMean: () => 42,
      sample: () => 7,
    });
    expect(s.massAt(1)).toBe(0.125);
    expect(s.cdf(1)).toBe(0.25);
    expect(s.sf(1)).toBe(0.75);
    expect(s.tailMean(1)).toBe(42);
    expect(s.sample(() => 0.5)).toBe(7);
  });
});

describe('defineDistribution: recipes', () => {
  it('are kept on the law under a non-enumerable symbol, so a spread wrapper does not inherit them', () => {
    const d = defineDistribution(core());
    expect(recipesOf(d), 'the law has its recipes').toBeDefined();
    expect(recipesOf({ ...d, logSf: (t: number) => d.logSf(t) }), 'a spread wrapper has none').toBeUndefined();
    expect(Object.keys(d).some((k) => k.includes('Recipes'))).toBe(false);
  });
});
