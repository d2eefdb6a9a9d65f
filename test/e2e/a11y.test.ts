import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

// axe-core in Chromium: no violations at WCAG 2.2 AA on the comparison, the outline and the appraisal (issue 12, part 6).
const DIST = resolve('dist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:e2e does).');
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Every axe violation on the page as one readable line each (rule, impact, where), so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, TAGS);
  return found.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

async function open(viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('[data-pane="left"] g.node[data-node-id="council"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-pane="right"] g.node[data-node-id="council"]').waitFor({ timeout: 60_000 });
  return page;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('the comparison of the Leeds baseline and Option 5 has no violations', async () => {
    const page = await open();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('the outline of both panes has no violations and is reachable and usable from the keyboard', async () => {
    const page = await open();
    for (const side of ['left', 'right']) {
      await page.locator(`[data-pane="${side}"]`).getByRole('button', { name: 'Outline' }).click();
    }
    const tree = page.getByRole('tree', { name: /^Outline of Option 5/ });
    await tree.waitFor();
    expect(await violations(page)).toEqual([]);
    await tree.getByRole('treeitem').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toMatch(/reports to Leeds City Council/);
    await page.context().close();
  }, 120_000);

  it('the appraisal view has no violations', async () => {
    const page = await open();
    await page.getByRole('tab', { name: /Appraisal/ }).click();
    await page.getByRole('table').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('reflows at 320 CSS px wide and at 200% zoom of 1440x900: nothing but the charts scrolls sideways (WCAG 2.2 1.4.10)', async () => {
    for (const viewport of [{ width: 320, height: 800 }, { width: 720, height: 450 }]) {
      const page = await open(viewport);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect({ viewport, ...widths }).toEqual({ viewport, scroll: viewport.width, client: viewport.width });
      await page.context().close();
    }
  }, 120_000);
});
