import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useBuiltApp } from './builtApp.ts';

const BROKEN = resolve('fixtures/broken');
const SHOTS = resolve('test-results/e2e');
const VIEWPORT = { width: 1600, height: 1000 };

const app = useBuiltApp();

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A fresh profile (empty storage) with the app loaded and both charts drawn; console errors and failed requests collected. */
async function openApp(): Promise<Opened> {
  const context = await app.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(app.server.url);
  await waitForCharts(page);
  return { context, page, problems };
}

async function waitForCharts(page: Page): Promise<void> {
  await node(page, 'left', 'council').waitFor();
  await node(page, 'right', 'deputy-director-learning').waitFor();
}

const pane = (page: Page, side: 'left' | 'right'): Locator => page.locator(`[data-pane="${side}"]`);
/** Only the boxes in and around the view are drawn: the toolbar's Fit puts every box of both charts in view. */
const fitBoth = (page: Page) => page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: 'Fit', exact: true }).click();
const node = (page: Page, side: 'left' | 'right', id: string): Locator => pane(page, side).locator(`g.node[data-node-id="${id}"]`);
const changes = (page: Page): Locator => page.getByRole('region', { name: 'Changes' });
const changeRow = (page: Page, id: string): Locator =>
  changes(page).getByRole('region', { name: 'Reporting lines' }).locator(`[data-node-id="${id}"]`);

/** Presses on one node, moves in steps onto another, and releases there (or calls `during` first). */
async function drag(page: Page, side: 'left' | 'right', from: string, to: string, during?: () => Promise<void>): Promise<void> {
  const a = await node(page, side, from).locator('rect.oo-box').boundingBox();
  const b = await node(page, side, to).locator('rect.oo-box').boundingBox();
  if (!a || !b) throw new Error(`cannot see ${from} or ${to} in the ${side} pane`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  if (during) await during();
  await page.mouse.up();
}

describe('the app in Chromium', () => {
  it('opens on the 2006 arrangements beside Option 5, its deputies marked added, with no console errors', async () => {
    const { context, page, problems } = await openApp();
    await page.screenshot({ path: join(SHOTS, 'first-view.png') });
    await fitBoth(page);
    await expectAttr(node(page, 'right', 'deputy-director-learning'), 'data-change', 'added');
    await expectAttr(node(page, 'right', 'deputy-director-targeted'), 'data-change', 'added');
    expect(await node(page, 'left', 'deputy-director-learning').count()).toBe(0);
    expect(await node(page, 'left', 'education-leeds-board').getAttribute('data-change')).toBe('removed');
    expect(await page.getByLabel('Left', { exact: true }).inputValue()).toBe('leeds-2006');
    expect(await page.getByLabel('Right', { exact: true }).inputValue()).toBe('option-5');
    for (const label of ['Undo', 'Redo', 'Export workspace', 'Export SVG']) {
      expect(await page.getByRole('button', { name: label, exact: true }).count(), label).toBe(1);
    }
    expect(await page.getByText('Import', { exact: true }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, 'load.png') });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves a unit by drag and drop, lists it under Changes, undoes and redoes it, and keeps it after a reload', async () => {
    const { context, page } = await openApp();
    await fitBoth(page);
    expect(await changeRow(page, 'dcs-unit').count()).toBe(0);
    await drag(page, 'right', 'dcs-unit', 'deputy-director-learning');
    await changeRow(page, 'dcs-unit').waitFor();
    expect(await changeRow(page, 'dcs-unit').textContent()).toContain('Deputy Director, Education and Learning');
    await expectAttr(node(page, 'right', 'dcs-unit'), 'data-change', 'moved');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'after-drop.png') });

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await changeRow(page, 'dcs-unit').waitFor({ state: 'detached' });
    await expectAttr(node(page, 'right', 'dcs-unit'), 'data-change', 'unchanged');

    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await changeRow(page, 'dcs-unit').waitFor();
    await expectAttr(node(page, 'right', 'dcs-unit'), 'data-change', 'moved');

    await page.waitForTimeout(1000);
    await page.reload();
    await waitForCharts(page);
    await fitBoth(page);
    await changeRow(page, 'dcs-unit').waitFor();
    expect(await changeRow(page, 'dcs-unit').textContent()).toContain('Deputy Director, Education and Learning');
    await expectAttr(node(page, 'right', 'dcs-unit'), 'data-change', 'moved');
    await context.close();
  });

  it('refuses visibly a drop onto one of the node’s own reports, and changes nothing', async () => {
    const { context, page } = await openApp();
    await drag(page, 'right', 'deputy-director-targeted', 'youth-services', async () => {
      await expectAttr(node(page, 'right', 'youth-services'), 'data-drop', 'refused');
      expect(await pane(page, 'right').locator('.oo-hint').textContent()).toMatch(/^Cannot move here: /);
      await page.screenshot({ path: join(SHOTS, 'refused-drop.png') });
    });
    expect(await pane(page, 'right').locator('[data-drop]').count()).toBe(0);
    await expectAttr(node(page, 'right', 'deputy-director-targeted'), 'data-change', 'added');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await context.close();
  });

  it('keeps the two panes in step under "Sync"', async () => {
    const { context, page } = await openApp();
    const view = (side: 'left' | 'right') => pane(page, side).locator('svg g.chart').first().getAttribute('transform');
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    const box = (await pane(page, 'right').locator('svg').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    const right = await view('right');
    expect(right).toMatch(/scale\(/);
    expect(await view('left')).toBe(right);
    await context.close();
  });

  it('reports every broken fixture as a list of errors and keeps the workspace', async () => {
    const { context, page } = await openApp();
    const title = await page.locator('h1').textContent();
    const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    const files = readdirSync(BROKEN).filter((f) => f.endsWith('.json')).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      await page.getByLabel('Import').setInputFiles(join(BROKEN, file));
      const alert = page.getByRole('alert').filter({ hasText: /not imported/i }).last();
      await alert.waitFor();
      expect(await alert.locator('li').count(), file).toBeGreaterThan(0);
      if (file === 'missing-manager.json') expect(await alert.textContent()).toContain('nowhere');
      if (file === files[0]) await page.screenshot({ path: join(SHOTS, 'import-error.png') });
      const dismiss = alert.getByRole('button', { name: /dismiss/i });
      if (await dismiss.count() > 0) await dismiss.first().click();
      await alert.waitFor({ state: 'detached' }).catch(() => undefined);
    }
    expect(await page.locator('h1').textContent()).toBe(title);
    await expectAttr(node(page, 'right', 'deputy-director-learning'), 'data-change', 'added');
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(saved);
    await context.close();
  });
});

async function expectAttr(l: Locator, name: string, value: string): Promise<void> {
  await l.first().waitFor();
  const deadline = Date.now() + 5000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await l.first().getAttribute(name);
    if (last === value) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(last, `${name} of ${l.toString()}`).toBe(value);
}
