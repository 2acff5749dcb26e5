/**
 * End-to-end: the HTML report opened in headless Chromium (Debian's `chromium`, driven by playwright-core)
 * renders every plot and the dependency graph as non-empty SVG, and logs no error. Skips only when
 * /usr/bin/chromium is absent outside CI; in CI (CI set) a missing browser is a failure.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { verifyClaim } from '../claims/verify.ts';
import { t1FigureSeries } from '../constructions/t1Figure.ts';
import { collectReport } from './collect.ts';
import { toyClaim } from './toyClaims.ts';
import { writeReports } from './write.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!available && !process.env.CI)('HTML report in a browser', () => {
  it('renders every plot and the graph, with no error logged', async () => {
    expect(available, `${CHROMIUM} is missing (apt-get install -y chromium)`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'goodhart-e2e-'));
    const profile = mkdtempSync(join(tmpdir(), 'goodhart-chromium-'));
    const claims = [
      toyClaim({ id: 'toy/base', limit: 1.5, series: t1FigureSeries }),
      toyClaim({ id: 'toy/broken', limit: 0.5, expect: 'holds', uses: ['toy/base'] }),
      toyClaim({ id: 'toy/top', limit: 1.5, uses: ['toy/base', 'toy/broken'], series: () => ({ curve: [{ beta: 0.1, ev: 1 }, { beta: 1, ev: 3 }, { beta: 10, ev: 2 }] }) }),
    ];
    const results = claims.map((c) => verifyClaim(c, { numRuns: 40, seed: 7 }));
    await writeReports(dir, collectReport(claims, results, { seed: 7, numRuns: 40 }));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
      const plots = await page.$$eval('figure.plot svg', (svgs) => svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return { marks: s.querySelectorAll('path, line, circle, text').length, width: box.width, height: box.height };
      }));
      // T1: sfQ, mean and kl against t; toy/top: ev against beta
      expect(plots.length, 'plots rendered').toBe(4);
      for (const [i, p] of plots.entries()) {
        expect(p.marks > 10 && p.width > 100 && p.height > 100, `plot ${i}: ${JSON.stringify(p)}`).toBe(true);
      }
      const graph = await page.$$eval('svg.claim-graph g.node', (nodes) => nodes.map((n) => `${n.getAttribute('data-claim')}:${n.getAttribute('class')}`));
      expect(graph.sort(), 'graph nodes coloured by status').toEqual(['toy/base:node ok', 'toy/broken:node bad', 'toy/top:node pending']);
      expect(await page.locator('svg.claim-graph path.edge').count(), 'graph edges').toBe(3);
      await page.screenshot({ path: join(tmpdir(), 'goodhart-report.png'), fullPage: true });
      expect(problems, 'errors logged by the page').toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
