/**
 * Rough location of the maximum of a log-integrand on (a, b), and breakpoints around it, so that a narrow peak
 * far from 0 is seen by the first Gauss–Kronrod rule (used by logIntegrate and the expectation helpers).
 */

export interface LogPeak {
  /** max of the samples (refined): M ≈ sup log f */
  max: number;
  argmax: number;
  /** argmax, a geometric ladder out to where log f has fallen by 40 on each side, and sampled local maxima within 40 of M */
  breakpoints: number[];
  evaluations: number;
}

/** Sample points covering [a, b] on every scale: a uniform grid and geometric ladders toward each end (or out to ±1e308). */
function samplePoints(a: number, b: number): number[] {
  const xs: number[] = [];
  if (Number.isFinite(a) && Number.isFinite(b)) {
    const w = b - a;
    for (let k = 1; k < 64; k++) xs.push(a + (w * k) / 64);
    for (let j = 7; j <= 1074; j += j < 60 ? 1 : 8) xs.push(a + w * 2 ** -j, b - w * 2 ** -j);
  } else {
    const origin = Number.isFinite(a) ? a : Number.isFinite(b) ? b : 0;
    const s = Math.max(1, Math.abs(origin));
    if (!Number.isFinite(a) && !Number.isFinite(b)) xs.push(0);
    for (let j = -60; j <= 1024; j++) {
      const d = s * 2 ** j;
      if (b === Infinity) xs.push(origin + d);
      if (a === -Infinity) xs.push(origin - d);
    }
  }
  return xs.filter((x) => x > a && x < b && Number.isFinite(x)).sort((x, y) => x - y);
}

/**
 * Locate the maximum of log f on (a, b) roughly: sample on every scale (samplePoints), then golden-section
 * search between the best sample's neighbours. Used to shift log f before exponentiating (logIntegrate)
 * and to place breakpoints at the peak, so a narrow peak far from 0 is not missed by the first rule.
 */
export function locateLogPeak(logf: (x: number) => number, a: number, b: number): LogPeak {
  const xs = samplePoints(a, b);
  const ls = xs.map((x) => logf(x));
  let evaluations = xs.length;
  // golden-section points can round onto a finite end next to the first or last sample: never evaluate there
  const inside = (x: number): number => (x > a && x < b ? (evaluations++, logf(x)) : NaN);
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (ls[i] > ls[best] || Number.isNaN(ls[best])) best = i;
  if (xs.length === 0 || !(ls[best] > -Infinity)) return { max: xs.length === 0 ? NaN : ls[best], argmax: NaN, breakpoints: [], evaluations };
  let lo = best > 0 ? xs[best - 1] : a;
  let hi = best + 1 < xs.length ? xs[best + 1] : b;
  // clamped: next to an outermost sample (|x| ≥ 2^1022) the step overflows, and x1, x2 would be −∞ and NaN
  if (!Number.isFinite(lo)) lo = Math.max(-Number.MAX_VALUE, xs[best] - 2 * Math.max(1, Math.abs(xs[best])));
  if (!Number.isFinite(hi)) hi = Math.min(Number.MAX_VALUE, xs[best] + 2 * Math.max(1, Math.abs(xs[best])));
  let argmax = xs[best];
  let max = ls[best];
  const r = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - r * (hi - lo);
  let x2 = lo + r * (hi - lo);
  let f1 = inside(x1);
  let f2 = inside(x2);
  for (let it = 0; it < 200 && hi - lo > 1e-15 * Math.max(Math.abs(lo), Math.abs(hi)) + 1e-300; it++) {
    // Each step multiplies the reused point's rounding drift by φ; past ~75 steps (a bracket straddling 0 stops only
    // at the 1e−300 floor) it leaves the bracket and the peak is lost. Re-place both points every 50 steps.
    if (it % 50 === 49) {
      x1 = hi - r * (hi - lo);
      x2 = lo + r * (hi - lo);
      f1 = inside(x1);
      f2 = inside(x2);
    }
    if (f1 >= f2 || Number.isNaN(f2)) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - r * (hi - lo);
      f1 = inside(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + r * (hi - lo);
      f2 = inside(x2);
    }
    if (f1 > max) [max, argmax] = [f1, x1];
    if (f2 > max) [max, argmax] = [f2, x2];
  }
  // A geometric ladder of breakpoints on each side: from where log f has fallen by ½ (the peak's width w)
  // at w·8^k out to where it has fallen by 40, so every first rule sees the peak at its own scale.
  const breakpoints = [argmax];
  for (const dir of [-1, 1]) {
    let step = 1e-8 * Math.max(1, Math.abs(argmax));
    let sinceLast = -1;
    for (let k = 0; k < 1100; k++, step *= 2) {
      const x = argmax + dir * step;
      if (!(x > a && x < b)) break;
      evaluations++;
      const l = logf(x);
      if (sinceLast < 0 && l > max - 0.5) continue;
      if (!(l > max - 40)) {
        breakpoints.push(x);
        break;
      }
      if (sinceLast < 0 || sinceLast >= 3) {
        breakpoints.push(x);
        sinceLast = 0;
      }
      sinceLast++;
    }
  }
  for (let i = 1; i + 1 < xs.length && breakpoints.length < 80; i++)
    if (ls[i] > ls[i - 1] && ls[i] > ls[i + 1] && ls[i] > max - 40 && i !== best) breakpoints.push(xs[i]);
  return { max, argmax, breakpoints, evaluations };
}
