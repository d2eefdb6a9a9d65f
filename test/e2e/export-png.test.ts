import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { useBuiltApp } from './builtApp.ts';

// Issue 12, part 5: Export PNG works for any chart that Export SVG can draw, here the 500-report case, fitted
// (one large page, scaled to the browser's canvas limits) and on A4 (every page, at 192 dpi).
const WIDE = readFileSync('fixtures/cases/wide-span-500-reports.json', 'utf8');

const app = useBuiltApp();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportPng(page: Page, sheet: 'fit' | 'a4'): Promise<Buffer[]> {
  const downloads: Download[] = [];
  const onDownload = (d: Download) => downloads.push(d);
  page.on('download', onDownload);
  await page.getByRole('button', { name: 'Export PNG', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export chart' });
  await dialog.getByLabel('Page').selectOption(sheet);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByText(/^Downloaded /).waitFor({ timeout: 120_000 });
  const status = (await dialog.getByText(/^Downloaded /).textContent()) ?? '';
  const expected = /^Downloaded (\d+) pages/.exec(status)?.[1];
  await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(expected ? Number(expected) : 1);
  page.off('download', onDownload);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return Promise.all(downloads.map(async (d) => readFileSync((await d.path())!)));
}

describe('Export PNG in Chromium', () => {
  it('draws the 500-report case fitted to one page and on every A4 page', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForFunction(() => window.__orgOptions !== undefined);
    const loaded = await page.evaluate((text) => window.__orgOptions!.loadWorkspaceText(text), WIDE);
    expect(loaded).toMatchObject({ ok: true });

    const [fitted] = await exportPng(page, 'fit');
    const fit = pngSize(fitted!);
    expect(fit.width).toBeGreaterThan(1000);
    expect(Math.max(fit.width, fit.height)).toBeLessThanOrEqual(16_000);

    const a4 = await exportPng(page, 'a4');
    expect(a4.length).toBeGreaterThan(1);
    // A4 landscape is 1122.5 × 793.7 CSS px; drawn at twice that (192 dpi).
    for (const png of a4) {
      const { width, height } = pngSize(png);
      expect(Math.abs(width - 2245)).toBeLessThanOrEqual(2);
      expect(Math.abs(height - 1587)).toBeLessThanOrEqual(2);
    }
    await context.close();
  }, 300_000);

  it('the export dialog, with its list of pages, passes axe (WCAG 2.2 AA); Escape closes it and focus returns to its button', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('[data-pane="right"] g.node[data-node-id="council"]').waitFor({ timeout: 60_000 });
    const button = page.getByRole('button', { name: 'Export comparison', exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Export chart' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('button', { name: 'Page 2' }).waitFor();
    const found = await axeViolations(page, ['[role="dialog"]']);
    expect(found).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export comparison');
    await context.close();
  }, 300_000);
});
