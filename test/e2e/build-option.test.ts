import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parseWorkspace } from '../../src/io/index.ts';
import { resolveWorkspace } from '../../src/options/index.ts';
import { diffStructures } from '../../src/diff/index.ts';
import { axeViolations } from './axe.ts';
import { useBuiltApp } from './builtApp.ts';

const SHOTS = resolve('test-results/e2e');

const app = useBuiltApp();

/** The officer's screen: only what a person can see, click and type. */
function screenOf(page: Page) {
  const details = page.getByRole('region', { name: /^Details/ });
  const dialog = () => page.getByRole('dialog');
  return {
    details,
    dialog,
    /** Selects a node by typing its exact name into Find unit and pressing Enter (the keyboard path). */
    async select(name: string) {
      const box = page.getByLabel('Find unit');
      await box.fill(name);
      await box.press('Enter');
      await page.getByRole('heading', { name: `Details: ${name}`, exact: true }).waitFor();
    },
    /** Presses one of the Details panel's buttons: by mouse, or by keyboard (focus and Enter). */
    async press(label: string, by: 'mouse' | 'keyboard' = 'mouse') {
      const button = details.getByRole('button', { name: label, exact: true });
      if (by === 'mouse') await button.click();
      else {
        await button.focus();
        await page.keyboard.press('Enter');
      }
      await dialog().waitFor();
    },
    /** Types the reason and applies the dialog with its primary button. */
    async finish(why: string, button: string) {
      await dialog().getByLabel('Why (optional)').fill(why);
      await dialog().getByRole('button', { name: button, exact: true }).click();
      await dialog().waitFor({ state: 'detached' });
    },
    /** In a dialog with a node list: types a filter, which picks the first allowed match, then Enter in the list. */
    async pickNode(filterLabel: string, text: string) {
      await dialog().getByLabel(filterLabel).fill(text);
      const list = dialog().getByRole('listbox');
      await list.focus();
      await page.keyboard.press('Enter');
    },
  };
}

async function stepCount(page: Page): Promise<number> {
  const label = await page.getByRole('tab', { name: /^Steps/ }).textContent();
  return Number(/\((\d+)/.exec(label ?? '')?.[1] ?? '0');
}

async function expectSteps(page: Page, n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await stepCount(page)) !== n && Date.now() < deadline) await page.waitForTimeout(50);
  expect(await stepCount(page)).toBe(n);
}

