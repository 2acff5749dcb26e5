import { describe, expect, it } from 'vitest';
import { t1FigureSeries } from '../constructions/t1Figure.ts';
import { plotsFromSeries, prefixSvgIds, renderSvg, vegaLiteSpec, wantsLog } from './plots.ts';

describe('generic series plots', () => {
  it('uses a log axis only for positive values spanning more than 3 decades', () => {
    expect(wantsLog([1, 1e3])).toBe(false);
    expect(wantsLog([1, 1.001e3])).toBe(true);
    expect(wantsLog([0, 1, 1e9])).toBe(false);
    expect(wantsLog([-1, 1e9])).toBe(false);
    expect(wantsLog([1e-12, 1, NaN, Infinity])).toBe(true);
  });

  it('plots every other numeric field against the first, one line per series, leaving out non-finite points', () => {
    const { plots, notes } = plotsFromSeries({
      a: [{ beta: 0.1, ev: 1, bound: 2, label: 'x' }, { beta: 1, ev: NaN, bound: 3, label: 'y' }],
      b: [{ beta: 0.2, ev: 5, bound: 1 }],
      words: ['not', 'points'],
      flat: [{ only: 1 }],
    });
    expect(plots.map((p) => [p.title, p.points.length, p.dropped])).toEqual([['ev against beta', 2, 1], ['bound against beta', 3, 0]]);
    expect(plots[0].points.map((p) => p.series)).toEqual(['a', 'b']);
    expect(notes).toEqual(["series 'words' is not a non-empty array of objects: not plotted", "series 'flat' has fewer than two numeric fields: not plotted"]);
  });

  it('draws the T1 witness series with log axes for the tail mass and KL against t', () => {
    const { plots } = plotsFromSeries(t1FigureSeries());
    const byTitle = Object.fromEntries(plots.map((p) => [p.title, [p.xLog, p.yLog, p.points.length]]));
    expect(Object.keys(byTitle)).toEqual(['sfQ against t', 'mean against t', 'kl against t']);
    expect(byTitle['kl against t'].slice(0, 2)).toEqual([true, true]);
    expect(byTitle['sfQ against t'].slice(0, 2)).toEqual([true, true]);
  });

  it('renders an SVG with the points and ids made unique to the chart', async () => {
    const { plots } = plotsFromSeries({ s: [{ x: 1, y: 1 }, { x: 2, y: 4 }, { x: 3, y: 9 }] });
    const svg = await renderSvg(vegaLiteSpec(plots[0]), 'c1');
    expect(svg).toMatch(/^<svg /);
    const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('c1-')), ids.join(' ')).toBe(true);
    expect(prefixSvgIds('<g id="clip7"/><use href="#clip7"/><g clip-path="url(#clip7)"/><g id="b"/><a href="#other"/>', 'p'))
      .toBe('<g id="p-1"/><use href="#p-1"/><g clip-path="url(#p-1)"/><g id="p-2"/><a href="#other"/>');
    expect(await renderSvg(vegaLiteSpec(plots[0]), 'c1'), 'the same SVG whatever was rendered before').toBe(svg);
  });
});
