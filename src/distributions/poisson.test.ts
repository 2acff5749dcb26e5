import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logAddExp } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { poisson, poissonLogSf } from './poisson.ts';

/**
 * [λ, t, log P(X > t), log P(X ≤ t), E[X | X > t]] from mpmath at 60 digits, n = floor(t):
 * Σ_{k≥n+1} pmf(k) summed upward (n+1 > λ) or Σ_{k≤n} pmf(k) downward (n < λ), pmf(k) = exp(k·log λ − λ −
 * loggamma(k+1)), the other side by log1p(−e^{·}); tail mean λ·P(X ≥ n)/P(X > n). Cross-checked against
 * mpmath.gammainc(n+1, 0, λ, regularized=True) where that converges (λ ≤ 100) to 1e-55.
 */
const REFERENCE: [number, number, number, number, number][] = [
  [1e-8, 0, -18.420680748952365447, -1.0000000000000000209e-8, 1.0000000050000000083],
  [1e-8, 3, -76.860776814157407423, -4.1666666333333338209e-34, 4.0000000020000000027],
  [0.3, 0.5, -1.3502256128148467113, -0.2999999999999999889, 1.1574887740530247746],
  [1, 0, -0.45867514538708189102, -1.0, 1.5819767068693264244],
  [7.5, 7, -0.74367976749059540846, -0.64504577450592667281, 9.8111438398938222494],
  [7.5, 7.9, -0.74367976749059540846, -0.64504577450592667281, 9.8111438398938222494],
  [7.5, 60, -77.201327187375514998, -2.9640778563755400639e-34, 61.13694037415535394],
  [100, 50, -2.4015922644550424095e-8, -17.54454879506485513, 100.00000122314219289],
  [100, 500, -410.13477609179158242, -7.5985356731497605711e-179, 501.24845006454395125],
  [1e5, 1e5, -0.69483068305405894722, -0.69146650748381426146, 100252.73816932756572],
  [1e5, 1e5 + 2000, -22.665333918734975802, -1.4340706536295561086e-10, 102048.72264319336226],
  [1e5, 9e4, -2.2528378041258939291e-227, -521.87462544185681296, 100000.0],
  [1e5, 1e6, -1402595.1169137531072, 0, 1000001.1111108367635],
  [3, 1e12, -25532408827304.705375, 0, 1000000000001.0],
];

describe('poisson', () => {
  it('logSf, logCdf and tailMean match mpmath (log-scaled 1e-13; relative 1e-12 where the log is tiny)', () => {
    for (const [lambda, t, logSf, logCdf, tailMean] of REFERENCE) {
      const d = poisson({ lambda });
      const tag = `(${t}; λ=${lambda})`;
      for (const [name, got, ref] of [['logSf', d.logSf(t), logSf], ['logCdf', d.logCdf(t), logCdf]] as const) {
        expect(logScaledError(got, ref), `${name}${tag} = ${got}`).toBeLessThan(1e-13);
        if (ref !== 0 && Math.abs(ref) < 1) expect(relativeError(got, ref), `${name}${tag} = ${got} (relative)`).toBeLessThan(1e-12);
      }
      expect(relativeError(d.tailMean(t), tailMean), `tailMean${tag} = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  it('logSf and logCdf at λ = 1e10 near the mean (the incomplete gamma once stopped at 1e5 steps: −1.07 for −0.69)', () => {
    // [n, log P(X > n), log P(X ≤ n)], λ = 1e10: mpmath, dps = 50, with a = n + 1: log P(a, λ) =
    // a·log λ − λ − loggamma(a + 1) + log hyp1f1(1, a + 1, λ) (maxterms = 1e8), and log1p(−P(a, λ)).
    const rows: [number, number, number][] = [
      [1e10, -0.6931524998044978, -0.693141861343687],
      [1e10 - 1e5, -0.17275521703152855, -1.8410140193238298],
      [1e10 + 1e6, -53.22966953643143, -7.63217371606351e-24],
    ];
    const d = poisson({ lambda: 1e10 });
    for (const [n, logSf, logCdf] of rows) {
      expect(relativeError(d.logSf(n), logSf), `logSf(${n}; λ=1e10) = ${d.logSf(n)}`).toBeLessThan(1e-13);
      expect(relativeError(d.logCdf(n), logCdf), `logCdf(${n}; λ=1e10) = ${d.logCdf(n)}`).toBeLessThan(1e-13);
    }
  });

  it('moments and MGF', () => {
    const d = poisson({ lambda: 2.5 });
    expect(d.mean()).toBe(2.5);
    expect(d.variance()).toBe(2.5);
    expect(relativeError(d.logMgf(1e-12), 2.5 * (1e-12 + 5e-25))).toBeLessThan(1e-15); // λ·expm1(θ)
    expect(d.logMgf(1)).toBeCloseTo(2.5 * (Math.E - 1), 14);
    expect(d.partialMean(-1)).toBeCloseTo(2.5, 15);
    expect(d.partialMean(0.5)).toBeCloseTo(2.5, 15); // X = 0 adds nothing
  });

  const lambdaArb = fc.double({ min: 1e-6, max: 1e4, noNaN: true });
  const nArb = fc.integer({ min: 1, max: 20000 });

  test.prop([lambdaArb, nArb])('P(X > n−1) = P(X > n) + P(X = n); partial means differ by n·P(X = n)', (lambda, n) => {
    const d = poisson({ lambda });
    const lhs = d.logSf(n - 1);
    const rhs = logAddExp(d.logSf(n), d.logPdf(n));
    expect(logScaledError(lhs, rhs), `sf recursion λ=${lambda}, n=${n}: ${lhs} vs ${rhs}`).toBeLessThan(1e-13);
    const pmL = d.logPartialMean(n - 1).log;
    const pmR = logAddExp(d.logPartialMean(n).log, Math.log(n) + d.logPdf(n));
    expect(logScaledError(pmL, pmR), `partial means λ=${lambda}, n=${n}: ${pmL} vs ${pmR}`).toBeLessThan(1e-13);
    expect(d.logSf(n + 0.5), `between atoms λ=${lambda}, n=${n}`).toBe(d.logSf(n));
    expect(Math.abs(d.cdf(n) + d.sf(n) - 1), `cdf + sf λ=${lambda}, n=${n}`).toBeLessThan(1e-14);
  });

  test.prop([lambdaArb, fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true })])(
    'quantile(u) is the least n with P(X ≤ n) ≥ u',
    (lambda, u) => {
      const d = poisson({ lambda });
      const n = d.quantile(u);
      const reached = (k: number): boolean => (u > 0.5 ? d.logSf(k) <= Math.log1p(-u) : d.logCdf(k) >= Math.log(u));
      expect(reached(n) && (n === 0 || !reached(n - 1)), `quantile(${u}; λ=${lambda}) = ${n}`).toBe(true);
    },
  );

  it('validates λ (named) and keeps kernels total', () => {
    expect(() => poisson({ lambda: 0 })).toThrow(DomainError);
    expect(() => poisson({ lambda: -1 })).toThrow(/'lambda'/);
    expect(poissonLogSf(1, NaN)).toBeNaN();
    expect(poisson({ lambda: 1 }).logPdf(1.5)).toBe(-Infinity);
    expect(poisson({ lambda: 1 }).logPdf(-1)).toBe(-Infinity);
    expect(poisson({ lambda: 1 }).tails.right.ratioLight).toBe(true);
  });
});
