/** Report series for the footnote example: E[V | U > t] against t (log-spaced, 40 points) for s ∈ {0.5, 1, 2, 4}, c = 1. */
import { footnoteConditionalMean } from './footnotePair.ts';

export function footnoteSeries(): Record<string, { t: number; value: number }[]> {
  const out: Record<string, { t: number; value: number }[]> = {};
  for (const s of [0.5, 1, 2, 4]) {
    const pts: { t: number; value: number }[] = [];
    for (let i = 0; i < 40; i++) {
      const t = 1 + Math.pow(10, (4 * i) / 39) * Math.max(1, s);
      const m = footnoteConditionalMean({ s, c: 1 }, t);
      if (m.converged) pts.push({ t, value: m.value });
    }
    out[`s = ${s}, c = 1`] = pts;
  }
  return out;
}
