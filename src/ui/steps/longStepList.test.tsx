// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/support/renderApp.tsx';
import type { Step, Workspace } from '../../model/types.ts';
import { createAppStore } from '../../store/index.ts';
import { showMore } from '../../words/lists.ts';
import { STEP_TOOLS } from '../../words/stepsPanel.ts';
import { STEPS_PAGE } from './StepList.tsx';

vi.mock('../chart/OrgChartView.tsx', () => ({ OrgChartView: () => null }));

afterEach(cleanup);

/** 250 steps renaming one unit in turn; steps 180 and 240 update a node that is not there, so they fail. */
function longOption(): Workspace {
  const steps: Step[] = Array.from({ length: 250 }, (_, i) =>
    i === 179 || i === 239 ? { op: 'update', node: 'ghost', set: { name: `Ghost ${i + 1}` } } : { op: 'update', node: 'care', set: { name: `Care ${i + 1}` } },
  );
  return {
    format: 'org-options/1',
    title: 'Long',
    baseline: {
      id: 'base',
      title: 'Today',
      nodes: [
        { id: 'org', kind: 'body', name: 'Council' },
        { id: 'care', kind: 'unit', name: 'Care', manager: 'org' },
      ],
    },
    options: [{ id: 'long', title: 'Long option', steps }],
  };
}

const rows = () => within(screen.getByRole('region', { name: /^Steps/ })).getAllByRole('listitem', { name: /^Step \d+$/ });

describe('a long option in the Steps panel', { timeout: 60_000 }, () => {
  it('draws 100 steps, says how many there are and how many failing steps are further down, and shows more on request', async () => {
    const user = userEvent.setup();
    const store = renderApp(createAppStore({ storage: null, initial: longOption() }));
    act(() => store.getState().setPane('right', 'long'));
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    expect(rows()).toHaveLength(STEPS_PAGE);
    expect(screen.getByText('Showing 100 of 250 steps. 2 failing steps are further down.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: showMore(100) }));
    expect(rows()).toHaveLength(200);
    expect(screen.getByText('Showing 200 of 250 steps. 1 failing step is further down.')).toBeInTheDocument();
    expect(within(rows()[179]!).getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: showMore(50) }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });

  it('moving the last step drawn down draws the place it moves to, and keeps the focus on it', async () => {
    const user = userEvent.setup();
    const store = renderApp(createAppStore({ storage: null, initial: longOption() }));
    act(() => store.getState().setPane('right', 'long'));
    await user.click(screen.getByRole('tab', { name: /^Steps/ }));
    await user.click(screen.getByRole('button', { name: STEP_TOOLS.moveDown(STEPS_PAGE) }));
    expect(rows()).toHaveLength(STEPS_PAGE + 1);
    expect(rows()[STEPS_PAGE]).toHaveFocus();
    expect(store.getState().workspace.options[0]!.steps[STEPS_PAGE]).toMatchObject({ set: { name: 'Care 100' } });
  });
});
