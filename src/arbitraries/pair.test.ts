/**
 * pairArbitrary(): every PairSpec builds; its law of U and joint quantities are either numbers or
 * reported failures (converged = false with a reason) — never a silent NaN; samples are numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../numerics/rng.ts';
import { buildPair } from '../pairs/buildPair.ts';
import type { Estimate } from '../pairs/types.ts';
import { pairArbitrary } from './pair.ts';

function honest(e: Estimate, what: string): void {
  if (Number.isNaN(e.value)) {
    expect(e.converged, `${what}: NaN reported as converged`).toBe(false);
    expect(typeof e.reason, `${what}: NaN without a reason`).toBe('string');
  }
  if (e.converged) expect(Number.isNaN(e.error), `${what}: converged with NaN error`).toBe(false);
}

describe('pairArbitrary()', () => {
  const checkQuantities = (specs: readonly import('../pairs/types.ts').PairSpec[]): void => {
    const rng = seededRng(3);
    for (const spec of specs) {
      const text = JSON.stringify(spec);
      const p = buildPair(spec);
      const [x, v] = p.sample(rng);
      expect(Number.isNaN(x) || Number.isNaN(v), `sample of ${text}: [${x}, ${v}]`).toBe(false);
      const t = x + v;
      const ls = p.u.logSf(t);
      expect(ls <= 0 || Number.isNaN(ls), `logSf(${t}) = ${ls} for ${text}`).toBe(true);
      honest(p.partialV(t), `partialV(${t}) of ${text}`);
      honest(p.conditionalV(t), `conditionalV(${t}) of ${text}`);
      honest(p.logMgfU(-0.1), `logMgfU(-0.1) of ${text}`);
      honest(p.tiltedMeanV(0.05), `tiltedMeanV(0.05) of ${text}`);
    }
  };
  // Quantiles of nested mixtures make the W-integrals of dependent pairs slow (seconds each), so single-family
  // marginals are checked in bulk and the default (nested) marginals on a smaller sample.
  it('40 pair specs with single-family marginals: every quantity is a number or an explained failure', () => {
    checkQuantities(fc.sample(pairArbitrary({ maxSpecDepth: 0 }), { seed: 31, numRuns: 40 }));
  });
  it('6 pair specs with nested marginals: every quantity is a number or an explained failure', () => {
    checkQuantities(fc.sample(pairArbitrary(), { seed: 34, numRuns: 6 }));
  });
  it('constraints.kinds restricts the kinds, and a bad kind throws naming the API', () => {
    for (const spec of fc.sample(pairArbitrary({ kinds: ['linear', 'comonotone'] }), { seed: 32, numRuns: 200 })) {
      expect(['linear', 'comonotone'], JSON.stringify(spec)).toContain(spec.kind);
    }
    expect(() => pairArbitrary({ kinds: [] })).toThrow(/pairArbitrary constraints.kinds/);
  });
  it('vFiniteMean gives V with a finite mean wherever V is a marginal', () => {
    for (const spec of fc.sample(pairArbitrary({ vFiniteMean: true, kinds: ['independent', 'comonotone'] }), { seed: 33, numRuns: 200 })) {
      const m = buildPair(spec).v!.mean();
      expect(Number.isFinite(m), `E[V] = ${m} for ${JSON.stringify(spec)}`).toBe(true);
    }
  });
});
