/**
 * Contract of locateLogPeak (logPeak.ts), written from Stryker's surviving mutants (issue 2):
 * - logf is evaluated only at finite points strictly inside (a, b), and `evaluations` counts every call;
 * - the sample points cover (a, b) on every scale: a uniform grid plus geometric ladders toward finite ends
 *   (down to ~2^−1068 of the width) and out to ±1e308 toward infinite ends, with 0 sampled on (−∞, ∞);
 * - the best sample is refined by golden section (bounded: ≤ 200 steps, stopping at ~1e−15 relative), and
 *   max is a value logf really took at argmax, never below a value seen on the way;
 * - breakpoints: argmax, a ladder on each side from where log f has fallen by ½ at ratio ≤ 8 out to where it
 *   has fallen by 40, sampled local maxima within 40 of max, at most 80 in all.
 */
import { describe, it, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { locateLogPeak } from './logPeak.ts';

type LogF = (x: number) => number;

/** Run locateLogPeak with logf wrapped by a recorder of every point it was called at. */
function recorded(logf: LogF, a: number, b: number) {
  const calls: number[] = [];
  const r = locateLogPeak((x) => {
    calls.push(x);
    return logf(x);
  }, a, b);
  return { ...r, calls };
}

/** The sample points: with log f = −∞ everywhere locateLogPeak evaluates the samples and nothing else. */
const samplesOf = (a: number, b: number): number[] => recorded(() => -Infinity, a, b).calls;

const gauss = (c: number, s: number): LogF => (x) => -0.5 * ((x - c) / s) ** 2;

describe('evaluations and the domain', () => {
  const cases: [string, LogF, number, number][] = [
    ['decreasing on (1, 2)', (x) => -1e3 * x, 1, 2],
    ['increasing on (1, 2)', (x) => 1e3 * x, 1, 2],
    ['constant on (1e20, 2e20)', () => 0, 1e20, 2e20],
    ['increasing on (1e20, 2e20)', (x) => x * 1e-20, 1e20, 2e20],
    ['increasing on (−7, 3e17)', (x) => x * 1e-17, -7, 3e17],
    ['heavy tail on (−∞, ∞)', (x) => -0.02 * Math.log1p(Math.abs(x)), -Infinity, Infinity],
    ['increasing toward −∞ on (−∞, 0)', (x) => -x * 1e-300, -Infinity, 0],
    ['increasing toward +∞ on (0, ∞)', (x) => x * 1e-300, 0, Infinity],
    ['constant on (−∞, 5)', () => 0, -Infinity, 5],
    ['constant on (−5, ∞)', () => 0, -5, Infinity],
    ['narrow Gaussian on (0, 1)', gauss(0.3, 1e-9), 0, 1],
  ];
  for (const [name, logf, a, b] of cases)
    it(`calls logf only at finite points of (a, b), and counts every call: ${name}`, () => {
      const r = recorded(logf, a, b);
      const outside = r.calls.filter((x) => !(x > a && x < b && Number.isFinite(x)));
      expect(outside, `points outside (${a}, ${b})`).toEqual([]);
      expect(r.evaluations, `evaluations on (${a}, ${b})`).toBe(r.calls.length);
    });

  it('log f = −∞ everywhere: max −∞, no argmax, no breakpoints, only the samples evaluated', () => {
    for (const [a, b] of [[0, 1], [-Infinity, 3], [-2, Infinity], [-Infinity, Infinity]]) {
      const r = recorded(() => -Infinity, a, b);
      expect(r.max, `max on (${a}, ${b})`).toBe(-Infinity);
      expect(r.argmax, `argmax on (${a}, ${b})`).toBeNaN();
      expect(r.breakpoints, `breakpoints on (${a}, ${b})`).toEqual([]);
      expect(r.evaluations, `evaluations on (${a}, ${b})`).toBe(r.calls.length);
      expect(r.calls.length, `samples on (${a}, ${b})`).toBeGreaterThan(60);
    }
  });

  it('an empty interval evaluates nothing and gives NaN', () => {
    for (const [a, b] of [[1, 1], [2, 1], [Infinity, Infinity]]) {
      const r = recorded(() => 0, a, b);
      expect([r.max, r.argmax, r.breakpoints.length, r.evaluations], `(${a}, ${b})`).toEqual([NaN, NaN, 0, 0]);
    }
  });

  it('NaN everywhere gives max NaN; NaN on part of the interval is skipped', () => {
    expect(locateLogPeak(() => NaN, 0, 1).max, 'NaN everywhere on (0, 1)').toBeNaN();
    const g = gauss(0.7, 0.01);
    const r = locateLogPeak((x) => (x < 0.5 ? NaN : g(x)), 0, 1);
    expect(r.max, 'max of NaN on (0, ½), Gaussian at 0.7').toBeGreaterThan(-1e-12);
    expect(Math.abs(r.argmax - 0.7), 'argmax of NaN on (0, ½), Gaussian at 0.7').toBeLessThan(1e-6);
  });
});

describe('sample points', () => {
  it('finite (a, b): the uniform grid a + (b − a)k/64, k = 1..63, is sampled', () => {
    for (const [a, b] of [[1, 2], [-5, -3], [0, 1], [-1, 1], [10, 1e3]]) {
      const xs = new Set(samplesOf(a, b));
      const missing = Array.from({ length: 63 }, (_, i) => a + ((b - a) * (i + 1)) / 64).filter((x) => !xs.has(x));
      expect(missing, `grid of (${a}, ${b})`).toEqual([]);
    }
  });

  it('finite (a, b): ladders a + w·2^−j and b − w·2^−j at every j in 7..59, then ratio ≤ 2^8 down to ≤ 2^−1060 w', () => {
    for (const [a, b] of [[0, 1], [-1, 0], [-1, 1], [0, 3]]) {
      const w = b - a;
      const xs = samplesOf(a, b);
      const set = new Set(xs);
      for (let j = 7; j <= 59; j++)
        for (const x of [a + w * 2 ** -j, b - w * 2 ** -j])
          if (x > a && x < b) expect(set.has(x), `${x} = end ± ${w}·2^-${j} sampled on (${a}, ${b})`).toBe(true);
      for (const [end, side] of [[a, 1], [b, -1]]) {
        if (end !== 0) continue; // only next to 0 are distances down to 2^-1074 representable
        const ds = xs.map((x) => side * (x - end)).filter((d) => d > 0 && d < w / 2).sort((p, q) => p - q);
        expect(ds[0], `closest sample to ${end} on (${a}, ${b})`).toBeLessThanOrEqual(w * 2 ** -1060);
        for (let i = 0; i + 1 < ds.length; i++) expect(ds[i + 1] / ds[i], `ladder ratio at ${ds[i]} from ${end}`).toBeLessThanOrEqual(2 ** 8);
      }
      expect(xs.length, `number of samples on (${a}, ${b})`).toBeLessThanOrEqual(500);
    }
  });

  it('infinite ends: a ladder of ratio ≤ 2 from 2^−59 of max(1, |origin|) out past 1e307 (and 0 on (−∞, ∞))', () => {
    for (const [a, b] of [[0, Infinity], [-Infinity, 0], [-Infinity, Infinity], [3, Infinity], [-Infinity, -7]]) {
      const origin = Number.isFinite(a) ? a : Number.isFinite(b) ? b : 0;
      const s = Math.max(1, Math.abs(origin));
      const xs = samplesOf(a, b);
      if (origin === 0 && a === -Infinity && b === Infinity) expect(xs.includes(0), '0 sampled on (−∞, ∞)').toBe(true);
      for (const dir of [-1, 1]) {
        if ((dir > 0 ? b : a) !== dir * Infinity) continue;
        const ds = xs.map((x) => dir * (x - origin)).filter((d) => d > 0);
        const lo = origin === 0 ? -59 : -40;
        for (let k = lo; k < 1021; k++) {
          const t = s * 2 ** k;
          expect(ds.some((d) => d >= t && d <= 2 * t), `a sample at distance [${t}, ${2 * t}] from ${origin} on (${a}, ${b})`).toBe(true);
        }
      }
    }
  });

  it('no point is sampled twice where the ends are exact at every scale', () => {
    for (const [a, b] of [[-1, 1], [0, 1], [-Infinity, 1], [-1, Infinity], [-Infinity, Infinity], [0, Infinity]]) {
      const xs = samplesOf(a, b);
      const dup = xs.filter((x, i) => i > 0 && !(x > xs[i - 1]));
      expect(dup, `repeated or unsorted samples on (${a}, ${b})`).toEqual([]);
    }
  });
});

describe('the maximum', () => {
  it('finds a peak 1e−300 of the width from a finite end, on either side', () => {
    // (the bracket stops at 1e−300 absolute, so the peak's width must exceed that: widths 1e20)
    for (const [c, a, b] of [[1e-280, 0, 1e20], [-1e-280, -1e20, 0], [3e-250, 0, 2], [-7e-200, -5, 0]]) {
      const r = locateLogPeak(gauss(c, Math.abs(c) * 1e-3), a, b);
      expect(r.max, `max of Gaussian at ${c} on (${a}, ${b})`).toBeGreaterThan(-1e-6);
      expect(Math.abs(r.argmax - c) / Math.abs(c), `argmax of Gaussian at ${c}`).toBeLessThan(1e-6);
    }
  });

  it('finds a peak at ±1e300 on an infinite interval, and its ladder reaches a fall of 40', () => {
    for (const [c, a, b] of [[1e300, 0, Infinity], [-1e300, -Infinity, Infinity], [1e300, -Infinity, Infinity], [-3e307, -Infinity, 0]]) {
      const logf = gauss(c, Math.abs(c) * 1e-2);
      const r = locateLogPeak(logf, a, b);
      expect(r.max, `max of Gaussian at ${c} on (${a}, ${b})`).toBeGreaterThan(-1e-9);
      expect(Math.abs(r.argmax - c) / Math.abs(c), `argmax of Gaussian at ${c}`).toBeLessThan(1e-6);
      for (const dir of [-1, 1]) {
        const far = Math.max(...r.breakpoints.map((x) => dir * (x - r.argmax)));
        expect(logf(r.argmax + dir * far), `outermost breakpoint, side ${dir}, Gaussian at ${c}`).toBeLessThanOrEqual(r.max - 40);
      }
    }
  });

  it('finds the sup of a log f increasing toward an infinite end (the clamped bracket past the last sample)', () => {
    const M = Number.MAX_VALUE * 1e-300;
    expect(locateLogPeak((x) => -x * 1e-300, -Infinity, 0).max, 'sup of −x·1e−300 on (−∞, 0)').toBeGreaterThan(0.99 * M);
    expect(locateLogPeak((x) => x * 1e-300, 0, Infinity).max, 'sup of x·1e−300 on (0, ∞)').toBeGreaterThan(0.99 * M);
    expect(locateLogPeak((x) => x * 1e-300, -Infinity, Infinity).max, 'sup of x·1e−300 on (−∞, ∞)').toBeGreaterThan(0.99 * M);
  });

  it('finds a peak at 0 on (−∞, ∞) narrower than every scale but 0 itself', () => {
    const r = locateLogPeak((x) => (Math.abs(x) < 1e-200 ? -x * x : -Infinity), -Infinity, Infinity);
    expect(r.max === 0 && r.argmax === 0, `max ${r.max}, argmax ${r.argmax} of a spike at 0`).toBe(true);
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -9, max: -1 }), fc.integer({ min: 0, max: 1 })])(
    'max = logf(argmax) ≥ every value seen before the ladder, for a Gaussian peak',
    (c, e, inf) => {
      const s = Math.max(1, Math.abs(c)) * 10 ** e;
      const logf = gauss(c, s);
      const [a, b] = inf ? [-Infinity, Infinity] : [c - 1e3 * s - 1, c + 7e3 * s + 2];
      const r = recorded(logf, a, b);
      expect(logf(r.argmax), `logf(argmax) at c=${c}, s=${s} on (${a}, ${b})`).toBe(r.max);
      const seen = Math.max(...r.calls.map(logf));
      expect(r.max, `max vs every evaluation at c=${c}, s=${s} on (${a}, ${b})`).toBe(seen);
      expect(r.max, `max at c=${c}, s=${s}`).toBeGreaterThan(-1e-10);
    },
  );

  it('golden section finds a peak near 0 inside the bracket of the samples next to 0 (no drift of the reused point)', () => {
    // samples next to 0: ±1/32 on (−1, 1), ±2^−60 on (−∞, ∞); reaching c needs 80–150 golden steps
    for (const c of [1e-25, 1e-30, -1e-40]) for (const [a, b] of [[-1, 1], [-Infinity, Infinity]]) {
      const r = locateLogPeak(gauss(c, Math.abs(c) * 1e-2), a, b);
      expect(r.max, `max of Gaussian at ${c}, width 1e-2·|c|, on (${a}, ${b})`).toBeGreaterThan(-1e-3);
      expect(Math.abs(r.argmax - c) / Math.abs(c), `argmax of Gaussian at ${c} on (${a}, ${b})`).toBeLessThan(1e-3);
    }
  });

  it('golden section is bounded: at most 200 steps (+2 points re-placed per 50), and stops at ~1e−15 relative', () => {
    // Peaks so narrow that the ladder stops at its first rung on each side (one evaluation per side).
    const phi = (1 + Math.sqrt(5)) / 2;
    const spike = (c: number, s: number, a: number, b: number) => {
      const r = recorded(gauss(c, s), a, b);
      return { r, golden: r.evaluations - samplesOf(a, b).length - 2 };
    };
    // a spike at 1e−60 seen from the samples ±1/32: 1e−15 relative would take ~290 steps
    const tiny = spike(1e-60, 1e-62, -1, 1);
    expect(tiny.r.breakpoints.length, 'spike at 1e-60: ladder of one rung each side').toBe(3);
    expect(tiny.golden, 'golden-section evaluations for a spike at 1e-60 on (−1, 1)').toBeLessThanOrEqual(2 + 200 + 2 * 4);
    const far = spike(1e6, 1e-3, 0, 2e6);
    expect(far.r.breakpoints.length, 'spike at 1e6: ladder of one rung each side').toBe(3);
    const steps = Math.log((2 * 2e6) / 64 / (1e-15 * 1e6)) / Math.log(phi) + 2;
    const bound = 2 + steps + 2 * Math.ceil(steps / 50);
    expect(far.golden, 'golden-section evaluations for a spike at 1e6 on (0, 2e6)').toBeLessThanOrEqual(bound);
  });
});

