/**
 * The data behind the post's T1 figure: Q = Student-t(df = 3), P_t with P_t(X > t) = t^{−0.8} (the mean grows
 * without bound while KL → 0) and with 1/t ("E[X] would converge to ~1 while KL divergence goes to zero
 * faster"), as series (t, F̄_Q(t), E_{P_t}[X], D(P_t‖Q)) for the report's plot.
 */
import { build } from '../distributions/build.ts';
import { tailReweight } from './tailReweight.ts';

export interface T1FigurePoint { t: number; sfQ: number; mean: number; kl: number }

export function t1FigureSeries(): Record<string, T1FigurePoint[]> {
  const q = build({ family: 'studentT', df: 3 });
  const series = (exponent: number) => {
    const out: T1FigurePoint[] = [];
    for (let k = 1; k <= 48; k++) {
      const t = 10 ** (k / 4);
      const r = tailReweight(q, { t, mass: t ** -exponent });
      out.push({ t, sfQ: Math.exp(r.logTailQ), mean: r.mean, kl: r.kl });
    }
    return out;
  };
  return { 'mass t^-0.8': series(0.8), 'mass 1/t': series(1) };
}
