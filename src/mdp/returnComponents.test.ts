import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heavyTailed } from '../arbitraries/heavyTailed.ts';
import { binaryKl } from '../numerics/kl.ts';
import { mdpArbitrary } from './arbitrary.ts';
import { returnComponents, returnLogSf, returnPartialMean } from './returnComponents.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { returnT1Search } from './returnT1Search.ts';

const close = (a: number, b: number, tol: number): boolean => a === b || Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('returnComponents (merged component table of G∘Tr(π₀))', () => {
  const sample = fc.sample(mdpArbitrary({ maxStates: 120, size: 'medium', leafLaw: heavyTailed({ maxDepth: 0 }) }), { numRuns: 60, seed: 11 });

  it('log F̄, partial mean and mean agree with the built mixture of returnLaw.ts', () => {
    for (const m of sample) {
      const q = baseReturnLaw(m);
      const c = returnComponents(m);
      const mean = q.mean();
      expect(close(c.mean, mean, 1e-12) || (Number.isNaN(c.mean) && Number.isNaN(mean)), `mean ${c.mean} vs ${mean}; mdp=${JSON.stringify(m)}`).toBe(true);
      for (const t of [-3, 0.5, 10, 1e4, 1e8]) {
        const a = returnLogSf(c, t);
        const b = q.logSf(t);
        expect(close(a, b, 1e-12), `logSf(${t}) ${a} vs ${b}; mdp=${JSON.stringify(m)}`).toBe(true);
        const pa = returnPartialMean(c, t);
        const pb = q.logPartialMean(t);
        const va = pa.sign * Math.exp(pa.log);
        const vb = pb.sign * Math.exp(pb.log);
        expect(close(va, vb, 1e-10), `partialMean(${t}) ${va} vs ${vb}; mdp=${JSON.stringify(m)}`).toBe(true);
      }
    }
  });

  it('every witness of returnT1Search meets its conditions on the built law (mean > M, kl(p‖F̄(t)) < ε/2)', () => {
    let found = 0;
    for (const m of sample) {
      const c = returnComponents(m);
      if (!Number.isFinite(c.mean)) continue;
      const M = c.mean + 5;
      const eps = 0.05;
      const w = returnT1Search(c, M, eps, 1e-3).witness;
      if (!w) continue;
      found++;
      const q = baseReturnLaw(m);
      const logTail = q.logSf(w.t);
      const pm = q.logPartialMean(w.t);
      const B = pm.sign * Math.exp(pm.log - logTail);
      const A = (q.mean() - pm.sign * Math.exp(pm.log)) / -Math.expm1(logTail);
      const mean = (1 - w.mass) * A + w.mass * B;
      const kl = binaryKl(w.mass, logTail);
      const where = `t=${w.t}, p=${w.mass}, M=${M}; mdp=${JSON.stringify(m)}`;
      expect(mean, `mean ${where}`).toBeGreaterThan(M);
      expect(close(mean, w.mean, 1e-9), `mean ${mean} vs ${w.mean}, ${where}`).toBe(true);
      expect(kl, `kl ${where}`).toBeLessThan(eps / 2);
    }
    expect(found, 'witnesses found').toBeGreaterThan(10);
  });
});
