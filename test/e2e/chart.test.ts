import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { generateChain } from '../../bench/organogramWorkspace.ts';
import { useBuiltApp } from './builtApp.ts';

const SHOTS = resolve('test-results/e2e');
/** The screen the issue was measured on. */
const VIEWPORT = { width: 1440, height: 900 };

const app = useBuiltApp();

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function open(): Promise<Opened> {
  const context = await app.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(app.server.url);
  await node(page, 'right', 'deputy-director-learning').waitFor();
  return { context, page, problems };
}

const pane = (page: Page, side: 'left' | 'right'): Locator => page.locator(`[data-pane="${side}"]`);
const node = (page: Page, side: 'left' | 'right', id: string): Locator => pane(page, side).locator(`g.node[data-node-id="${id}"]`);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.closest('g.node')?.getAttribute('data-node-id') ?? null);

/** Smallest rendered size (CSS px) of the text on the boxes of a pane, and of the names alone. */
async function smallestText(page: Page, side: 'left' | 'right'): Promise<{ any: number; names: number; boxes: number }> {
  return page.evaluate((s) => {
    const frame = document.querySelector(`[data-pane="${s}"] .org-chart-view`)!.getBoundingClientRect();
    let any = Infinity;
    let names = Infinity;
    const boxes = new Set<Element>();
    for (const t of document.querySelectorAll<SVGTextElement>(`[data-pane="${s}"] g.node text`)) {
      const r = t.getBoundingClientRect();
      if (r.right < frame.left || r.left > frame.right || r.bottom < frame.top || r.top > frame.bottom) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a;
      any = Math.min(any, px);
      if (t.classList.contains('oo-name')) names = Math.min(names, px);
      boxes.add(t.closest('g.node')!);
    }
    return { any, names, boxes: boxes.size };
  }, side);
}

/** Loads a workspace through the toolbar's Import, as an officer would. */
async function importWorkspace(page: Page, file: string): Promise<void> {
  await page.getByLabel('Import', { exact: true }).setInputFiles(file);
}

/** The boxes whose name or holder a link change badge covers, in either pane. */
function namesUnderBadges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const b of document.querySelectorAll('.oo-link-badge')) {
      const r = b.getBoundingClientRect();
      for (const t of b.closest('[data-pane]')!.querySelectorAll('g.node .oo-name, g.node .oo-holder')) {
        const q = t.getBoundingClientRect();
        if (r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom) out.push(t.closest('g.node')!.getAttribute('data-node-id')!);
      }
    }
    return out;
  });
}

