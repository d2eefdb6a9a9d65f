import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { casePath, LATER_STEPS, STALE } from '../support/cases.ts';
import { useBuiltApp } from './builtApp.ts';

const VIEWPORT = { width: 1600, height: 1000 };
const KEY = 'org-options/workspace';

const app = useBuiltApp();

const conflicts = (page: Page) => page.getByRole('region', { name: /^Conflicts/ });
const indicator = (page: Page) => page.getByRole('status', { name: 'Saved state' });
const stepsTab = (page: Page) => page.getByRole('tab', { name: /^Steps/ });
const stepsPanel = (page: Page) => page.getByRole('region', { name: /^Steps/ });
const savedWorkspace = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.workspace ?? null, KEY);

/** A fresh profile with `text` saved as the workspace, the app (re)loaded on it. */
async function openWithSaved(text: string) {
  const context = await app.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(app.server.url);
  await page.locator('h1').waitFor();
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, text]);
  await page.reload();
  return { context, page, problems };
}

describe('saved work in Chromium', () => {
  it('removing step 2 of "rebalance" and reloading keeps the workspace, with the conflict shown, never Leeds', async () => {
    const later = JSON.parse(readFileSync(casePath(LATER_STEPS), 'utf8'));
    const before = structuredClone(later);
    before.options[0].steps.splice(1, 0, { op: 'move', node: 'cw-3', to: 'tl-1' });
    const { context, page, problems } = await openWithSaved(JSON.stringify(before));
    await expectText(page.locator('h1'), later.title);
    expect(await conflicts(page).count()).toBe(0);

    await stepsTab(page).click();
    await stepsPanel(page).getByRole('button', { name: 'Remove step 2' }).click();
    await conflicts(page).waitFor();
    await expectText(conflicts(page), 'Team Leader (vacant) ("tl-3") to have no direct reports');
    await expectText(indicator(page), 'Saved');
    expect(await savedWorkspace(page)).toEqual(later);

    await page.reload();
    await conflicts(page).waitFor();
    await expectText(page.locator('h1'), later.title);
    await expectText(conflicts(page), '“Rebalance teams”: 1 step no longer applies');
    expect(await savedWorkspace(page)).toEqual(later);

    // Export workspace, then Import what it wrote: the same workspace, conflict and all.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace', exact: true }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toEqual(later);
    await page.getByLabel('Import').setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expectText(page.getByRole('alert').filter({ hasText: 'Imported' }).last(), 'One step no longer applies');
    await conflicts(page).waitFor();
    expect(await savedWorkspace(page)).toEqual(later);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads the stale-step case, shows the conflict on rebalance, and keeps it across a reload', async () => {
    const text = readFileSync(casePath(STALE), 'utf8');
    const { context, page } = await openWithSaved(text);
    await expectText(conflicts(page), 'Step 2 (move) no longer applies: it needs "cw-3"');
    await page.reload();
    await expectText(conflicts(page), 'Step 2 (move) no longer applies: it needs "cw-3"');
    expect(await savedWorkspace(page)).toBeNull(); // nothing edited yet: the saved text is still the file as given
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(text);
    await context.close();
  });

  it('an edit in one tab reaches the other; edits from both are kept', async () => {
    const later = JSON.parse(readFileSync(casePath(LATER_STEPS), 'utf8'));
    const { context, page: a } = await openWithSaved(JSON.stringify(later));
    const b = await context.newPage();
    await b.goto(app.server.url);
    await expectText(b.locator('h1'), later.title);
    await stepsTab(a).click();
    await stepsTab(b).click();
    await expectText(stepsTab(b), 'Steps (4');

    await stepsPanel(a).getByRole('button', { name: 'Remove step 4' }).click();
    await expectText(stepsTab(b), 'Steps (3');
    await expectText(b.getByRole('status').filter({ hasText: 'another tab' }).or(b.getByRole('alert').filter({ hasText: 'another tab' })).first(), 'another tab');

    await stepsPanel(b).getByRole('button', { name: 'Remove step 2' }).click();
    await expectText(stepsTab(a), 'Steps (2');
    await b.waitForTimeout(200);
    await expectText(indicator(a), 'Saved');
    await expectText(indicator(b), 'Saved');
    const saved = await savedWorkspace(a);
    expect(saved.options[0].steps.map((s: { op: string }) => s.op)).toEqual(['move', 'assign']);

    await a.reload();
    await expectText(stepsTab(a), 'Steps (2');
    await context.close();
  });
});

describe('named versions in Chromium (IndexedDB)', () => {
  it('saves a named version, goes back to it after an edit, and still lists it after a reload', async () => {
    const later = JSON.parse(readFileSync(casePath(LATER_STEPS), 'utf8'));
    const { context, page } = await openWithSaved(JSON.stringify(later));
    await page.getByRole('button', { name: 'Versions…' }).click();
    await page.getByLabel('Name of this version').fill('Before removing');
    await page.getByRole('button', { name: 'Save as a version' }).click();
    await page.getByRole('listitem', { name: 'Before removing' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await stepsTab(page).click();
    await stepsPanel(page).getByRole('button', { name: 'Remove step 1' }).click();
    await expectText(stepsTab(page), 'Steps (3');
    await page.reload();
    await page.getByRole('button', { name: 'Versions…' }).click();
    await page.getByRole('listitem', { name: 'Before removing' }).getByRole('button', { name: 'Go back to this' }).click();
    await stepsTab(page).click();
    await expectText(stepsTab(page), 'Steps (4');
    expect(await savedWorkspace(page)).toEqual(later);
    await context.close();
  });
});

async function expectText(l: { first(): { textContent(): Promise<string | null>; waitFor(): Promise<void> } }, text: string): Promise<void> {
  await l.first().waitFor();
  const deadline = Date.now() + 10_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await l.first().textContent();
    if (last?.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(last).toContain(text);
}
