import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import { nodeMapOf } from './t3NodeMaps.ts';
import { buildNodeTable, type NodeMap } from './t3NodeTable.ts';

/**
 * Mapped tables (Weibull k < 1 in t = (x/λ)^k, x = λ·t^{1/k}): the rule's first sub-interval reaches t ≈ 1e-60, where
 * x underflows to 0 — through t^{1/k} itself (λ = 1e200: the true x is up to ~1e-124) or through the product
 * (λ = 1e-300: 31% of the mass at k = 0.02). Such a node's bound must be a true absolute bound, never 0: a bound of 0
 * is read as exact by the sums' rounding estimate (roundingOfNodes skips it). The true x is λ·t^{1/k} in log space:
 * log x = log λ + log(t)/k (representable down to 5e-324; below that only its sign is known, and the bound must be > 0).
 */
function recordedTable(k: number, lambda: number, L: number) {
  const m = nodeMapOf(build({ family: 'weibull', k, lambda }))!;
  const zeroTs: number[] = [];
  const map: NodeMap = { toX: (t) => { const x = m.map.toX(t); if (x === 0 && t > 0) zeroTs.push(t); return x; }, relErr: m.map.relErr };
  const table = buildNodeTable(m.logPdf, m.lower, m.upper, L, true, map);
  const trueX = (t: number) => Math.exp(Math.log(lambda) + Math.log(t) / k);
  return { table, zeroTs, trueX };
}

describe('buildNodeTable: nodes whose mapped x underflows to 0 carry an absolute bound, not 0', () => {
  it.each<[number, number, number]>([
    [0.02, 1e200, -1e-200], // t^{50} underflows first: true x up to ~1e-124
    [0.05, 1e200, -1e-197],
    [0.02, 1e-300, -1e300], // the product underflows: 31% of the mass on such nodes
    [0.1, 1e-300, -1e297],
    [0.02, 1, -1], // a law of ordinary scale: t^{50} underflows at t < 3e-7, x̃ = 0 on 8.7e-19 of the mass
    [0.05, 1e-3, -1e3],
  ])('Weibull(k=%d, λ=%d), envelope L=%d', (k, lambda, L) => {
    const { table, zeroTs, trueX } = recordedTable(k, lambda, L);
    const xErr = table.xErr!;
    const worst = Math.max(0, ...zeroTs.map(trueX));
    let zeros = 0;
    for (let j = 0; j < table.x.length; j++) {
      if (table.x[j] !== 0 || table.logK[j] === -Infinity) continue;
      zeros++;
      const msg = `node ${j}: x̃ = 0, log K = ${table.logK[j]}, xErr = ${xErr[j]}; largest true x among underflowed t: ${worst} (k=${k}, λ=${lambda}, L=${L})`;
      expect(xErr[j], msg).toBeGreaterThan(0);
      expect(xErr[j], msg).toBeGreaterThanOrEqual(worst);
      // not vacuous: within the smallest nonzero node (its x + bound), finite
      expect(Number.isFinite(xErr[j]), msg).toBe(true);
    }
    expect(zeros, `Weibull(k=${k}, λ=${lambda}) at L=${L}: the table has underflowed nodes (the case under test)`).toBeGreaterThan(0);
    // nonzero nodes keep |x|·relErr(t): every nonzero node's bound is below the underflowed nodes' one
    const zeroBound = Math.max(...Array.from(table.x.keys()).filter((j) => table.x[j] === 0 && table.logK[j] > -Infinity).map((j) => xErr[j]));
    const smallest = Math.min(...Array.from(table.x).filter((x) => x > 0));
    expect(zeroBound, `bound ${zeroBound} vs smallest positive node ${smallest}`).toBeLessThanOrEqual(smallest * (1 + 1e-6) + Number.MIN_VALUE * 4);
  });
});
