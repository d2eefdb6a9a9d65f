import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { useBuiltApp } from './builtApp.ts';

// axe-core in Chromium: no violations at WCAG 2.2 AA on the comparison, the outline and the appraisal (issue 12, part 6).
const app = useBuiltApp();

/**
 * The page's violations. A chart box cut by its pane's edge shows only part of its words, so axe cannot judge whether
 * its visible label is in its name (WCAG 2.5.3); every box wholly in view is judged, and the cut ones once in view.
 */
async function violations(page: Page): Promise<string[]> {
  const cut = await page.evaluate(() => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<SVGGElement>('svg[role="tree"] g.node')) {
      const pane = box.ownerSVGElement!.getBoundingClientRect();
      const r = box.getBoundingClientRect();
      if (r.left < pane.left || r.top < pane.top || r.right > pane.right || r.bottom > pane.bottom) {
        out.push(`[data-pane="${box.closest('[data-pane]')!.getAttribute('data-pane')}"] g.node[data-node-id="${box.dataset.nodeId}"]`);
      }
    }
    return out;
  });
  return axeViolations(page, ['html'], cut);
}

async function open(viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(app.server.url);
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
