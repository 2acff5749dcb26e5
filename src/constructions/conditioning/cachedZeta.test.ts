import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { withCachedZeta } from './cachedZeta.ts';

describe('withCachedZeta', () => {
  it('gives exactly the values of the zeta law (log ζ(s) only hoisted)', () => {
    for (const s of [1.0001, 1.5, 2, 3.0000235, 7, 40]) {
      const d = build({ family: 'zeta', s });
      const w = withCachedZeta(d);
      for (const t of [-3, 0, 0.5, 1, 1.5, 2, 7.9, 10, 123.4, 1e4, 3.3e7, 1e15, 1e200, Infinity, NaN]) {
        for (const f of ['logSf', 'logCdf', 'logPdf', 'sf', 'cdf', 'pdf'] as const) {
          expect(Object.is(w[f](t), d[f](t)), `${f}(${t}; s=${s}): ${w[f](t)} vs ${d[f](t)}`).toBe(true);
        }
      }
    }
  });
  it('returns other laws unchanged', () => {
    const d = build({ family: 'poisson', lambda: 2 });
    expect(withCachedZeta(d)).toBe(d);
  });
});
