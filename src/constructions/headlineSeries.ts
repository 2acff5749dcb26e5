/**
 * Plot data for the headline corollary: X ~ Student-t(3) (the post's T1 figure), V ~ N(0, 1) independent,
 * the band reweighting with P(U > t) = t^{−0.8} (the post's figure uses that schedule for X alone). Against t:
 * the certified bracket of Q(U > t), the certified lower bound on E_P[U], the KL (upper bound), the certified
 * upper bound on E_P[V] − E_Q[V], and the same shift computed from the pair's integrals (pairWitnessExact.ts).
 * E_P[U] grows like t^{0.2} while KL and the V-shift go to 0.
 */
import { buildPair } from '../pairs/buildPair.ts';
import type { PairSpec } from '../pairs/types.ts';
import { vMarginalOf } from './headlineSumLaw.ts';
import { certifyBand } from './pairBandWitness.ts';
import { pairLaws } from './pairWitness.ts';
import { exactShiftV } from './pairWitnessExact.ts';

export const SERIES_PAIR: PairSpec = { kind: 'independent', x: { family: 'studentT', df: 3 }, v: { family: 'normal', mu: 0, sigma: 1 } };

export interface HeadlinePoint { t: number; sfU: number; meanULower: number; klUpper: number; shiftVUpper: number; shiftVIntegral: number; shiftVError: number }

export function headlineSeries(): Record<string, HeadlinePoint[]> {
  const laws = pairLaws(SERIES_PAIR, vMarginalOf(SERIES_PAIR));
  const pair = buildPair(SERIES_PAIR);
  const out: HeadlinePoint[] = [];
  for (let k = 2; k <= 40; k++) {
    const t = 10 ** (k / 4);
    const w = certifyBand(laws, { kind: 'band', t, p: t ** -0.8, s: -Infinity });
    if (!w) continue;
    const exact = exactShiftV(pair, t, w.p);
    out.push({ t, sfU: Math.exp(w.logSfHi), meanULower: w.meanULower, klUpper: w.klUpper, shiftVUpper: w.deltaVUpper, shiftVIntegral: exact.shift.value, shiftVError: exact.shift.error });
  }
  return { 'P(U>t) = t^-0.8, X ~ t(3), V ~ N(0,1)': out };
}