describe('breakpoints', () => {
  /** Ladder on each side: ratio ≤ 8 between consecutive distances, outermost fallen by 40 (or next rung outside). */
  function checkLadder(logf: LogF, a: number, b: number, what: string) {
    const r = locateLogPeak(logf, a, b);
    expect(r.breakpoints, `${what}: argmax is a breakpoint`).toContain(r.argmax);
    for (const dir of [-1, 1]) {
      const ds = r.breakpoints.map((x) => dir * (x - r.argmax)).filter((d) => d > 0).sort((p, q) => p - q);
      const next = r.argmax + dir * 2 * (ds.length ? ds[ds.length - 1] : 1e-8 * Math.max(1, Math.abs(r.argmax)));
      if (!(next > a && next < b)) continue;
      expect(ds.length, `${what}: ladder on side ${dir}`).toBeGreaterThan(0);
      for (let i = 0; i + 1 < ds.length; i++) expect(ds[i + 1] / ds[i], `${what}: ratio at ${ds[i]}, side ${dir}`).toBeLessThanOrEqual(8 * (1 + 1e-9));
      expect(logf(r.argmax + dir * ds[ds.length - 1]), `${what}: outermost fall, side ${dir}`).toBeLessThanOrEqual(r.max - 40);
      expect(logf(r.argmax + dir * ds[0]), `${what}: innermost has fallen by ½, side ${dir}`).toBeLessThanOrEqual(r.max - 0.5);
      expect(logf(r.argmax + (dir * ds[0]) / 2), `${what}: half the innermost has not, side ${dir}`).toBeGreaterThan(r.max - 0.5);
    }
  }

  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -6, max: 2, noNaN: true })])(
    'a Gaussian peak gets a ladder from its half-width out to a fall of 40, ratio ≤ 8',
    (c, e) => {
      const s = Math.max(1, Math.abs(c)) * 10 ** e;
      checkLadder(gauss(c, s), -Infinity, Infinity, `Gaussian c=${c}, s=${s} on (−∞, ∞)`);
      checkLadder(gauss(c, s), c - 1e4 * s, c + 3e4 * s, `Gaussian c=${c}, s=${s} on a finite interval`);
    },
  );

  it('a broad second bump does not open a gap in the ladder', () => {
    const logf: LogF = (x) => Math.max(gauss(0, 1)(x), -0.1 + gauss(100, 100)(x), gauss(0, 1e3)(x) - 30);
    checkLadder(logf, -Infinity, Infinity, 'Gaussian at 0 with a bump at 100');
  });

  it('a second local maximum within 40 of max is a breakpoint; one 50 below is not', () => {
    const logf: LogF = (x) => Math.max(gauss(0.25, 0.01)(x), -3 + gauss(0.75, 0.01)(x), -50 + gauss(0.5, 0.01)(x));
    const r = locateLogPeak(logf, 0, 1);
    expect(Math.abs(r.argmax - 0.25), 'argmax').toBeLessThan(1e-6);
    expect(r.breakpoints, 'second peak at 0.75 (3 below)').toContain(0.75);
    expect(r.breakpoints.some((x) => Math.abs(x - 0.5) < 0.02), 'third peak at 0.5 (50 below)').toBe(false);
  });

  it('at most 80 breakpoints even with hundreds of sampled local maxima', () => {
    const logf: LogF = (x) => Math.cos(Math.PI * Math.log2(Math.abs(x)));
    const r = locateLogPeak(logf, -Infinity, Infinity);
    expect(r.breakpoints.length, 'breakpoints of cos(π log2|x|)').toBeLessThanOrEqual(80);
    expect(r.breakpoints.length, 'breakpoints of cos(π log2|x|)').toBeGreaterThanOrEqual(40);
  });
});
