/**
 * Splitting [a, b] into finite pieces for the adaptive rule: at the breakpoints, and with infinite ends mapped
 * onto (0, 1] as in QUADPACK `qagi`, after splitting off a finite piece so that a singularity at a finite end
 * keeps full resolution: [a, ∞) = [a, c] ∪ [c, ∞) with c = a + max(1, |a|), and
 *   [c, ∞):  x = c + s(1 − u)/u,  dx = s/u² du,  s = max(1, |c|);   (−∞, c] likewise with x = c − s(1 − u)/u.
 * The scale keeps ∫_t^∞ at t = 1e6 from hiding its mass in u < 1e-6, which is how unscaled `qagi`
 * (scipy `quad`) goes silently wrong in far tails (claims.md §4, numerics.md "speed anchors").
 * (−∞, ∞) is split at 0 (and at every breakpoint). Given log f (`logf`), the tail maps work in log space
 * (logTailTerm).
 */

/** A piece of [a, b] as an integrand g on a finite [lo, hi] (after the tail map where an end is infinite). */
export interface Segment {
  lo: number;
  hi: number;
  g: (u: number) => number;
}

/** Split [a, b] (a < b) at the breakpoints inside it and map infinite pieces onto (0, 1]; see the file comment. */
export function segmentsOf(f: (x: number) => number, a: number, b: number, breakpoints: readonly number[], logf?: (x: number) => number): Segment[] {
  const tail = logf ? (x: number, s: number, u: number) => logTailTerm(logf, x, s, u) : (x: number, s: number, u: number) => tailTerm(f, x, s, u);
  const inner = [...new Set(breakpoints.filter((x) => x > a && x < b && Number.isFinite(x)))].sort((x, y) => x - y);
  if (a === -Infinity && b === Infinity && inner.length === 0) inner.push(0);
  const ends = [a, ...inner, b];
  const segs: Segment[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const lo = ends[i];
    const hi = ends[i + 1];
    if (hi === Infinity) {
      const end = lo + Math.max(1, Math.abs(lo));
      const s = Math.max(1, Math.abs(end));
      if (lo !== -Infinity) segs.push({ lo, hi: end, g: f });
      segs.push({ lo: 0, hi: 1, g: (u) => tail(end + (s * (1 - u)) / u, s, u) });
    } else if (lo === -Infinity) {
      const end = hi - Math.max(1, Math.abs(hi));
      const s = Math.max(1, Math.abs(end));
      segs.push({ lo: 0, hi: 1, g: (u) => tail(end - (s * (1 - u)) / u, s, u) });
      segs.push({ lo: end, hi, g: f });
    } else segs.push({ lo, hi, g: f });
  }
  return segs;
}

/**
 * f(x)·s/u², multiplied in an order that does not overflow while f(x)·s/u² itself is finite. Where x itself
 * overflows (u < ~1e-308·s) refinement has chased mass past the double range (a divergent or too slowly
 * decaying tail): NaN, so the integral is reported as failed instead of silently dropping that mass.
 */
function tailTerm(f: (x: number) => number, x: number, s: number, u: number): number {
  if (!Number.isFinite(x)) return NaN;
  const fx = f(x);
  return fx === 0 ? 0 : ((fx * s) / u) / u;
}

/**
 * The same product from log f: exp(log f(x) + log s − 2·log u), so that f(x) below the double range does not
 * zero a representable f(x)·s/u². NaN where x overflows (as tailTerm).
 */
function logTailTerm(logf: (x: number) => number, x: number, s: number, u: number): number {
  if (!Number.isFinite(x)) return NaN;
  const l = logf(x);
  return l === -Infinity ? 0 : Math.exp(l + Math.log(s) - 2 * Math.log(u));
}
