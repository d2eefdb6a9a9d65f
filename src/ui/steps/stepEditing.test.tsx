// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { drop, renderApp } from '../../../test/support/renderApp.tsx';
import type { AppStore } from '../../store/index.ts';
import { STEP_DIALOG } from '../../words/editors.ts';
import { FIELD_LABEL } from '../../words/fields.ts';
import { REASON_PROMPT, STEP_EDIT, STEP_TOOLS } from '../../words/stepsPanel.ts';
import { FIND_LABEL } from '../../words/chart.ts';
import { HISTORY } from '../../words/toolbar.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

const stepsPanel = () => screen.getByRole('region', { name: /^Steps/ });
const step = (n: number) => within(stepsPanel()).getByRole('listitem', { name: STEP_TOOLS.step(n) });
const steps = (store: AppStore) => store.getState().workspace.options.find((o) => o.id === 'option-5')!.steps;
const openSteps = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('tab', { name: /^Steps/ }));

describe('a reason after a drag', { timeout: 30_000 }, () => {
  it('is asked for without blocking or taking focus, and saved on the new step', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const search = screen.getByLabelText(FIND_LABEL);
    search.focus();
    drop('right', 'scrutiny-board', 'dcs');
    const prompt = await screen.findByRole('region', { name: REASON_PROMPT.region });
    expect(search).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(prompt).toHaveTextContent(`Step ${steps(store).length} of Option 5`);
    expect(prompt).toHaveTextContent("Scrutiny Board (Children's Services) to report to Director of Children's Services");
    await user.type(within(prompt).getByLabelText(REASON_PROMPT.label), 'Scoping 2.3e{Enter}');
    expect(steps(store).at(-1)).toEqual({ op: 'move', node: 'scrutiny-board', to: 'dcs', why: 'Scoping 2.3e' });
    expect(screen.queryByRole('region', { name: REASON_PROMPT.region })).toBeNull();
  });

  it('"Not now" leaves the step without a reason, which the Steps panel then offers to add', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    drop('right', 'scrutiny-board', 'dcs');
    await user.click(within(await screen.findByRole('region', { name: REASON_PROMPT.region })).getByRole('button', { name: REASON_PROMPT.notNow }));
    expect(screen.queryByRole('region', { name: REASON_PROMPT.region })).toBeNull();
    await openSteps(user);
    const n = steps(store).length;
    await user.click(within(step(n)).getByRole('button', { name: STEP_TOOLS.addReasonTo(n) }));
    await user.type(within(step(n)).getByLabelText(STEP_TOOLS.reasonFor(n)), 'later{Enter}');
    expect(steps(store).at(-1)?.why).toBe('later');
  });
});

describe('the reason prompt after an undo', { timeout: 30_000 }, () => {
  it('goes, and does not come back for another step made later in the same place', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    drop('right', 'scrutiny-board', 'dcs');
    await screen.findByRole('region', { name: REASON_PROMPT.region });
    await user.click(screen.getByRole('button', { name: HISTORY.undo }));
    expect(screen.queryByRole('region', { name: REASON_PROMPT.region })).toBeNull();
    act(() => void store.getState().moveNode('option-5', 'scrutiny-board', 'chief-executive'));
    expect(screen.queryByRole('region', { name: REASON_PROMPT.region })).toBeNull();
  });
});

