import type { Browser } from 'playwright-core';
import { BAD_HR_EXPORT, BAD_WORKSPACE, timeImport } from '../test/e2e/importProbe.ts';
import type { BenchRow } from './timing.ts';

/**
 * Issue 10: importing 200,000 errors froze the page while it was read and checked on the main thread. Times each
 * import to its result and reports the longest stall of the main thread meanwhile.
 */
export async function importRows(browser: Browser, url: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cases = [
    { label: 'Import of 200,000 errors (20 MB workspace)', file: BAD_WORKSPACE(), done: '.notice li.notice-more' },
    { label: 'Import of a 200,000-row HR export (warnings)', file: BAD_HR_EXPORT(), done: '.import-summary' },
  ];
  for (const c of cases) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(url);
    await page.getByLabel('Import', { exact: true }).waitFor();
    const t = await timeImport(page, c.file, c.done);
    await context.close();
    rows.push({ name: `${c.label}: to the result`, value: t.total });
    rows.push({ name: `${c.label}: longest frame gap`, value: t.longestFrameGap, target: '200 ms', pass: t.longestFrameGap <= 200 });
    rows.push({ name: `${c.label}: longest main-thread task`, value: t.longestTask });
  }
  return rows;
}
