/**
 * Generic plots of a claim's series, rendered to SVG in Node with vega-lite → vega (no browser, no network).
 * A claim's `series()` returns named series; a series is an array of objects with numeric fields. The first
 * numeric field is x; every other numeric field y gets one plot "y against x", with one line per series name.
 * An axis is logarithmic when all its values are positive and span more than 3 decades.
 * Non-finite points are left out (and counted in the plot's note), never plotted as 0.
 */
import type { TopLevelSpec } from 'vega-lite';

export interface PlotPoint { readonly series: string; readonly x: number; readonly y: number }

export interface PlotSpec {
  readonly title: string;
  readonly xField: string;
  readonly yField: string;
  readonly xLog: boolean;
  readonly yLog: boolean;
  readonly points: readonly PlotPoint[];
  /** points left out: non-finite, or not positive on a log axis */
  readonly dropped: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The numeric fields of a series, in the order of its first point. */
function numericFields(points: readonly Record<string, unknown>[]): string[] {
  return Object.keys(points[0]).filter((k) => points.some((p) => typeof p[k] === 'number'));
}

/** Log scale when every value is positive and max/min > 10³. */
export function wantsLog(values: readonly number[]): boolean {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2 || finite.some((v) => v <= 0)) return false;
  return Math.max(...finite) / Math.min(...finite) > 1e3;
}

/** The plots of one claim's series; names that are not arrays of objects with ≥ 2 numeric fields are noted. */
export function plotsFromSeries(series: Readonly<Record<string, unknown>>): { plots: PlotSpec[]; notes: string[] } {
  const groups = new Map<string, { xField: string; yField: string; raw: PlotPoint[] }>();
  const notes: string[] = [];
  for (const [name, data] of Object.entries(series)) {
    if (!Array.isArray(data) || data.length === 0 || !data.every(isRecord)) {
      notes.push(`series '${name}' is not a non-empty array of objects: not plotted`);
      continue;
    }
    const fields = numericFields(data);
    if (fields.length < 2) {
      notes.push(`series '${name}' has fewer than two numeric fields: not plotted`);
      continue;
    }
    const [xField, ...yFields] = fields;
    for (const yField of yFields) {
      const key = `${yField}\u0000${xField}`;
      const group = groups.get(key) ?? { xField, yField, raw: [] };
      for (const p of data) {
        const x = p[xField], y = p[yField];
        group.raw.push({ series: name, x: typeof x === 'number' ? x : NaN, y: typeof y === 'number' ? y : NaN });
      }
      groups.set(key, group);
    }
  }
  const plots = [...groups.values()].map(({ xField, yField, raw }): PlotSpec => {
    const xLog = wantsLog(raw.map((p) => p.x));
    const yLog = wantsLog(raw.map((p) => p.y));
    const points = raw.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!xLog || p.x > 0) && (!yLog || p.y > 0));
    return { title: `${yField} against ${xField}`, xField, yField, xLog, yLog, points, dropped: raw.length - points.length };
  });
  return { plots, notes };
}

export function vegaLiteSpec(plot: PlotSpec): TopLevelSpec {
  const axis = (channel: 'x' | 'y', name: string, log: boolean) => ({
    field: channel, type: 'quantitative' as const, title: log ? `${name} (log scale)` : name,
    scale: log ? { type: 'log' as const } : { zero: false }, axis: { format: log ? '~e' : '~g' },
  });
  return {
    width: 320, height: 200, background: 'white', title: plot.title,
    data: { values: plot.points.map((p) => ({ ...p })) },
    mark: { type: 'line', point: { size: 18 }, strokeWidth: 1.5, clip: true },
    encoding: {
      x: axis('x', plot.xField, plot.xLog), y: axis('y', plot.yField, plot.yLog),
      color: { field: 'series', type: 'nominal', title: 'series', legend: { orient: 'bottom', direction: 'vertical', labelLimit: 480 } },
    },
  };
}

/**
 * Make the ids of one inline SVG unique in the page and independent of what was rendered before (vega numbers
 * its clip paths with a process-wide counter): the k-th id becomes "<prefix>-<k>".
 */
export function prefixSvgIds(svg: string, prefix: string): string {
  const ids = [...new Set([...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))];
  const renamed = new Map(ids.map((id, k) => [id, `${prefix}-${k + 1}`]));
  return svg
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${renamed.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (m, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : m))
    .replace(/href="#([^"]+)"/g, (m, id: string) => (renamed.has(id) ? `href="#${renamed.get(id)}"` : m));
}

/** Render one vega-lite spec to an SVG string (vega's headless renderer). */
export async function renderSvg(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  // loaded on first use: the CLI's other commands start faster without vega
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return prefixSvgIds(await view.toSVG(), idPrefix);
  } finally {
    view.finalize();
  }
}
