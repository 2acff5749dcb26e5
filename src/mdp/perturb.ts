/**
 * Random policies near (or far from) a given one, for the chain-rule property and the optimality check of
 * the soft-Bellman policy: at each choice state mix π(s) with a random law, π′ = (1 − η)·π + η·u (u on the
 * actions π₀ takes, so D_traj stays finite, or on all actions when `anySupport`); at each controlled leaf
 * replace the policy by a random two-piece reweighting of the base law (cut at a random quantile) with
 * probability η, or keep it. Deterministic given the Rng (numerics/rng.ts).
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Rng } from '../numerics/rng.ts';
import type { LeafPolicy, MdpSpec, PolicySpec, StatePolicy } from './types.ts';

export function perturbPolicy(mdp: MdpSpec, policy: PolicySpec, rng: Rng, eta: number, anySupport = false): PolicySpec {
  return mdp.states.map((s, i): StatePolicy => {
    const p = policy[i];
    if (s.kind === 'choice') {
      const probs = p as readonly number[];
      const raw = s.actions.map((a) => (anySupport || a.p0 > 0 ? rng() : 0));
      const total = raw.reduce((x, y) => x + y, 0);
      if (total === 0) return probs;
      const mixed = probs.map((x, j) => (1 - eta) * x + (eta * raw[j]) / total);
      const sum = mixed.reduce((x, y) => x + y, 0);
      return mixed.map((x) => x / sum);
    }
    if (s.kind === 'leaf' && !s.chance && rng() < eta) {
      const q = buildCached(s.base);
      const t = q.quantile(0.05 + 0.9 * rng());
      if (!(q.logSf(t) > -Infinity && q.logSf(t) < 0 && q.logCdf(t) > -Infinity)) return p;
      const lp: LeafPolicy = { kind: 'twoPiece', t, mass: 0.01 + 0.98 * rng() };
      return lp;
    }
    return p;
  });
}
