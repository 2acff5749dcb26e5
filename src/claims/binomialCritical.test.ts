import { describe, expect, it } from 'vitest';
import { binomialCriticalCount } from './vitestClaim.ts';

describe('binomialCriticalCount', () => {
  it('is the least k with P(Binomial(n, p) ≥ k) < alpha', () => {
    // n = 100, p = 0.01: P(X ≥ 5) = 3.4e-3, P(X ≥ 6) = 5.5e-4 (scipy.stats.binom.sf(4, 100, 0.01), sf(5, …))
    expect(binomialCriticalCount(100, 0.01, 1e-3)).toBe(6);
    // n = 10, p = 0.1: P(X ≥ 5) = 1.6e-3, P(X ≥ 6) = 1.5e-4
    expect(binomialCriticalCount(10, 0.1, 1e-3)).toBe(6);
    expect(binomialCriticalCount(0, 0.01, 1e-3)).toBe(1);
  });
});
