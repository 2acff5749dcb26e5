/**
 * Plot data for the bounded-reward claims: E_{π*(β)}[V] and D(π*(β)‖π₀) against β for the optimum of a
 * bounded reward, X ~ Student-t(3) (heavy) ⊥ V uniform on {−1, 0, 1}, r = m(U) with m = tanh and clip.
 * KL = E_P[(r − 1)/β] − log E_Q[h], h = e^{(r − 1)/β}, with E_Q[z·h], z = (1 − r)/β, by the layer cake
 *   E[z h(g + N)] = (2/β)e^{−2/β} + ∫_0^{2/β} (z − 1)e^{−z} F̄_N(t(z) − g) dz   (boundedReward.ts).
 * Deterministic: 31 values of β from 1e-3 to 1e2.
 */
import { build } from '../../distributions/build.ts';
import { integrate } from '../../numerics/quadrature.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { levelPoint, type Reward } from './boundedReward.ts';
import { tiltShift, tiltWeights } from './boundedRewardVerdicts.ts';
import { finiteAtoms } from './finitePair.ts';

const PAIR: PairSpec = { kind: 'independent', x: { family: 'studentT', df: 3 }, v: { family: 'categorical', values: [-1, 0, 1], probs: [1 / 3, 1 / 3, 1 / 3] } };

function klOf(r: Reward, beta: number): number {
  const atoms = finiteAtoms(PAIR)!;
  const w = tiltWeights(atoms, r, beta);
  const x = build({ family: 'studentT', df: 3 });
  const zMax = Math.min(2 / beta, 80);
  let eh = 0, ezh = 0;
  atoms.forEach((a, i) => {
    const h = Math.exp(w.logW[i]);
    const tail = integrate((z) => (z - 1) * Math.exp(-z) * x.sf(levelPoint(r, beta * z) - a.g), 0, zMax, { relTol: 1e-9 }).value;
    eh += a.p * h;
    ezh += a.p * ((2 / beta) * Math.exp(-2 / beta) + tail);
  });
  return -ezh / eh - Math.log(eh);
}

export function boundedRewardSeries(): Record<string, unknown> {
  const betas = Array.from({ length: 31 }, (_, i) => 10 ** (-3 + i / 6));
  const series: Record<string, { beta: number; meanV: number; kl: number }[]> = {};
  for (const squash of ['tanh', 'clip'] as const) {
    const r: Reward = { squash, loc: 0, scale: 1 };
    series[squash] = betas.map((beta) => {
      const s = tiltShift(PAIR, r, beta);
      return { beta, meanV: 'shift' in s ? s.shift * Math.exp(s.scaleLog) : NaN, kl: klOf(r, beta) };
    });
  }
  return { x: 'β', y: ['E_{π*(β)}[V] − E_π₀[V]', 'D(π*(β)‖π₀)'], pair: PAIR, series };
}
