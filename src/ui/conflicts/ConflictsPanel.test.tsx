// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseText, LATER_STEPS, STALE } from '../../../test/support/cases.ts';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { MemoryStorage } from '../../../test/support/memoryStorage.ts';
import { renderApp } from '../../../test/support/renderApp.tsx';
import { resolveWorkspace } from '../../options/index.ts';
import { createAppStore, STORAGE_KEY } from '../../store/index.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

function openSaved(name: string) {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, caseText(name));
  return { storage, store: renderApp(createAppStore({ storage })) };
}
const conflicts = () => screen.getByRole('region', { name: /^Conflicts/ });

describe('conflicts in the app', () => {
  it('shows the stale step on its option with what it needs and the ways out; the saved state says Saved', () => {
    openSaved(STALE);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Baseline refreshed from HR');
    const region = conflicts();
    expect(region).toHaveTextContent('“Rebalance teams”: 1 step no longer applies');
    expect(region).toHaveTextContent('Step 2 (move) no longer applies: it needs "cw-3", the post or unit it acts on, which is no longer there.');
    expect(region).not.toHaveTextContent('Unrelated');
    for (const name of ['Remove step 2', 'Retarget…', 'Undo the last change']) expect(within(region).getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Saved state' })).toHaveTextContent(/^Saved$/);
  });

  it('retargets the step to another node, which clears the conflict; undo brings it back; all saved', async () => {
    const user = userEvent.setup();
    const { store, storage } = openSaved(STALE);
    await user.click(within(conflicts()).getByRole('button', { name: 'Retarget…' }));
    await user.selectOptions(within(conflicts()).getByLabelText('Instead of "cw-3", use'), 'cw-2');
    await user.click(within(conflicts()).getByRole('button', { name: 'Retarget' }));
    expect(store.getState().workspace.options[0]?.steps[1]).toEqual({ op: 'move', node: 'cw-2', to: 'tl-1' });
    expect(screen.queryByRole('region', { name: /^Conflicts/ })).toBeNull();
    expect(createAppStore({ storage }).getState().workspace).toEqual(store.getState().workspace);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(conflicts()).toHaveTextContent('"cw-3"');
  });

  it('removes the step that no longer applies (later-steps case), and the option is sound again', async () => {
    const user = userEvent.setup();
    const { store } = openSaved(LATER_STEPS);
    // Named as the option's base has them (step 4 makes cw-2 vacant too, later): cw-3 is the one vacant Caseworker there.
    expect(conflicts()).toHaveTextContent('Team Leader (vacant) ("tl-3") to have no direct reports, but it now has 1 direct report (Caseworker (vacant) ("cw-3"))');
    expect(within(conflicts()).queryByRole('button', { name: 'Retarget…' })).toBeNull();
    await user.click(within(conflicts()).getByRole('button', { name: 'Remove step 2' }));
    expect(resolveWorkspace(store.getState().workspace).blockedBy.size).toBe(0);
    expect(screen.queryByRole('region', { name: /^Conflicts/ })).toBeNull();
  });

  it('shows the blocked option as provisional in its pane, and refuses it for Export SVG and Export comparison', async () => {
    const user = userEvent.setup();
    const { store } = openSaved(STALE);
    await user.click(within(conflicts()).getByRole('button', { name: 'Show this option' }));
    expect(store.getState().view.right).toBe('rebalance');
    expect(document.querySelector('[data-pane="right"] .pane-provisional')).toHaveTextContent('Provisional: some steps no longer apply');
    const refusals = () => store.getState().notices.filter((n) => n.text.includes('is provisional'));
    store.getState().setFocus('right');
    for (const button of ['Export SVG', 'Export comparison']) {
      await user.click(screen.getByRole('button', { name: button }));
      await user.click(within(screen.getByRole('dialog', { name: 'Export chart' })).getByRole('button', { name: 'Export' }));
      await vi.waitFor(() => expect(refusals().map((n) => n.text)).toEqual([expect.stringMatching(/^“Rebalance teams” is provisional: it has steps that no longer apply\./)]));
      act(() => store.getState().dismissNotice(refusals()[0]!.id));
      await user.keyboard('{Escape}');
    }
  });

  it('leaves the blocked option out of the appraisal, flagged', async () => {
    const user = userEvent.setup();
    openSaved(STALE);
    await user.click(screen.getByRole('tab', { name: 'Appraisal' }));
    expect(await screen.findByRole('list', { name: 'Options not appraised' }, { timeout: 10_000 })).toHaveTextContent('“Rebalance teams” is not appraised');
  });
});
