/**
 * Report data for the sigmoid remedy: the two-sided Donsker–Varadhan bound B₂(δ/β) on |E_P[V] − E_Q[V]| over the
 * δ-near-optimal policies of σ(E[U]) − β·D_KL, against δ, for V ~ N(0, 1) (closed form √(2δ/β)) and a few β.
 */
import { build } from '../../distributions/build.ts';
import { twoSidedDv } from './penalisedVerdict.ts';

export function sigmoidSeries(): Record<string, unknown> {
  const v = build({ family: 'normal', mu: 0, sigma: 1 });
  const out: Record<string, unknown> = {};
  for (const beta of [0.1, 1, 10]) {
    const delta: number[] = [];
    const bound: number[] = [];
    for (let j = 0; j <= 60; j++) {
      const d = 10 ** (-j / 5);
      delta.push(d);
      bound.push(twoSidedDv(v, (1.1 * d) / beta));
    }
    out[`sup |ΔV| over δ-near-optimal policies, V ~ N(0,1), β=${beta}`] = { delta, bound };
  }
  return out;
}