describe('the Steps panel', { timeout: 30_000 }, () => {
  it('edits a step’s target and reason, offering only targets the core allows', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await openSteps(user);
    await user.click(within(step(4)).getByRole('button', { name: STEP_TOOLS.editStep(4) }));
    const dialog = screen.getByRole('dialog', { name: STEP_EDIT.title(4, 'move') });
    const list = within(dialog).getByLabelText(STEP_EDIT.target.move);
    await user.selectOptions(list, 'deputy-director-targeted');
    const why = within(dialog).getByLabelText(STEP_DIALOG.why);
    await user.clear(why);
    await user.type(why, 'placed with targeted services');
    await user.click(within(dialog).getByRole('button', { name: STEP_EDIT.save }));
    expect(steps(store)[3]).toEqual({ op: 'move', node: 'el-school-improvement', to: 'deputy-director-targeted', why: 'placed with targeted services' });
  });

  it('edits an added node’s fields', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await openSteps(user);
    await user.click(within(step(2)).getByRole('button', { name: STEP_TOOLS.editStep(2) }));
    const dialog = screen.getByRole('dialog', { name: 'Edit step: add Deputy Director, Education and Learning' });
    const name = within(dialog).getByLabelText(FIELD_LABEL.name);
    await user.clear(name);
    await user.type(name, 'Director of Learning');
    await user.click(within(dialog).getByRole('button', { name: STEP_EDIT.save }));
    expect(steps(store)[1]).toMatchObject({ op: 'add', node: { id: 'deputy-director-learning', name: 'Director of Learning', source: 'Covering 4.3-4.4' } });
  });

  it('keeps the unit, function and reference an update sets (not on the form) when the step is edited', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    act(() => {
      store.getState().addSteps('option-5', [
        { op: 'update', node: 'dcs', set: { name: 'Director of Children and Families', unit: 'Children’s Services', ref: 'P-1' } },
        { op: 'update', node: 'dcs', set: { role: 'Leadership' }, why: 'later return' },
      ], 'two updates');
    });
    await openSteps(user);
    const n = steps(store).length;
    await user.click(within(step(n - 1)).getByRole('button', { name: `Edit step ${n - 1}` }));
    const form = screen.getByRole('dialog', { name: /^Edit step: update/ });
    await user.type(within(form).getByLabelText('Why (optional)'), 'renamed');
    await user.click(within(form).getByRole('button', { name: 'Save step' }));
    expect(steps(store)[n - 2]).toEqual({ op: 'update', node: 'dcs', set: { name: 'Director of Children and Families', unit: 'Children’s Services', ref: 'P-1' }, why: 'renamed' });

    await user.click(within(step(n)).getByRole('button', { name: `Edit step ${n}` }));
    const whyOnly = screen.getByRole('dialog', { name: `Edit step ${n} (update)` });
    const why = within(whyOnly).getByLabelText('Why (optional)');
    await user.clear(why);
    await user.type(why, 'September return');
    await user.click(within(whyOnly).getByRole('button', { name: 'Save step' }));
    expect(steps(store)[n - 1]).toEqual({ op: 'update', node: 'dcs', set: { role: 'Leadership' }, why: 'September return' });
  });

  it('refuses an edit that makes later steps fail, saying how many', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    await openSteps(user);
    await user.click(within(step(2)).getByRole('button', { name: STEP_TOOLS.editStep(2) }));
    const dialog = screen.getByRole('dialog');
    const id = within(dialog).getByLabelText(FIELD_LABEL.id);
    await user.clear(id);
    await user.type(id, 'deputy-learning');
    await user.click(within(dialog).getByRole('button', { name: STEP_EDIT.save }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Step 2 was not changed: \d+ later steps would then fail/);
    expect(store.getState().workspace).toBe(before);
  });

  it('reorders with the arrow buttons and Alt+arrows where no more steps fail, and refuses otherwise', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await openSteps(user);
    const [fourth, fifth] = [steps(store)[3], steps(store)[4]];
    await user.click(within(step(5)).getByRole('button', { name: STEP_TOOLS.moveUp(5) }));
    expect(steps(store).slice(3, 5)).toEqual([fifth, fourth]);
    expect(step(4)).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(steps(store).slice(3, 5)).toEqual([fourth, fifth]);
    expect(step(5)).toHaveFocus();
    // Step 4 moves a unit under the deputy that step 2 adds: it may go up past step 3, not past step 2.
    step(4).focus();
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
    expect(screen.getAllByRole('alert').at(-1)).toHaveTextContent('Step 3 was not moved to place 2: 1 step would then fail.');
    expect(steps(store)[1]).toMatchObject({ op: 'add', node: { id: 'deputy-director-learning' } });
    expect(steps(store)[2]).toEqual(fourth);
  });

  it('reorders by dragging a step onto another’s place', () => {
    const store = renderApp();
    fireEvent.click(screen.getByRole('tab', { name: /^Steps/ }));
    const [fourth, fifth, sixth] = steps(store).slice(3, 6);
    const dataTransfer = { setData: () => undefined, effectAllowed: '' };
    fireEvent.dragStart(step(6), { dataTransfer });
    fireEvent.dragOver(step(4), { dataTransfer });
    fireEvent.drop(step(4), { dataTransfer });
    expect(steps(store).slice(3, 6)).toEqual([sixth, fourth, fifth]);
  });
});
