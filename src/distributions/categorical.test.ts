import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { categorical, categoricalLogSf } from './categorical.ts';

describe('categorical', () => {
  const d = categorical({ values: [3, -2, -1, 3], probs: [0.25, 0.2, 0.3, 0.25] });

  it('merges duplicates and sorts the support', () => {
    expect(d.massAt(3)).toBeCloseTo(0.5, 15);
    expect(d.support).toEqual({ lower: -2, upper: 3, kind: 'discrete' });
    expect(d.massAt(0)).toBe(0);
    expect(d.logPdf(0.5)).toBe(-Infinity);
    expect(d.spec).toEqual({ family: 'categorical', values: [3, -2, -1, 3], probs: [0.25, 0.2, 0.3, 0.25] });
  });

  it('uses strict inequality at atoms for sf and the partial mean', () => {
    expect(d.sf(-1)).toBeCloseTo(0.5, 15); // only the atom at 3
    expect(d.sf(-1.5)).toBeCloseTo(0.8, 15);
    expect(d.partialMean(-1)).toBeCloseTo(1.5, 15);
    expect(d.partialMean(-1.5)).toBeCloseTo(1.2, 15); // −0.3 + 1.5
    expect(d.partialMean(-Infinity)).toBeCloseTo(0.8, 15);
    expect(d.mean()).toBeCloseTo(0.8, 15);
    expect(d.logPartialMean(3)).toEqual({ log: -Infinity, sign: 0 });
    expect(d.tailMean(-1.5)).toBeCloseTo(1.5, 14);
    expect(d.variance()).toBeCloseTo(0.2 * 2.8 ** 2 + 0.3 * 1.8 ** 2 + 0.5 * 2.2 ** 2, 14);
  });

  it('keeps tiny masses in log space (mpmath: log(1e-300) = −690.77552789821370518)', () => {
    const tiny = categorical({ values: [0, 1e6], probs: [1, 1e-300] });
    expect(logScaledError(tiny.logSf(0), -690.77552789821370518)).toBeLessThan(1e-15);
    // log(1e-300·1e6) = −676.96001734024943108 (mpmath, of the double 1e-300)
    expect(logScaledError(tiny.logPartialMean(0).log, -676.96001734024943108)).toBeLessThan(1e-15);
    expect(tiny.tailMean(0)).toBeCloseTo(1e6, 6);
  });

  const lawArb = fc
    .array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.double({ min: 0.01, max: 1, noNaN: true })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((atoms) => {
      const total = atoms.reduce((acc, [, w]) => acc + w, 0);
      return { values: atoms.map(([x]) => x / 4), probs: atoms.map(([, w]) => w / total) };
    })
    .filter(({ probs }) => Math.abs(probs.reduce((a, b) => a + b, 0) - 1) <= 1e-12);

  test.prop([lawArb, fc.integer({ min: -25, max: 25 })])(
    'sf, cdf, partial mean and MGF agree with direct sums (t on and between atoms)',
    ({ values, probs }, k) => {
      const law = categorical({ values, probs });
      const t = k / 8;
      let sf = 0;
      let pm = 0;
      let scale = 0;
      let mgf = 0;
      values.forEach((x, i) => {
        if (x > t) {
          sf += probs[i]!;
          pm += probs[i]! * x;
          scale += probs[i]! * Math.abs(x);
        }
        mgf += probs[i]! * Math.exp(0.3 * x);
      });
      const tag = `values=${JSON.stringify(values)}, probs=${JSON.stringify(probs)}, t=${t}`;
      expect(Math.abs(law.sf(t) - sf), `sf ${tag}`).toBeLessThan(1e-14);
      expect(Math.abs(law.cdf(t) + law.sf(t) - 1), `cdf+sf ${tag}`).toBeLessThan(1e-14);
      expect(Math.abs(law.partialMean(t) - pm), `partialMean ${tag}`).toBeLessThanOrEqual(1e-13 * scale);
      expect(relativeError(law.logMgf(0.3), Math.log(mgf)) < 1e-13 || Math.abs(law.logMgf(0.3) - Math.log(mgf)) < 1e-15, `logMgf ${tag}`).toBe(true);
    },
  );

  test.prop([lawArb, fc.double({ min: 0, max: 1, noNaN: true })])('quantile(u) is the least atom with F ≥ u', ({ values, probs }, u) => {
    const law = categorical({ values, probs });
    const x = law.quantile(u);
    const below = law.support.lower === x ? 0 : law.cdf(Math.max(...values.filter((v) => v < x)));
    expect(law.massAt(x) > 0 && law.cdf(x) >= u - 1e-15 && below < u + 1e-15, `quantile(${u}) = ${x} for ${JSON.stringify({ values, probs })}`).toBe(true);
  });

  it('validates and names the parameter', () => {
    expect(() => categorical({ values: [1, 2], probs: [0.5, 0.49] })).toThrow(/'probs'/);
    expect(() => categorical({ values: [1, 2], probs: [1.5, -0.5] })).toThrow(/'probs\[0\]'/);
    expect(() => categorical({ values: [NaN, 2], probs: [0.5, 0.5] })).toThrow(/'values\[0\]'/);
    expect(() => categorical({ values: [1, 2], probs: [1] })).toThrow(DomainError);
    expect(() => categorical({ values: [], probs: [] })).toThrow(/'values'/);
    expect(categoricalLogSf(0, [1], [0.5])).toBeNaN();
    expect(() => categorical({ values: [1, 2], probs: [0.5, 0.5 + 1e-13] })).not.toThrow();
  });
});
