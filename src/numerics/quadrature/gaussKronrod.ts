/**
 * The G7–K15 Gauss–Kronrod rule with QUADPACK's error estimate (dqk15; Piessens, de Doncker-Kapenga,
 * Überhuber & Kahaner, QUADPACK, Springer 1983).
 */
import { EPS } from './options.ts';

/** K15 abscissae (descending, last = centre), K15 weights and G7 weights (at XGK[1], XGK[3], XGK[5], XGK[7]); QUADPACK dqk15. */
export const GAUSS_KRONROD_15 = {
  xgk: [
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
    0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0,
  ],
  wgk: [
    0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
    0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
  ],
  wg: [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327],
} as const;

const { xgk: XGK, wgk: WGK, wg: WG } = GAUSS_KRONROD_15;

/** One G7–K15 rule on [lo, hi] with QUADPACK's error estimate; `bad` holds the point where g was not finite. */
export function kronrod15(g: (u: number) => number, lo: number, hi: number): { value: number; error: number; bad?: number } {
  const c = 0.5 * (lo + hi);
  const h = 0.5 * (hi - lo);
  const fv: number[] = new Array(15);
  const xs: number[] = new Array(15);
  for (let j = 0; j < 7; j++) {
    xs[2 * j] = c - h * XGK[j];
    xs[2 * j + 1] = c + h * XGK[j];
  }
  xs[14] = c;
  for (let i = 0; i < 15; i++) {
    fv[i] = g(xs[i]);
    if (!Number.isFinite(fv[i])) return { value: NaN, error: NaN, bad: xs[i] };
  }
  let resk = WGK[7] * fv[14];
  let resg = WG[3] * fv[14];
  let resabs = Math.abs(resk);
  for (let j = 0; j < 7; j++) {
    const s = fv[2 * j] + fv[2 * j + 1];
    resk += WGK[j] * s;
    resabs += WGK[j] * (Math.abs(fv[2 * j]) + Math.abs(fv[2 * j + 1]));
    if (j % 2 === 1) resg += WG[(j - 1) / 2] * s;
  }
  const mean = 0.5 * resk;
  let resasc = WGK[7] * Math.abs(fv[14] - mean);
  for (let j = 0; j < 7; j++) resasc += WGK[j] * (Math.abs(fv[2 * j] - mean) + Math.abs(fv[2 * j + 1] - mean));
  const ah = Math.abs(h);
  resabs *= ah;
  resasc *= ah;
  let error = Math.abs((resk - resg) * h);
  if (resasc !== 0 && error !== 0) error = resasc * Math.min(1, Math.pow((200 * error) / resasc, 1.5));
  if (resabs > Number.MIN_VALUE / (50 * EPS)) error = Math.max(50 * EPS * resabs, error);
  return { value: resk * h, error };
}
