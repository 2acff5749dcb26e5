import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { NodeTable } from './t3NodeTable.ts';
import { roundingOfNodes } from './t3NodeMaps.ts';

/**
 * roundingOfNodes bounds how far the sums of t3TableCumulants.ts move when every node x_j moves by ±xErr_j:
 * checked against the moved sums themselves (scaled form: mass Σ w_j, tilted mean Σ w_j(x_j − c)/Σ w_j with
 * w_j = K_j e^{λ(x_j − c)}), for random 15-node tables, λ and centres, with xErr small enough that first
 * order (doubled) must hold; each node moved the worst way (the sign of its first-order effect), so that the
 * bound is met within the factor 2 (checked by hand: a bound without the λ(x_j − c − tm) term fails).
 */
const table = fc.record({
  x: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 15, maxLength: 15 }),
  logK: fc.array(fc.double({ min: -20, max: 0, noNaN: true }), { minLength: 15, maxLength: 15 }),
  rel: fc.double({ min: 1e-12, max: 1e-7, noNaN: true }),
  l: fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -0.1, max: 0.1, noNaN: true })),
  c: fc.double({ min: -20, max: 20, noNaN: true }),
});

test.prop([table])('moved nodes move the scaled sums by at most the bound', ({ x, logK, rel, l, c }) => {
  const xErr = Float64Array.from(x, (v) => Math.abs(v) * rel + 1e-9 * rel);
  const t = { x: Float64Array.from(x), logK: Float64Array.from(logK), K: Float64Array.from(logK, Math.exp) } as unknown as NodeTable;
  const sums = (xs: readonly number[]) => {
    let m = 0, m1 = 0;
    xs.forEach((v, j) => { const w = Math.exp(logK[j] + l * (v - c)); m += w; m1 += w * (v - c); });
    return { m, tm: m1 / m };
  };
  const at = sums(x);
  const movedMass = sums(x.map((v, j) => v + Math.sign(l) * xErr[j]));
  const movedMean = sums(x.map((v, j) => v + (1 + l * (v - c - at.tm) >= 0 ? 1 : -1) * xErr[j]));
  const r = roundingOfNodes(t, xErr, l, c, 0, true, at.tm);
  const where = `λ=${l}, c=${c}, rel=${rel}: mass ${at.m} → ${movedMass.m} (bound ${r.m}), tilted mean ${at.tm} → ${movedMean.tm} (bound ${r.t / at.m})`;
  expect(Math.abs(movedMass.m - at.m), where).toBeLessThanOrEqual(r.m + 1e-13 * at.m);
  expect(Math.abs(movedMean.tm - at.tm), where).toBeLessThanOrEqual(r.t / at.m + 1e-12 * (Math.abs(at.tm) + 50));
});
