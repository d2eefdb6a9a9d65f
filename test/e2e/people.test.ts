import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { staffedWorkspace } from '../people/staffed.ts';
import { useBuiltApp } from './builtApp.ts';

const SHOTS = resolve('test-results/e2e');

const app = useBuiltApp();

describe('people and money in the app, in Chromium (people.md)', () => {
  it('a workspace with FTE and pay shows totals above each pane, the change beside the right one, and figures on boxes', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-e2e-'));
    const file = join(dir, 'staffed.json');
    writeFileSync(file, JSON.stringify(staffedWorkspace()));
    const context = await app.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(app.server.url);
    await page.locator('[data-pane="left"] g.node[data-node-id="council"]').waitFor();

    await page.getByLabel('Import', { exact: true }).setInputFiles(file);
    // Import runs in a Web Worker: Leeds' own strip is there until the new workspace is in, which its notice says.
    await page.locator('.notice', { hasText: /^Imported / }).waitFor();
    const leftStrip = page.locator('[data-pane="left"] .totals-strip');
    await leftStrip.waitFor();
    expect(await leftStrip.textContent()).toBe('355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced');
    const rightStrip = page.locator('[data-pane="right"] .totals-strip');
    // The right pane shows the last option, "Grow": one priced deputy more.
    expect(await rightStrip.textContent()).toBe('356 FTE · £9.5m–£12.5m a year · 50 FTE unpriced (+1 FTE · +£90k to +£100k a year against Sample)');

    const dcsNote = page.locator('[data-pane="left"] g.node[data-node-id="dcs"] text.oo-people');
    await dcsNote.waitFor();
    expect(await dcsNote.textContent()).toBe('351 FTE · £9.1m–£12.1m');
    const toggle = page.getByRole('button', { name: 'Show FTE and cost on boxes' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'people-totals.png') });
    await toggle.click();
    await dcsNote.waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(problems).toEqual([]);
    await context.close();
  });
});
