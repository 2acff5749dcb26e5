/**
 * Where the log-integrand g(y) = log f(y) + log F̄_X(t − v(y)) of E[V | X + V > t] peaks, from what is known of
 * its two shapes instead of blind sampling (numerics/quadrature/logPeak.ts samples ~2000 points):
 * - log f is unimodal for every leaf family, log F̄_X(t − v) is monotone in y, so g rises up to V's bulk and falls
 *   beyond X's bulk seen from t; its local maxima lie at the anchors (V's quantiles: the bulk of V; images of X's
 *   quantiles, y with v(y) = t − q_X(p): the "one big jump of V" region) or, for two light shapes, at one interior
 *   point where the two slopes balance (g is then concave between the anchors).
 * - g is sampled in u = asinh((y − centre)/scale) (linear near V's bulk, logarithmic far out): step ½ within 6 of an
 *   anchor, step 3 in between (a factor e³ in distance), ±8 past the outermost anchors; and every gap between
 *   consecutive anchors at fractions ½, 10⁻¹, 10⁻³, 10⁻⁸ of its width from either end;
 * - each sampled local maximum within 50 of the best is refined by golden section in u (to 1e-10);
 * - breakpoints: the refined peaks, a ladder y* ± w·4^k out to where g has fallen by 50 (w its half-width at
 *   g* − ½, found by doubling from 1e-9·max(scale, |y*|)), and the anchors where g is within 50 of the maximum.
 * An unseen narrow peak between coarse samples would require a third shape; the suite's tests compare this kernel
 * with the blind-sampling one (independentConditionalMean.ts) on generated pairs.
 */

export interface PeakInfo {
  /** max g (−Infinity when g is −∞ at every sample) */
  readonly max: number;
  readonly argmax: number;
  readonly breakpoints: number[];
  readonly evaluations: number;
}

const GOLD = (Math.sqrt(5) - 1) / 2;

export function locatePeaks(g: (y: number) => number, lo: number, hi: number, anchors: readonly number[], centre: number, scale: number): PeakInfo {
  let evaluations = 0;
  const G = (y: number): number => {
    evaluations++;
    const r = g(y);
    return Number.isNaN(r) ? -Infinity : r;
  };
  const yOf = (u: number): number => centre + scale * Math.sinh(u);
  const uOf = (y: number): number => Math.asinh((y - centre) / scale);
  const inside = anchors.filter((a) => a > lo && a < hi && Number.isFinite(a));
  const ua = inside.map(uOf).filter(Number.isFinite).sort((a, b) => a - b);
  const uLo = Number.isFinite(lo) ? uOf(lo) : (ua.length ? ua[0] : 0) - 8;
  const uHi = Number.isFinite(hi) ? uOf(hi) : (ua.length ? ua[ua.length - 1] : 0) + 8;
  const us: number[] = [];
  let k = 0;
  for (let u = uLo; u < uHi; ) {
    while (k < ua.length && ua[k] < u - 6) k++;
    const near = k < ua.length && Math.abs(ua[k] - u) <= 6;
    const step = near ? 0.5 : Math.min(3, k < ua.length ? Math.max(0.5, ua[k] - 6 - u) : 3);
    u += step;
    if (u < uHi) us.push(u);
  }
  // every gap between consecutive anchors (and finite ends) sampled near both of its ends, so that mass confined
  // to a sliver (F̄_X(t − v) switching on just inside V's support) is seen
  const ends = [...new Set([...(Number.isFinite(lo) ? [lo] : []), ...inside, ...(Number.isFinite(hi) ? [hi] : [])])].sort((a, b) => a - b);
  const extra: number[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const w = ends[i + 1] - ends[i];
    for (const f of [0.5, 0.1, 1e-3, 1e-8]) extra.push(ends[i] + w * f, ends[i + 1] - w * f);
  }
  const ys = [...new Set([...us.map(yOf), ...inside, ...extra])].filter((y) => y > lo && y < hi).sort((a, b) => a - b);
  const ls = ys.map(G);
  let best = -1;
  for (let i = 0; i < ys.length; i++) if (best < 0 || ls[i] > ls[best]) best = i;
  if (best < 0 || ls[best] === -Infinity) return { max: -Infinity, argmax: NaN, breakpoints: [], evaluations };
  if (ls[best] === Infinity) return { max: Infinity, argmax: ys[best], breakpoints: [], evaluations };
  let max = ls[best];
  const locals: number[] = [];
  for (let i = 0; i < ys.length; i++) {
    const left = i > 0 ? ls[i - 1] : -Infinity;
    const right = i + 1 < ys.length ? ls[i + 1] : -Infinity;
    if (ls[i] >= left && ls[i] >= right && ls[i] > max - 50) locals.push(i);
  }
  locals.sort((a, b) => ls[b] - ls[a]);
  const peaks: { y: number; l: number }[] = [];
  for (const i of locals.slice(0, 4)) {
    // golden section in u on the sampled bracket
    let a = i > 0 ? uOf(ys[i - 1]) : uLo;
    let b = i + 1 < ys.length ? uOf(ys[i + 1]) : uHi;
    if (!Number.isFinite(a)) a = uOf(ys[i]) - 8;
    if (!Number.isFinite(b)) b = uOf(ys[i]) + 8;
    let y = ys[i];
    let l = ls[i];
    let x1 = b - GOLD * (b - a), x2 = a + GOLD * (b - a);
    let f1 = G(yOf(x1)), f2 = G(yOf(x2));
    for (let it = 0; it < 80 && b - a > 1e-10 * Math.max(1, Math.abs(a)); it++) {
      if (f1 >= f2) { b = x2; x2 = x1; f2 = f1; x1 = b - GOLD * (b - a); f1 = G(yOf(x1)); }
      else { a = x1; x1 = x2; f1 = f2; x2 = a + GOLD * (b - a); f2 = G(yOf(x2)); }
      if (f1 > l) { l = f1; y = yOf(x1); }
      if (f2 > l) { l = f2; y = yOf(x2); }
    }
    peaks.push({ y, l });
    if (l > max) max = l;
  }
  if (peaks.length === 0) peaks.push({ y: ys[best], l: ls[best] });
  const argmax = peaks.reduce((p, q) => (q.l > p.l ? q : p)).y;
  const breakpoints: number[] = [];
  for (const p of peaks) {
    if (!(p.l > max - 50)) continue;
    breakpoints.push(p.y);
    for (const dir of [-1, 1]) {
      let d = 1e-9 * Math.max(scale, Math.abs(p.y));
      let width = false;
      for (let j = 0; j < 1100; j++) {
        const y = p.y + dir * d;
        if (!(y > lo && y < hi) || !Number.isFinite(y)) break;
        const l = G(y);
        if (!width) {
          if (l < p.l - 0.5) width = true;
          d *= 2;
          continue;
        }
        breakpoints.push(y);
        if (!(l > max - 50)) break;
        d *= 4;
      }
    }
  }
  // anchors next to the mass (a jump of F̄_X(t − v) at the image of an end of X's support has g = −∞ on one side)
  const anchorSet = new Set(inside);
  for (let i = 0; i < ys.length; i++) {
    const near = Math.max(ls[i], i > 0 ? ls[i - 1] : -Infinity, i + 1 < ys.length ? ls[i + 1] : -Infinity);
    if (near > max - 50 && anchorSet.has(ys[i])) breakpoints.push(ys[i]);
  }
  return { max, argmax, breakpoints, evaluations };
}
