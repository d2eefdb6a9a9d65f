import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { samplesDir } from '../support/organograms.ts';

const DIST = resolve('dist');
const SHOTS = resolve('test-results/e2e');
const samples = samplesDir();
const pair = (stem: string) => [join(samples, `${stem}-senior.csv`), join(samples, `${stem}-junior.csv`)];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:e2e does).');
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const node = (page: Page, side: 'left' | 'right', id: string) => page.locator(`[data-pane="${side}"] g.node[data-node-id="${id}"]`);

describe('importing organogram returns through the toolbar, in Chromium', () => {
  it('March as a new workspace, then September as an option derived from it, compared in split view', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(server.url);
    await node(page, 'left', 'council').waitFor();

    await page.getByLabel('Import', { exact: true }).setInputFiles(pair('cafcass-2011-03-31'));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('81 nodes from 87 rows; no warnings').waitFor();
    await page.screenshot({ path: join(SHOTS, 'import-organogram-dialog.png') });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await node(page, 'left', 'cafcass-1002').waitFor();

    await page.getByLabel('Import', { exact: true }).setInputFiles(pair('cafcass-2011-09-30'));
    await dialog.getByText('91 nodes from 96 rows; no warnings').waitFor();
    await dialog.getByRole('radio', { name: /an option in this workspace/ }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await node(page, 'right', 'cafcass-1002').waitFor();
    const marked = page.locator('[data-pane="right"] g.node[data-change="added"], [data-pane="right"] g.node[data-change="moved"], [data-pane="right"] g.node[data-change="changed"]');
    await marked.first().waitFor();
    expect(await marked.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'import-organogram-compared.png') });
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