describe('the charts in Chromium at 1440x900', () => {
  it('open readable: names at 11 px or more and no text on a box under 8 px, in both panes of the Leeds split view', async () => {
    const { context, page, problems } = await open();
    await page.waitForTimeout(500);
    for (const side of ['left', 'right'] as const) {
      const size = await smallestText(page, side);
      expect(size.boxes, side).toBeGreaterThan(3);
      expect(size.names, side).toBeGreaterThanOrEqual(11);
      expect(size.any, side).toBeGreaterThanOrEqual(8);
    }
    await page.screenshot({ path: join(SHOTS, 'first-view-1440.png') });
    // Fit is one click away, and Reset brings the readable view back.
    await pane(page, 'right').getByRole('button', { name: 'Fit' }).click();
    await pane(page, 'right').getByRole('button', { name: 'Reset view' }).click();
    expect((await smallestText(page, 'right')).names).toBeGreaterThanOrEqual(11);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reaches a box with Tab and the arrow keys, moves it with Move to…, and undoes the move, all from the keyboard', async () => {
    const { context, page } = await open();
    // From the left pane's last zoom button, Tab through the right pane's header to its chart's one tab stop.
    await pane(page, 'left').getByRole('button', { name: 'Fit' }).focus();
    const role = () => page.evaluate(() => document.activeElement?.getAttribute('role'));
    for (let i = 0; i < 12 && (await role()) !== 'treeitem'; i++) await page.keyboard.press('Tab');
    expect(await role()).toBe('treeitem');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-pane]')?.getAttribute('data-pane'))).toBe('right');
    expect(await pane(page, 'right').locator('g.node[tabindex="0"]').count()).toBe(1);
    for (let i = 0; i < 80 && (await focusedId(page)) !== 'dcs-unit'; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe('dcs-unit');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/reports to /);
    // The chart follows the focus: the box is inside the pane.
    const box = (await node(page, 'right', 'dcs-unit').locator('rect.oo-box').boundingBox())!;
    const frame = (await pane(page, 'right').locator('.org-chart-view').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, 'right', 'dcs-unit').getAttribute('data-selected')).toBe('true');

    await page.getByRole('button', { name: 'Move to…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('Deputy Director, Education');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => node(page, 'right', 'dcs-unit').getAttribute('data-change')).toBe('moved');

    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, 'right', 'dcs-unit').getAttribute('data-change')).toBe('unchanged');
    await context.close();
  });

  it('zooms with + and − and resets with 0 from the keyboard', async () => {
    const { context, page } = await open();
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await pane(page, 'right').locator('svg g.chart').getAttribute('transform')) ?? '')?.[1]);
    const first = await scale();
    await pane(page, 'right').getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('+');
    expect(await scale()).toBeCloseTo(first * 1.25, 3);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await scale()).toBeCloseTo(first / 1.25, 3);
    await page.keyboard.press('0');
    expect(await scale()).toBeCloseTo(first, 3);
    await context.close();
  });

  it('marks links added and removed on the charts of the dual-reporting case', async () => {
    const { context, page } = await open();
    await importWorkspace(page, resolve('fixtures/cases/dual-reporting.json'));
    await node(page, 'left', 'director').waitFor();
    await page.getByLabel('Right', { exact: true }).selectOption('project-ends');
    await pane(page, 'right').locator('g.connection[data-link-change="added"]').waitFor();
    expect(await pane(page, 'left').locator('.oo-link-badge[data-link-change="removed"]').textContent()).toBe('LINK REMOVED');
    expect(await pane(page, 'right').locator('.oo-link-badge[data-link-change="added"]').textContent()).toBe('NEW LINK');
    // The two partnership links between the director and the Solicitor's Office run apart.
    const partnership = await pane(page, 'left').locator('g.connection[data-link-kind="partnership"] path.oo-link').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    expect(partnership).toHaveLength(2);
    expect(partnership[0]).not.toBe(partnership[1]);
    // The removed dotted line runs between neighbours, across the Project Lead's name: its badge stands clear of it.
    expect(await namesUnderBadges(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dual-reporting.png') });
    await context.close();
  });

  it('opens both Leeds panes on the Council at the top, every box of the first view clear of the zoom controls', async () => {
    const { context, page } = await open();
    await page.waitForTimeout(500);
    for (const side of ['left', 'right'] as const) {
      const frame = (await pane(page, side).locator('.org-chart-view').boundingBox())!;
      const council = (await node(page, side, 'council').boundingBox())!;
      expect(council.x, side).toBeGreaterThanOrEqual(frame.x);
      expect(council.x + council.width, side).toBeLessThanOrEqual(frame.x + frame.width);
      expect(council.y, side).toBeGreaterThanOrEqual(frame.y);
      const controls = (await pane(page, side).getByRole('group', { name: 'Zoom' }).boundingBox())!;
      const boxes = await pane(page, side).locator('g.node').evaluateAll((gs) => gs.map((g) => {
        const r = g.getBoundingClientRect();
        return { id: g.getAttribute('data-node-id'), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      }));
      const covered = boxes.filter((b) => b.x0 < controls.x + controls.width && controls.x < b.x1 && b.y0 < controls.y + controls.height && controls.y < b.y1);
      expect(covered.map((b) => b.id), side).toEqual([]);
    }
    await context.close();
  });

  it('keeps link change badges off the names they pass, with every box open (Leeds, Option 5)', async () => {
    const { context, page } = await open();
    await page.getByRole('button', { name: 'Expand all', exact: true }).click();
    await page.getByLabel('Find unit').fill('Scrutiny Board');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await node(page, 'left', 'scrutiny-board').waitFor();
    await page.waitForTimeout(500);
    const covered = await namesUnderBadges(page);
    expect(await page.locator('[data-pane="left"] .oo-link-badge').count()).toBeGreaterThan(0);
    expect(covered).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'link-badges-expanded.png') });
    await context.close();
  });

  it('draws a 4,000-layer chain, after a reload too, and expands it all without blanking the page', async () => {
    const { context, page, problems } = await open();
    const file = resolve('test-results/chain-4000.json');
    writeFileSync(file, `${JSON.stringify(generateChain(4000))}\n`);
    await importWorkspace(page, file);
    await node(page, 'left', 'n0').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Expand all', exact: true }).click();
    await node(page, 'left', 'n0').waitFor();
    expect(await page.locator('h1').textContent()).toContain('4000');
    await page.waitForTimeout(1500);
    await page.reload();
    await node(page, 'left', 'n0').waitFor({ timeout: 30_000 });
    expect(await page.locator('.toolbar').count()).toBe(1);
    // Keyboard to the bottom of the chain: End goes to the last box drawn.
    await page.getByRole('button', { name: 'Expand all', exact: true }).click();
    await node(page, 'left', 'n0').focus();
    await page.keyboard.press('End');
    expect(await focusedId(page)).toBe('n3999');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
