import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { samplesDir } from '../support/organograms.ts';
import { axeViolations } from './axe.ts';
import { useBuiltApp } from './builtApp.ts';

const SHOTS = resolve('test-results/e2e');
const samples = samplesDir();
const pair = (stem: string) => [join(samples, `${stem}-senior.csv`), join(samples, `${stem}-junior.csv`)];

const app = useBuiltApp();

const node = (page: Page, side: 'left' | 'right', id: string) => page.locator(`[data-pane="${side}"] g.node[data-node-id="${id}"]`);

describe('importing organogram returns through the toolbar, in Chromium', () => {
  it('March as a new workspace, then September as an option derived from it, compared in split view', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(app.server.url);
    await node(page, 'left', 'council').waitFor();

    await page.getByLabel('Import', { exact: true }).setInputFiles(pair('cafcass-2011-03-31'));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('81 posts and units from 87 rows; no warnings').waitFor();
    await page.screenshot({ path: join(SHOTS, 'import-organogram-dialog.png') });
    expect(await axeViolations(page, ['[role="dialog"]'])).toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await node(page, 'left', 'cafcass-1002').waitFor();

    await page.getByLabel('Import', { exact: true }).setInputFiles(pair('cafcass-2011-09-30'));
    await dialog.getByText('91 posts and units from 96 rows; no warnings').waitFor();
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

  it('an HR export: the mapping dialog guesses the columns, has no accessibility violations, and imports', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await node(page, 'left', 'council').waitFor();
    const file = join(tmpdir(), 'org-options-hr-export.csv');
    writeFileSync(file, 'Employee ID,Manager ID,Job Title,Full Name,Grade,FTE,Salary\nE1,,Chief Executive,Person A,CE,1,"150,000"\nE2,E1,Director,Person B,D1,0.8,"90,000"\nE3,E9,Officer,Vacant,G7,1,30000\n');
    await page.getByLabel('Import', { exact: true }).setInputFiles(file);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('3 posts and units from 3 rows; 1 warning').waitFor();
    expect(await dialog.getByLabel("Manager's id").inputValue()).toBe('Manager ID');
    await page.screenshot({ path: join(SHOTS, 'import-hr-dialog.png') });
    expect(await axeViolations(page, ['[role="dialog"]'])).toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await node(page, 'left', 'e1').waitFor();
    await context.close();
  }, 180_000);
});
