import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logAddExp } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { geometric, geometricLogSf } from './geometric.ts';

/** [p, t, log P(X > t), E[X | X > t]] = [floor(t)·log1p(−p), floor(t) + 1/p] (mpmath, 50–400 digits). */
const TAIL: [number, number, number, number][] = [
  [0.5, 3, -2.0794415416798359283, 5.0],
  [0.5, 3.7, -2.0794415416798359283, 5.0],
  [1e-10, 1e12, -100.00000000500000364, 1009999999999.9999996],
  [1e-10, 0.5, 0, 9999999999.9999996357],
  [0.3, 1e6, -356674.94393873236305, 1000003.3333333333333],
  [0.999999, 50, -690.77552789677592198, 51.00000100000100003],
  [1e-300, 1e305, -99999.999999999996431, 1.0000099999999999393e305],
  [0.9, 1, -2.3025850929940459061, 2.1111111111111110837],
];

/** [p, λ, log E[e^{λX}]] = log(p·e^λ/(1 − (1−p)e^λ)) (mpmath, 50 digits). */
const MGF: [number, number, number][] = [
  [0.5, 0.5, 1.546175270077873496],
  [0.5, -3, -3.6679385623230257169],
  [1e-6, 5e-7, 0.69314693056001822606],
  [0.3, -1e-9, -3.3333333294444447828e-9],
];

describe('geometric', () => {
  it('logSf and tailMean match mpmath, at atoms and between them', () => {
    for (const [p, t, logSf, tailMean] of TAIL) {
      const d = geometric({ p });
      expect(logScaledError(d.logSf(t), logSf), `logSf(${t}; p=${p}) = ${d.logSf(t)}`).toBeLessThan(1e-13);
      expect(relativeError(d.tailMean(t), tailMean), `tailMean(${t}; p=${p}) = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  it('logMgf matches mpmath; Infinity at and beyond −log(1−p)', () => {
    for (const [p, lambda, ref] of MGF) {
      const got = geometric({ p }).logMgf(lambda);
      expect(relativeError(got, ref), `logMgf(${lambda}; p=${p}) = ${got}`).toBeLessThan(1e-12);
    }
    expect(geometric({ p: 0.5 }).logMgf(Math.LN2)).toBe(Infinity);
    expect(geometric({ p: 0.5 }).mgfSup).toBeCloseTo(Math.LN2, 15);
  });

  const pArb = fc.double({ min: 1e-12, max: 1, noNaN: true }).filter((p) => p > 0);
  const nArb = fc.integer({ min: 1, max: 1e12 });

  test.prop([pArb, nArb])('P(X > n−1) = P(X > n) + P(X = n); partial means differ by n·P(X = n)', (p, n) => {
    const d = geometric({ p });
    const lhs = d.logSf(n - 1);
    const rhs = logAddExp(d.logSf(n), d.logPdf(n));
    expect(logScaledError(lhs, rhs), `sf recursion p=${p}, n=${n}: ${lhs} vs ${rhs}`).toBeLessThan(1e-13);
    const pmL = d.logPartialMean(n - 1).log;
    const pmR = logAddExp(d.logPartialMean(n).log, Math.log(n) + d.logPdf(n));
    expect(logScaledError(pmL, pmR), `partial means p=${p}, n=${n}: ${pmL} vs ${pmR}`).toBeLessThan(1e-13);
    expect(d.logSf(n + 0.25), `between atoms p=${p}, n=${n}`).toBe(d.logSf(n));
  });

  test.prop([pArb, fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true })])(
    'quantile(u) is the least n with P(X ≤ n) ≥ u',
    (p, u) => {
      const d = geometric({ p });
      const n = d.quantile(u);
      // F(n) ≥ u tested on the side that resolves it: log sf against log(1 − u) for u > ½
      const reached = (k: number): boolean => (u > 0.5 ? d.logSf(k) <= Math.log1p(-u) : d.cdf(k) >= u);
      expect(reached(n) && (n === 1 || !reached(n - 1)), `quantile(${u}; p=${p}) = ${n}`).toBe(true);
    },
  );

  it('p = 1 is the point mass at 1', () => {
    const d = geometric({ p: 1 });
    expect(d.logSf(0.5)).toBe(0);
    expect(d.logSf(1)).toBe(-Infinity);
    expect(d.logPdf(1)).toBe(0);
    expect(d.mean()).toBe(1);
    expect(d.variance()).toBe(0);
    expect(d.logMgf(3)).toBe(3);
    expect(d.partialMean(0)).toBe(1);
    expect(d.partialMean(1)).toBe(0);
    expect(d.tails.right.bounded).toBe(true);
  });

  it('validates p (named) and keeps kernels total', () => {
    expect(() => geometric({ p: 0 })).toThrow(DomainError);
    expect(() => geometric({ p: 1.5 })).toThrow(/'p'/);
    expect(geometricLogSf(3, 0)).toBeNaN();
    expect(geometric({ p: 0.2 }).mean()).toBeCloseTo(5, 14);
    expect(geometric({ p: 0.2 }).variance()).toBeCloseTo(20, 13);
  });
});
