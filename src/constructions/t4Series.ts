/**
 * Plot data for the T4 claims: E[V(π*(β))] against β on 10^{k/10}, k = −20…20, for three fixed pairs —
 * normal/normal (E[V] = μ_V + σ_V²/β, unbounded), a bounded V (uniform on [−1, 1]: E[V] → 1 = ess sup V), and
 * an exponential-type error (X Laplace with b = ½, so λ₊(U) = 2: no maximiser for β ≤ ½, reported as null).
 */
import { buildPair } from '../pairs/buildPair.ts';
import type { PairSpec } from '../pairs/types.ts';
import { klOptimum } from './klOptimum.ts';

export interface T4SeriesPoint { beta: number; meanV: number | null; status: 'tilt' | 'no-maximiser' | 'unresolved' }

const PAIRS: Record<string, PairSpec> = {
  'normal/normal': { kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'normal', mu: 0, sigma: 1 } },
  'V uniform on [−1, 1]': { kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'uniform', a: -1, b: 1 } },
  'X Laplace(b = ½), V normal': { kind: 'independent', x: { family: 'laplace', mu: 0, b: 0.5 }, v: { family: 'normal', mu: 0, sigma: 1 } },
};

export function t4Series(): Record<string, T4SeriesPoint[]> {
  const out: Record<string, T4SeriesPoint[]> = {};
  for (const [name, spec] of Object.entries(PAIRS)) {
    const pair = buildPair(spec);
    out[name] = Array.from({ length: 41 }, (_, i) => {
      const beta = 10 ** ((i - 20) / 10);
      const o = klOptimum(pair, beta);
      return { beta, meanV: o.status === 'tilt' && o.meanV.converged ? o.meanV.value : null, status: o.status };
    });
  }
  return out;
}
