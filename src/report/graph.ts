/**
 * The claims' dependency graph (`uses`) as a standalone SVG, coloured by status: green when the claim met its
 * expectation and every dependency is settled, amber when it met it but a dependency is not (so it cannot
 * show as fully established), red when it did not meet it, grey for a dependency that was not run.
 * Layout: layered left to right by the longest chain of dependencies; within a layer, by id.
 */
import type { ClaimReport, ReportData } from './collect.ts';
import { escapeXml } from './escape.ts';
import { statusLabel } from './markdown.ts';

export type GraphTone = 'ok' | 'pending' | 'bad' | 'absent';
const FILL: Record<GraphTone, string> = { ok: '#d4f7d4', pending: '#f7f0d4', bad: '#f7d4d4', absent: '#eeeeee' };
const STROKE: Record<GraphTone, string> = { ok: '#2e7d32', pending: '#b28704', bad: '#c62828', absent: '#9e9e9e' };

export function tone(c: ClaimReport | undefined): GraphTone {
  if (!c) return 'absent';
  if (!c.met) return 'bad';
  return c.blockedBy.length > 0 ? 'pending' : 'ok';
}

const H = 46, GAP_X = 70, GAP_Y = 18, PAD = 16;

export function renderGraphSvg(report: ReportData): string {
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  const ids = [...new Set([...report.claims.map((c) => c.id), ...report.claims.flatMap((c) => c.uses)])].sort();
  // box width: fits the longest id (bold 12px ≈ 7.5 px a character) and the longest status label (11px ≈ 6.2)
  const W = Math.ceil(Math.max(230, ...ids.map((id) => 7.5 * id.length + 20), ...report.claims.map((c) => 6.2 * statusLabel(c).length + 20)));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) return 0; // a cycle: cut it
    seen.add(id);
    const uses = byId.get(id)?.uses ?? [];
    const d = uses.length === 0 ? 0 : 1 + Math.max(...uses.map((u) => depthOf(u, seen)));
    seen.delete(id);
    depth.set(id, d);
    return d;
  };
  ids.forEach((id) => depthOf(id, new Set()));
  const layers: string[][] = [];
  for (const id of ids) (layers[depth.get(id)!] ??= []).push(id);
  const pos = new Map<string, { x: number; y: number }>();
  layers.forEach((layer, i) => layer.forEach((id, j) => pos.set(id, { x: PAD + i * (W + GAP_X), y: PAD + j * (H + GAP_Y) })));
  const width = Math.max(1, layers.length) * (W + GAP_X) - GAP_X + 2 * PAD;
  const height = Math.max(1, ...layers.map((l) => l.length)) * (H + GAP_Y) - GAP_Y + 2 * PAD;

  const edges: string[] = [];
  for (const c of report.claims) {
    const to = pos.get(c.id)!;
    for (const u of c.uses) {
      const from = pos.get(u)!;
      edges.push(`<path class="edge" d="M${from.x + W},${from.y + H / 2} C${from.x + W + GAP_X / 2},${from.y + H / 2} ${to.x - GAP_X / 2},${to.y + H / 2} ${to.x},${to.y + H / 2}" fill="none" stroke="#555" marker-end="url(#goodhart-graph-arrow)"><title>${escapeXml(`${c.id} uses ${u}`)}</title></path>`);
    }
    if (c.correctedBy && pos.has(c.correctedBy)) {
      const other = pos.get(c.correctedBy)!;
      // dashed, below the `uses` edges: rightwards like them, otherwise from the bottom round to the top
      const d = other.x > to.x
        ? `M${to.x + W},${to.y + 0.8 * H} C${to.x + W + GAP_X / 2},${to.y + 0.8 * H} ${other.x - GAP_X / 2},${other.y + 0.8 * H} ${other.x},${other.y + 0.8 * H}`
        : `M${to.x + W / 2},${to.y + H} C${to.x + W / 2},${to.y + H + GAP_Y} ${other.x + W / 2},${other.y - GAP_Y} ${other.x + W / 2},${other.y}`;
      edges.push(`<path class="edge corrected" d="${d}" fill="none" stroke="#888" stroke-dasharray="5 4" marker-end="url(#goodhart-graph-arrow)"><title>${escapeXml(`${c.id} corrected by ${c.correctedBy}`)}</title></path>`);
    }
  }
  const nodes = ids.map((id) => {
    const c = byId.get(id);
    const t = tone(c);
    const { x, y } = pos.get(id)!;
    const label = c ? statusLabel(c) : 'not run';
    return [
      `<g class="node ${t}" data-claim="${escapeXml(id)}">`,
      `<title>${escapeXml(`${id}: ${label}`)}</title>`,
      `<rect x="${x}" y="${y}" width="${W}" height="${H}" rx="6" fill="${FILL[t]}" stroke="${STROKE[t]}" stroke-width="1.5"/>`,
      `<text x="${x + 8}" y="${y + 19}" font-size="12" font-family="sans-serif" font-weight="bold">${escapeXml(id)}</text>`,
      `<text x="${x + 8}" y="${y + 36}" font-size="11" font-family="sans-serif" fill="#333">${escapeXml(label)}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="claim-graph" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="claim dependency graph">`,
    '<defs><marker id="goodhart-graph-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