/** The centre of a node's box once the chart has stopped moving (centring on a selection is animated). */
async function settledCentre(l: Locator): Promise<{ x: number; y: number }> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    const b = await l.boundingBox();
    const now = b ? `${b.x},${b.y},${b.width},${b.height}` : '';
    if (b && now === last) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    last = now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${l.toString()} never settled on screen`);
}

describe('building Leeds Option 5 on screen', () => {
  it('from the baseline, with mouse and keyboard only, gives the same diff as the shipped option-5', { timeout: 300_000 }, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.server.url);
    await page.locator('[data-pane="right"] g.node[data-node-id="dcs"]').waitFor();
    const ui = screenOf(page);

    await page.getByRole('tab', { name: /^Steps/ }).click();
    await page.getByRole('button', { name: 'New option from baseline' }).click();
    await page.getByRole('heading', { name: /^Steps: Option 6/ }).waitFor();
    await page.getByRole('button', { name: 'Single pane' }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    let steps = 0;

    // 1. A new Director, with a note: one update step (keyboard).
    await ui.select("Director of Children's Services");
    await ui.press('Edit details', 'keyboard');
    await ui.dialog().getByLabel('Holder').fill('Nigel Richardson');
    await ui.dialog().getByLabel('Note').fill("A new Director of Children's Services leads the integrated directorate.");
    await ui.finish('Covering 4.3: under the leadership of a new Director of Children’s Services.', 'Save details');
    await expectSteps(page, ++steps);

    // 2-3. Two vacant deputy posts under the Director.
    for (const [id, name] of [
      ['deputy-director-learning', 'Deputy Director, Education and Learning'],
      ['deputy-director-targeted', 'Deputy Director, Targeted and Specialist Services'],
    ] as const) {
      await ui.select("Director of Children's Services");
      await ui.press('Add post', steps % 2 ? 'keyboard' : 'mouse');
      await page.keyboard.type(name);
      await ui.dialog().getByLabel('Identifier').fill(id);
      await ui.dialog().getByLabel('Vacant').check();
      await ui.finish('Covering 4.3', 'Add');
      await expectSteps(page, ++steps);
    }

    // 4-10. Units move under the deputies: Move to… with the keyboard, one by a drag whose reason is asked afterwards.
    const moves: [string, string][] = [
      ['School Improvement and Standards', 'Deputy Director, Education and Learning'],
      ['Special Educational Needs and Inclusion', 'Deputy Director, Education and Learning'],
      ['School Admissions and Place Planning', 'Deputy Director, Education and Learning'],
      ['Education Leeds staff (all services)', 'Deputy Director, Education and Learning'],
      ["Children's Social Care", 'Deputy Director, Targeted and Specialist Services'],
      ['Early Years', 'Deputy Director, Targeted and Specialist Services'],
      ['Youth Services', 'Deputy Director, Targeted and Specialist Services'],
    ];
    for (const [unit, to] of moves) {
      await ui.select(unit);
      await ui.press('Move to…', 'keyboard');
      await ui.dialog().getByLabel('Why (optional)').fill('Covering 4.3');
      await ui.pickNode('Filter managers', to);
      await ui.dialog().waitFor({ state: 'detached' });
      await expectSteps(page, ++steps);
    }
    const right = page.locator('[data-pane="right"]');
    await page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: 'Fit', exact: true }).click();
    const from = await settledCentre(right.locator('g.node[data-node-id="el-business-support"] rect.oo-box'));
    const onto = await settledCentre(right.locator('g.node[data-node-id="deputy-director-learning"] rect.oo-box'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 12, from.y + 12, { steps: 3 });
    await page.mouse.move(onto.x, onto.y, { steps: 12 });
    await page.mouse.up();
    await expectSteps(page, ++steps);
    await page.screenshot({ path: join(SHOTS, 'after-drag-reason-prompt.png') });
    const prompt = page.getByRole('region', { name: 'Add a reason' });
    await prompt.getByLabel('Add a reason').fill('Covering 3.4: largely school-facing');
    await prompt.getByRole('button', { name: 'Save reason' }).click();
    await prompt.waitFor({ state: 'detached' });

    // The company's business support is named for what it serves.
    await ui.select('Business Support (school- and company-facing)');
    await ui.press('Edit details');
    await ui.dialog().getByLabel('Name').fill('Business Support for schools and education services');
    await ui.finish('Covering 3.4', 'Save details');
    await expectSteps(page, ++steps);

    // 11. The two Chief Officer posts give way to the targeted services deputy.
    for (const officer of ["Chief Officer, Children's Social Care", 'Chief Officer, Early Years and Youth Services']) {
      await ui.select(officer);
      await ui.press('Merge into…');
      await ui.dialog().getByLabel('Why (optional)').fill('Covering 4.3-4.5');
      await ui.pickNode('Filter posts and units', 'Deputy Director, Targeted');
      await ui.dialog().waitFor({ state: 'detached' });
      await expectSteps(page, ++steps);
    }

    // 12. The strategic umbrella over the company's Chief Executive goes (a link removed from the node's details).
    await ui.select("Director of Children's Services");
    await ui.details.getByRole('button', { name: 'Remove strategic link to Chief Executive, Education Leeds' }).click();
    await ui.finish('Covering 4.3', 'Remove link');
    await expectSteps(page, ++steps);

    // 13. The company's Chief Executive post merges into the learning deputy.
    await ui.select('Chief Executive, Education Leeds');
    await ui.press('Merge into…', 'keyboard');
    await ui.dialog().getByLabel('Why (optional)').fill('Covering 4.3, 6.1 ii');
    await ui.pickNode('Filter posts and units', 'Deputy Director, Education');
    await ui.dialog().waitFor({ state: 'detached' });
    await expectSteps(page, ++steps);

    // 14-15. The contract and the political interface with the company end.
    await ui.select('Education Leeds');
    for (const link of ['Remove contract link from Leeds City Council', 'Remove political link from Executive Member for Learning']) {
      await ui.details.getByRole('button', { name: link }).click();
      await ui.finish('Covering 6.1 ii', 'Remove link');
      await expectSteps(page, ++steps);
    }

    // 16. Political oversight of learning re-pointed to the learning deputy.
    await ui.select('Executive Member for Learning');
    await ui.press('Add link…');
    await ui.dialog().getByLabel('Link kind').selectOption('political');
    await ui.dialog().getByLabel('Why (optional)').fill('Scoping 1.3');
    await ui.pickNode('Filter posts and units', 'Deputy Director, Education');
    await ui.dialog().waitFor({ state: 'detached' });
    await expectSteps(page, ++steps);

    // 17-18. The company's Board and the company go.
    for (const body of ['Board of Education Leeds', 'Education Leeds']) {
      await ui.select(body);
      await ui.press('Remove', 'keyboard');
      await ui.finish('Covering 6.1 ii', 'Remove');
      await expectSteps(page, ++steps);
    }

    // Holders on the option's date (public record); the DCS Unit kept, with a note.
    for (const [post, holder] of [
      ['Chief Executive', 'Tom Riordan'],
      ["Executive Member for Children's Services (Lead Member)", 'Cllr Judith Blake'],
      ['Executive Member for Learning', null],
      ['DCS Unit', undefined],
    ] as const) {
      await ui.select(post);
      await ui.press('Edit details', 'keyboard');
      if (holder === null) await ui.dialog().getByLabel('Vacant').check();
      else if (holder) await ui.dialog().getByLabel('Holder').fill(holder);
      else await ui.dialog().getByLabel('Note').fill('Its future is not stated in the papers (inferred).');
      await ui.finish('Public record', 'Save details');
      await expectSteps(page, ++steps);
    }
    await page.screenshot({ path: join(SHOTS, 'built-option-5.png') });

    // The workspace as the officer takes it away: "Export workspace".
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace', exact: true }).click()]);
    const parsed = parseWorkspace(readFileSync((await download.path())!, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const ws = parsed.workspace;
    const built = ws.options.at(-1)!;
    expect(built.steps.every((s) => !!s.why)).toBe(true);
    const resolved = resolveWorkspace(ws);
    expect(resolved.stepErrors.get(built.id)).toBeUndefined();
    const shipped = diffStructures(ws.baseline, resolved.structures.get('option-5')!);
    const mine = diffStructures(ws.baseline, resolved.structures.get(built.id)!);
    expect({ ...mine, to: 'option-5' }).toEqual(shipped);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the editors in Chromium', () => {
  it('the Details panel and every editor dialog have no axe violations; Escape closes each and focus comes back', { timeout: 300_000 }, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('[data-pane="right"] g.node[data-node-id="dcs"]').waitFor();
    const ui = screenOf(page);
    await page.getByRole('tab', { name: 'Details' }).click();
    await ui.select('Deputy Director, Education and Learning');
    expect(await axeViolations(page, ['#side-panel-details']), 'Details panel').toEqual([]);
    for (const label of ['Add post', 'Add unit', 'Edit details', 'Move to…', 'Merge into…', 'Remove', 'Add link…', 'Assign function…']) {
      const button = ui.details.getByRole('button', { name: label, exact: true });
      await ui.press(label);
      expect(await axeViolations(page, ['[role="dialog"]']), label).toEqual([]);
      await page.keyboard.press('Escape');
      await ui.dialog().waitFor({ state: 'detached' });
      expect(await button.evaluate((b) => b === document.activeElement), `focus back on ${label}`).toBe(true);
    }
    await page.getByRole('tab', { name: /^Steps/ }).click();
    await page.getByRole('button', { name: 'Edit step 2', exact: true }).click();
    await ui.dialog().waitFor();
    expect(await axeViolations(page, ['[role="dialog"]']), 'Edit step').toEqual([]);
    await context.close();
  });
});

describe('every kind of step by keyboard alone', () => {
  it('add, update, move, merge, remove, link, unlink and assign, each from the keyboard, then steps reordered and edited', { timeout: 300_000 }, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('[data-pane="right"] g.node[data-node-id="dcs"]').waitFor();
    const ui = screenOf(page);
    const key = async (l: Locator, ...keys: string[]) => {
      await l.focus();
      for (const k of keys) await page.keyboard.press(k);
    };
    const type = async (label: string, text: string) => {
      await ui.dialog().getByLabel(label, { exact: true }).focus();
      await page.keyboard.type(text);
    };
    await key(page.getByRole('tab', { name: /^Steps/ }), 'Enter');
    await key(page.getByRole('button', { name: 'New option from baseline' }), 'Enter');
    await page.getByRole('heading', { name: /^Steps: Option 6/ }).waitFor();
    await key(page.getByRole('button', { name: 'Single pane' }), 'Enter');
    await key(page.getByRole('tab', { name: 'Details' }), 'Enter');
    let steps = 0;

    // add: a unit under the DCS Unit, submitted with Enter in its name field.
    await ui.select('DCS Unit');
    await ui.press('Add unit', 'keyboard');
    await type('Why (optional)', 'Scoping 1.1');
    await type('Name', 'Performance Team');
    await page.keyboard.press('Enter');
    await expectSteps(page, ++steps);

    // update: the holder of the Chief Executive.
    await ui.select('Chief Executive');
    await ui.press('Edit details', 'keyboard');
    await ui.dialog().getByLabel('Holder').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Tom Riordan');
    await page.keyboard.press('Enter');
    await expectSteps(page, ++steps);

    // move, merge: by the node lists' filters and Enter.
    await ui.select('Performance Team');
    await ui.press('Move to…', 'keyboard');
    await type('Filter managers', "Director of Children's");
    await key(ui.dialog().getByRole('listbox'), 'Enter');
    await expectSteps(page, ++steps);
    await ui.select('Youth Services');
    await ui.press('Merge into…', 'keyboard');
    await type('Filter posts and units', 'Early Years');
    await key(ui.dialog().getByRole('listbox'), 'Enter');
    await expectSteps(page, ++steps);

    // link: a dotted link from the Director to Scrutiny (link kind chosen with the arrow keys).
    await ui.select("Director of Children's Services");
    await ui.press('Add link…', 'keyboard');
    await key(ui.dialog().getByLabel('Link kind'), 'End');
    expect(await ui.dialog().getByLabel('Link kind').inputValue()).toBe('dotted');
    await type('Filter posts and units', 'Scrutiny');
    await key(ui.dialog().getByRole('listbox'), 'Enter');
    await expectSteps(page, ++steps);

    // unlink, assign and clear: from the node's details.
    await key(ui.details.getByRole('button', { name: 'Remove strategic link to Integrated Strategic Commissioning Board' }), 'Enter');
    await key(ui.dialog().getByRole('button', { name: 'Remove link' }), 'Enter');
    await expectSteps(page, ++steps);
    await ui.press('Assign function…', 'keyboard');
    await key(ui.dialog().getByLabel('Function'), 'Home');
    await key(ui.dialog().getByRole('button', { name: 'Assign' }), 'Enter');
    await expectSteps(page, ++steps);
    await key(ui.details.getByRole('button', { name: /^Clear accountability for Strategic commissioning/ }), 'Enter');
    await key(ui.dialog().getByRole('button', { name: 'Clear' }), 'Enter');
    await expectSteps(page, ++steps);

    // remove: a unit that manages another, its report moved to its manager first.
    await ui.select('Children Leeds partnership');
    await ui.press('Remove', 'keyboard');
    expect(await ui.dialog().textContent()).toContain('They will first move to report to Leeds Initiative');
    await key(ui.dialog().getByRole('button', { name: 'Move 1 and remove' }), 'Enter');
    await expectSteps(page, steps += 2);

    // The Steps panel: Alt+↑ on a step, and a reason added to one without.
    await key(page.getByRole('tab', { name: /^Steps/ }), 'Enter');
    const list = page.getByRole('region', { name: /^Steps/ });
    await key(list.getByRole('listitem', { name: 'Step 2', exact: true }), 'Alt+ArrowUp');
    await list.getByRole('listitem', { name: 'Step 1', exact: true }).getByText('Chief Executive: holder').waitFor();
    await key(list.getByRole('button', { name: 'Add a reason to step 1', exact: true }), 'Enter');
    await page.keyboard.type('Public record');
    await page.keyboard.press('Enter');
    await list.getByRole('listitem', { name: 'Step 1', exact: true }).getByText('Public record').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), key(page.getByRole('button', { name: 'Export workspace', exact: true }), 'Enter')]);
    const parsed = parseWorkspace(readFileSync((await download.path())!, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const built = parsed.workspace.options.at(-1)!;
    expect(new Set(built.steps.map((s) => s.op))).toEqual(new Set(['add', 'update', 'move', 'merge', 'link', 'unlink', 'assign', 'remove']));
    expect(built.steps[0]).toEqual({ op: 'update', node: 'chief-executive', set: { holder: 'Tom Riordan' }, why: 'Public record' });
    expect(resolveWorkspace(parsed.workspace).stepErrors.get(built.id)).toBeUndefined();
    await context.close();
  });
});

describe('the Steps panel in Chromium', () => {
  it('reorders a step dragged onto another with the mouse, and refuses a drag that would make steps fail', { timeout: 120_000 }, async () => {
    // Tall enough for steps 1-5 (their reasons are long) to be in view together: a drag does not scroll the panel.
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 2400 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('[data-pane="right"] g.node[data-node-id="dcs"]').waitFor();
    await page.getByRole('tab', { name: /^Steps/ }).click();
    const list = page.getByRole('region', { name: /^Steps/ });
    const item = (n: number) => list.getByRole('listitem', { name: `Step ${n}`, exact: true });
    expect(await item(5).textContent()).toContain('Special Educational Needs and Inclusion to report to');
    // A move under the learning deputy dragged above the step that adds the deputy: refused, order kept.
    await item(5).dragTo(item(2));
    await page.getByRole('alert').filter({ hasText: 'Step 5 was not moved to place 2' }).waitFor();
    expect(await item(5).textContent()).toContain('Special Educational Needs and Inclusion to report to');
    await item(5).dragTo(item(4));
    await expect.poll(() => item(4).textContent()).toContain('Special Educational Needs and Inclusion to report to');
    expect(await item(5).textContent()).toContain('School Improvement and Standards to report to');
    await context.close();
  });
});
