import type { Page } from 'playwright-core';
import { brokenWorkspaceText, hrExportWithBadManagers } from '../support/badImports.ts';

/** What the page measured from the file input's change event until `selector` matched: ms, and the main thread's stalls. */
export interface ImportTiming {
  /** Change event to the result on screen. */
  total: number;
  /** Longest gap between animation frames meanwhile (what an officer sees as a freeze). */
  longestFrameGap: number;
  /** Longest task the browser reported meanwhile (PerformanceObserver `longtask`; 0 when none over 50 ms). */
  longestTask: number;
  /** Whether a frame meanwhile showed the import's progress line (`.import-progress`). */
  sawProgress: boolean;
}

/**
 * Installs the probe: on the next change of a file input, frames and long tasks are watched until `selector` matches.
 * A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
 */
const probe = (selector: string): string => `(() => {
  const p = window.__importProbe = { start: null, end: null, gap: 0, task: 0, progress: false };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (p.start !== null && e.startTime >= p.start && (p.end === null || e.startTime < p.end)) p.task = Math.max(p.task, e.duration);
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener('change', () => {
    p.start = performance.now();
    let last = p.start;
    const frame = () => {
      const now = performance.now();
      p.gap = Math.max(p.gap, now - last);
      last = now;
      if (document.querySelector('.import-progress')) p.progress = true;
      if (document.querySelector(${JSON.stringify(selector)})) { p.end = performance.now(); return; }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
})()`;

/** Chooses `file` in the toolbar's Import and measures until `selector` is on screen (see ImportTiming). */
export async function timeImport(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, selector: string, timeout = 180_000): Promise<ImportTiming> {
  await page.evaluate(probe(selector));
  await page.getByLabel('Import', { exact: true }).setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as { __importProbe: { end: number | null } }).__importProbe.end !== null, null, { timeout, polling: 100 });
  const p = await page.evaluate(() => (window as unknown as { __importProbe: { start: number; end: number; gap: number; task: number; progress: boolean } }).__importProbe);
  return { total: p.end - p.start, longestFrameGap: p.gap, longestTask: p.task, sawProgress: p.progress };
}

/** The 200,000-error workspace (about 20 MB) and a 200,000-row HR export with a warning on every row. */
export const BAD_WORKSPACE = (): { name: string; mimeType: string; buffer: Buffer } => ({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(brokenWorkspaceText(200_000)) });
export const BAD_HR_EXPORT = (): { name: string; mimeType: string; buffer: Buffer } => ({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(hrExportWithBadManagers(200_000)) });

