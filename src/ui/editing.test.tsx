// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../test/support/mockChart.tsx';
import { pane, renderApp } from '../../test/support/renderApp.tsx';

vi.mock('./chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

const stepsPanel = () => screen.getByRole('region', { name: /^Steps/ });
const openSteps = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('tab', { name: /^Steps/ }));

describe('steps panel', () => {
  it('lists each step with its op, summary and why', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const count = store.getState().workspace.options.find((o) => o.id === 'option-5')!.steps.length;
    expect(screen.getByRole('tab', { name: `Steps (${count})` })).toBeInTheDocument();
    await openSteps(user);
    const items = within(stepsPanel()).getAllByRole('listitem', { name: /^Step \d+$/ });
    expect(items).toHaveLength(store.getState().workspace.options.find((o) => o.id === 'option-5')?.steps.length ?? -1);
    expect(items[3]).toHaveTextContent('move');
    expect(items[3]).toHaveTextContent('School Improvement and Standards to report to Deputy Director, Education and Learning');
    expect(items[3]).toHaveTextContent(/Covering 4\.3/);
  });

  it('removing a step shows the later steps that now fail beside them', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const count = store.getState().workspace.options.find((o) => o.id === 'option-5')!.steps.length;
    await openSteps(user);
    await user.click(within(stepsPanel()).getByRole('button', { name: 'Remove step 2' }));
    expect(screen.getByRole('tab', { name: new RegExp(`^Steps \\(${count - 1}, \\d+ failing\\)$`) })).toBeInTheDocument();
    const step3 = within(stepsPanel()).getByRole('listitem', { name: 'Step 3' });
    // As the Conflicts strip says it, in names: the deputy is still known to the workspace (other options add it).
    expect(within(step3).getByRole('alert')).toHaveTextContent(
      /^Step 3 \(move\) no longer applies: it needs Deputy Director, Education and Learning \("deputy-director-learning"\), the post or unit it points to, which is no longer there\.$/,
    );
    expect(within(stepsPanel()).getByRole('listitem', { name: 'Step 1' }).querySelector('.step-errors')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(stepsPanel()).queryAllByRole('alert')).toHaveLength(0);
  });

  it('duplicates, renames and deletes options', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await openSteps(user);
    await user.click(within(stepsPanel()).getByRole('button', { name: 'Duplicate' }));
    expect(screen.getByLabelText('Right')).toHaveValue('option-5-variant');
    await user.click(within(stepsPanel()).getByRole('button', { name: 'Rename' }));
    const title = within(stepsPanel()).getByLabelText('New title');
    await user.clear(title);
    await user.type(title, 'Option 5b{Enter}');
    expect(screen.getByRole('heading', { name: 'Steps: Option 5b' })).toBeInTheDocument();
    await user.click(within(stepsPanel()).getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete option' }));
    await waitFor(() => expect(store.getState().workspace.options.map((o) => o.id)).not.toContain('option-5-variant'));
  });

  it('says which options stop another being deleted', async () => {
    const user = userEvent.setup();
    renderApp();
    await openSteps(user);
    await user.selectOptions(screen.getByLabelText('Right'), 'option-1');
    await user.click(within(stepsPanel()).getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete option' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/was not deleted/);
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Option 2/), expect.stringMatching(/^Option 3/), expect.stringMatching(/^Option 4/)]);
  });
});

describe('search', () => {
  it('selects and centres the matching unit in both panes; Enter again goes to the next match', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.type(screen.getByLabelText('Find unit'), 'early years{Enter}');
    expect(store.getState().view.selected).toBe('early-years');
    expect(chartProps.get('left')?.centerRequest?.id).toBe('early-years');
    expect(within(pane('left')).getByText('Early Years')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Early Years \(1 of 2\)/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store.getState().view.selected).toBe('chief-officer-early-years');
    await user.clear(screen.getByLabelText('Find unit'));
    await user.type(screen.getByLabelText('Find unit'), 'nothing like this{Enter}');
    expect(screen.getByText('No unit matches “nothing like this”')).toBeInTheDocument();
  });
});

describe('Move to…', () => {
  it('lists managers with refused ones disabled and the reason, and Enter applies the choice', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.click(within(pane('right')).getByText('Scrutiny Board (Children\'s Services)'));
    await user.click(screen.getByRole('button', { name: 'Move to…' }));
    const dialog = screen.getByRole('dialog', { name: /^Move Scrutiny Board/ });
    const list = within(dialog).getByLabelText('New manager');
    expect(within(list).getByRole('option', { name: /^Leeds City Council: not allowed, its current manager$/ })).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Filter managers'), 'director of');
    await user.selectOptions(list, 'dcs');
    await user.type(within(dialog).getByLabelText('Why (optional)'), 'closer oversight');
    await user.click(list);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().workspace.options.find((o) => o.id === 'option-5')?.steps.at(-1)).toEqual({ op: 'move', node: 'scrutiny-board', to: 'dcs', why: 'closer oversight' });
  });

  it('disables a node’s own reports', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(within(pane('right')).getByText("Director of Children's Services"));
    await user.click(screen.getByRole('button', { name: 'Move to…' }));
    const option = within(screen.getByLabelText('New manager')).getByRole('option', { name: /^DCS Unit: not allowed/ });
    expect(option).toBeDisabled();
  });
});

describe('import, export and reset', () => {
  it('an invalid file lists each problem and leaves the workspace as it was', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    const broken = { format: 'org-options/1', title: 'Broken', baseline: { id: 'b', title: 'B', nodes: [{ id: 'a', kind: 'unit', name: 'A', manager: 'nowhere' }] }, options: [] };
    await user.upload(screen.getByLabelText('Import'), new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not imported/);
    expect(within(alert).getByText(/nowhere/)).toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
  });

  it('Reset to Leeds asks first and is undoable', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    act(() => {
      store.getState().deleteOption('option-5');
    });
    await user.click(screen.getByRole('button', { name: 'Reset to Leeds' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reset to Leeds' }));
    await waitFor(() => expect(screen.getByLabelText('Right')).toHaveValue('option-5'));
    expect(store.getState().workspace.options.map((o) => o.id)).toContain('option-5');
  });
});
