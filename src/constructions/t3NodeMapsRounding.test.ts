import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import { hOf } from './t3CumulantTypes.ts';
import { buildNodeTable, type NodeTable } from './t3NodeTable.ts';
import { nodeMapOf, roundingOfNodes } from './t3NodeMaps.ts';

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

/**
 * The unscaled form (t3TableCumulants.ts sums K_j·h(y_j), h(y) = e^y − 1 − y, where Λ is moderate): moving x_j by δ_j
 * moves it by K_j·h′(y_j)·λδ_j, h′ = expm1 — not w_j·λδ_j = K_j e^{y_j}λδ_j as in the scaled form: for y < −ln 2
 * |expm1(y)| > e^y, and a table whose δ-weighted mass sits at y < −ln 3 beat the old bound (2Σ w_j|λ|δ_j) even
 * doubled. Each node is moved the worst way (the sign of λ·expm1(y_j)); checked by hand: the old mass term fails here.
 */
test.prop([table])('moved nodes move the unscaled h-sum by at most the bound', ({ x, logK, rel, l, c }) => {
  const xErr = Float64Array.from(x, (v) => Math.abs(v) * rel + 1e-9 * rel);
  const t = { x: Float64Array.from(x), logK: Float64Array.from(logK), K: Float64Array.from(logK, Math.exp) } as unknown as NodeTable;
  const hSum = (xs: readonly number[]) => xs.reduce((a, v, j) => a + Math.exp(logK[j]) * hOf(l * (v - c)), 0);
  const noise = 1e-14 * x.reduce((a, v, j) => a + Math.exp(logK[j]) * (Math.exp(l * (v - c)) + 1 + Math.abs(l * (v - c))), 0);
  const at = hSum(x);
  const moved = hSum(x.map((v, j) => v + Math.sign(l * Math.expm1(l * (v - c))) * xErr[j]));
  const r = roundingOfNodes(t, xErr, l, c, 0, false, 0);
  expect(Math.abs(moved - at), `λ=${l}, c=${c}, rel=${rel}: h-sum ${at} → ${moved} (bound ${r.m}, summation noise ${noise})`).toBeLessThanOrEqual(r.m + noise);
});

describe('the Weibull map x = λ·t^{1/k} (k < 1): rounding of nodes', () => {
  // Nodes t of real tables (t3NodeTable.ts) at adversarial shapes — k → 1 (|ln t|/k small, pow of huge t), k = 0.02
  // (r = 50), scales 1e±200, subnormal x — and x = λ·t^{1/k} from mpmath (mp.dps = 60, k, λ and t the exact doubles):
  // the computed toX(t) lies within toX(t)·relErr(t) of it. The subnormal row failed before relErr counted the
  // absolute rounding of subnormal results (2.7% off against a bound of 6e-14). Compared at x·2^s (exact for a
  // power of two), with the reference given as x*·2^s, so that a subnormal x* is not itself rounded to a double.
  it.each<[number, number, number, string, number?]>([
    [0.02, 1e-200, 131072, '7.50751682880460801836763569617e+55'],
    [0.02, 1e-3, 2.5600000000008674e-6, '2.58224987813069096467880608598e-283'],
    [0.02, 1e200, 2.5600000000008674e-6, '2.58224987813069083276829079466e-80'],
    [0.3, 1e-3, 1.2582912, '0.00215081900055633158055540708874'],
    // x* = 2.53814625419597460725327177576e-323: given here times 2^600
    [0.3, 1e-200, 1.6647728826627564e-37, '1.05320773978831709333514346332e-142', 600],
    [0.7, 1e200, 2.7606985387162255e70, '4.26606159788666542873726053418e+300'],
    [0.999, 1e-3, 1.7144137714980277e302, '3.44074350653203883849555133119e+299'],
    [0.9999999, 1e-3, 3.89812560456e289, '3.89838554322530646971122987682e+286'],
    [0.9999999, 1, 8.174961907854212e295, '8.17551893909815510805282667693e+295'],
    [0.9999999, 1e200, 6.835158514946912e97, '6.83531249424932287851089677157e+297'],
  ])('Weibull(k=%d, λ=%d) at t=%d: x·2^s = %s (s = %d)', (k, lambda, tNode, exact, s = 0) => {
    const map = nodeMapOf(build({ family: 'weibull', k, lambda }))!.map;
    const x = map.toX(tNode);
    const scaled = x * 2 ** s, ref = Number(exact);
    // |x − x*| against the exact real x* (the reference's own rounding to a double, ½ ulp, is credited)
    expect(Math.abs(scaled - ref), `toX(${tNode}) = ${x}, mpmath ${exact}·2^−${s}, relErr ${map.relErr(tNode)}`).toBeLessThanOrEqual(scaled * map.relErr(tNode) + Number.EPSILON * ref / 2);
  });

  it('Weibull(½, 1) at λ = −1 on its own table: nodes moved by ±1e6·xErr move the h-sum by at most the bound (linear in xErr)', () => {
    // the case where the old unscaled mass term (Σ w_j|λ|δ_j, doubled) fell below the first-order effect (ratio 1.1)
    const d = build({ family: 'weibull', k: 0.5, lambda: 1 });
    const m = nodeMapOf(d)!;
    const l = -1, c = d.mean();
    const t = buildNodeTable(m.logPdf, m.lower, m.upper, -2, true, m.map);
    const xErr = t.xErr!.map((e) => 1e6 * e);
    const live = Array.from(t.x.keys()).filter((j) => t.logK[j] > -Infinity);
    const hSum = (dir: number) => live.reduce((a, j) => a + t.K[j] * hOf(l * (t.x[j] + dir * Math.sign(l * Math.expm1(l * (t.x[j] - c))) * xErr[j] - c)), 0);
    const at = hSum(0), moved = hSum(1);
    const r = roundingOfNodes(t, xErr, l, c, 0, false, 0);
    expect(Math.abs(moved - at), `h-sum ${at} → ${moved}, bound ${r.m}`).toBeLessThanOrEqual(r.m);
    expect(Math.abs(moved - at), `h-sum ${at} → ${moved}, bound ${r.m}: the bound is within its doubling`).toBeGreaterThan(0.4 * r.m);
  });
});
