// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../test/support/mockChart.tsx';
import { drop, group, pane, renderApp } from '../../test/support/renderApp.tsx';
import { MEASURES } from '../words/staffing.ts';

vi.mock('./chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});


afterEach(() => {
  cleanup();
  chartProps.clear();
});

describe('pickers', () => {
  it('offer the baseline and every option by title, and change what a pane shows', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const left = screen.getByLabelText('Left');
    const right = screen.getByLabelText('Right');
    const titles = store.getState().workspace.options.map((o) => o.title);
    expect(within(left).getAllByRole('option').map((o) => o.textContent)).toEqual([`${store.getState().workspace.baseline.title} (baseline)`, ...titles]);
    expect(right).toHaveValue('option-5');
    expect(within(pane('right')).getByRole('heading', { level: 2 })).toHaveTextContent(/^Option 5/);
    await user.selectOptions(right, 'option-3');
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    expect(within(pane('right')).getByRole('heading', { level: 2 })).toHaveTextContent(/^Option 3/);
    expect(screen.getByRole('heading', { name: /^Steps: Option 3/ })).toBeInTheDocument();
  });

  it('single mode shows the right pane alone', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Single pane' }));
    expect(document.querySelector('[data-pane="left"]')).toBeNull();
    expect(pane('right')).toBeInTheDocument();
  });
});

describe('changes panel', () => {
  it('lists reporting-line changes by name with counts, and marks the panes', () => {
    renderApp();
    const lines = group('Reporting lines');
    expect(within(lines).getByRole('heading')).toHaveTextContent('Reporting lines (8)');
    expect(within(lines).getByRole('button', { name: /^Early Years: Chief Officer, Early Years and Youth Services → Deputy Director, Targeted and Specialist Services$/ })).toBeInTheDocument();
    expect(within(group('Added')).getByRole('heading')).toHaveTextContent('Added (2)');
    expect(within(pane('right')).getByText('Deputy Director, Education and Learning')).toHaveAttribute('data-change', 'added');
    expect(within(pane('left')).getByText('Board of Education Leeds')).toHaveAttribute('data-change', 'removed');
    expect(within(group('Links removed')).getByText(/Leeds City Council → Education Leeds/)).toBeInTheDocument();
  });

  it('selects and centres the node of a clicked row in both panes', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.click(within(group('Reporting lines')).getByRole('button', { name: /^Early Years:/ }));
    expect(store.getState().view.selected).toBe('early-years');
    expect(chartProps.get('left')?.centerRequest).toEqual({ id: 'early-years', seq: 1 });
    expect(chartProps.get('right')?.centerRequest).toEqual({ id: 'early-years', seq: 1 });
    expect(within(pane('right')).getByText('Early Years')).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the measures of both sides', () => {
    renderApp();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: MEASURES.layers })).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toHaveLength(3);
  });
});

describe('moving by drag and drop', () => {
  it('appends a move to the option shown, lists it, and undoes and redoes it with buttons and keys', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    drop('right', 'scrutiny-board', 'dcs');
    expect(within(group('Reporting lines')).getByRole('button', { name: /^Scrutiny Board \(Children's Services\): Leeds City Council → Director of Children's Services$/ })).toBeInTheDocument();
    expect(store.getState().history.past).toHaveLength(1);
    expect(screen.getByTestId('live-announcer')).toHaveTextContent(/^Option 5: integrated Children's Services Directorate, step \d+ added: Scrutiny Board \(Children's Services\) to report to Director of Children's Services\.$/);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(group('Reporting lines')).queryByRole('button', { name: /^Scrutiny Board/ })).toBeNull();
    expect(screen.getByTestId('live-announcer')).toHaveTextContent(/a step removed\.$/);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(within(group('Reporting lines')).getByRole('button', { name: /^Scrutiny Board/ })).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(within(group('Reporting lines')).queryByRole('button', { name: /^Scrutiny Board/ })).toBeNull();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(within(group('Reporting lines')).getByRole('button', { name: /^Scrutiny Board/ })).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}');
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('does not undo while typing in a field', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    drop('right', 'scrutiny-board', 'dcs');
    await user.click(screen.getByLabelText('Find unit'));
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('refuses a drop onto the node’s own report visibly', () => {
    const store = renderApp();
    const before = store.getState().workspace;
    drop('right', 'dcs', 'dcs-unit');
    expect(store.getState().workspace).toBe(before);
    expect(screen.getByRole('alert')).toHaveTextContent(/Move refused/);
  });

  it('offers a new option for a drop in the baseline pane, in a dialog', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    drop('left', 'early-years', 'dcs');
    const dialog = await screen.findByRole('dialog', { name: 'Start a new option?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start new option' }));
    await waitFor(() => expect(screen.getByLabelText('Right')).toHaveValue('option-6'));
    await user.click(screen.getByRole('tab', { name: 'Steps (1)' }));
    expect(store.getState().workspace.options.at(-1)?.steps).toEqual([{ op: 'move', node: 'early-years', to: 'dcs' }]);
    expect(screen.getByRole('listitem', { name: 'Step 1' })).toHaveTextContent("Early Years to report to Director of Children's Services");
  });

  it('cancelling the baseline dialog changes nothing', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    drop('left', 'early-years', 'dcs');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().workspace).toBe(before);
  });
});

describe('appraisal tab', () => {
  it('opens an option chosen in the appraisal on the right, against the baseline on the left', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.selectOptions(screen.getByLabelText('Left'), 'option-1');
    await user.click(screen.getByRole('tab', { name: 'Appraisal' }));
    // The appraisal is a lazy chunk: on a loaded machine its first import takes longer than findBy's 1 s default.
    await user.click(await screen.findByRole('button', { name: /^Option 3:/ }, { timeout: 30_000 }));
    expect(screen.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
    expect([store.getState().view.left, store.getState().view.right]).toEqual(['leeds-2006', 'option-3']);
  });
});

describe('Sync', () => {
  it('moves the other pane with the one panned while on, and starts afresh when turned on again', async () => {
    const user = userEvent.setup();
    renderApp();
    act(() => chartProps.get('left')?.onTransform?.({ x: 10, y: 20, k: 1.5 }));
    expect(chartProps.get('right')?.transform ?? null).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sync' }));
    act(() => chartProps.get('left')?.onTransform?.({ x: 10, y: 20, k: 1.5 }));
    expect(chartProps.get('right')?.transform).toEqual({ x: 10, y: 20, k: 1.5 });
    expect(chartProps.get('left')?.transform ?? null).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sync' }));
    expect(chartProps.get('right')?.transform ?? null).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sync' }));
    expect(chartProps.get('right')?.transform ?? null).toBeNull();
  });
});
