// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pane, renderApp } from '../../../test/support/renderApp.tsx';
import { MOVE_TO } from '../../words/toolbar.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(cleanup);

const toolbarMoveTo = () => within(screen.getByRole('toolbar', { name: 'Workspace' })).getByRole('button', { name: MOVE_TO });

// Found by a new-user trial: the toolbar's "Move to…" went grey once the other pane took the focus, although a node
// was still selected. It follows the selected node: the pane last used when that pane holds it, else the pane that does.
describe('the toolbar’s Move to…', { timeout: 30_000 }, () => {
  it('stays on for a node selected in the right pane after the left pane takes the focus, and moves it there', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    // Added by Option 5: only the right pane holds it.
    await user.click(within(pane('right')).getByText('Deputy Director, Education and Learning'));
    await user.click(within(pane('left')).getByRole('heading'));
    expect(store.getState().view.focus).toBe('left');
    expect(toolbarMoveTo()).toBeEnabled();
    await user.click(toolbarMoveTo());
    const dialog = screen.getByRole('dialog', { name: 'Move Deputy Director, Education and Learning to…' });
    await user.selectOptions(within(dialog).getByLabelText('New manager'), 'chief-executive');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    const steps = store.getState().workspace.options.find((o) => o.id === 'option-5')!.steps;
    expect(steps.at(-1)).toEqual({ op: 'move', node: 'deputy-director-learning', to: 'chief-executive' });
  });

  it('stays on for a node Find selects in the pane not last used, and says which structure it moves in', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.click(within(pane('right')).getByText("Director of Children's Services"));
    // Only the baseline (left pane) has the Board of Education Leeds: Option 5 removes it.
    await user.type(screen.getByLabelText('Find unit'), 'Board of Education Leeds{Enter}');
    expect(store.getState().view).toMatchObject({ selected: 'education-leeds-board', focus: 'right' });
    expect(toolbarMoveTo()).toBeEnabled();
    expect(toolbarMoveTo()).toHaveAttribute('title', expect.stringContaining('2006 arrangements'));
  });

  it('is off with nothing selected, saying why', () => {
    renderApp();
    expect(toolbarMoveTo()).toBeDisabled();
    expect(toolbarMoveTo()).toHaveAttribute('title', 'Select a unit in the pane first');
  });
});
