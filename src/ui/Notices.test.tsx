// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseText, STALE } from '../../test/support/cases.ts';
import { chartProps } from '../../test/support/mockChart.tsx';
import { renderApp } from '../../test/support/renderApp.tsx';
import { serializeWorkspace } from '../io/index.ts';
import { leedsWorkspace } from '../store/leeds.ts';
import { FIND_LABEL } from '../words/chart.ts';
import { NOTICE_ACTIONS } from '../words/notices.ts';

vi.mock('./chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

const shown = () => screen.queryAllByRole('button', { name: /^Dismiss: / }).map((b) => b.getAttribute('aria-label')!.slice('Dismiss: '.length));

describe('notices', () => {
  it('replace a repeat of the same notice instead of stacking it, even with other details', () => {
    const store = renderApp();
    act(() => {
      store.getState().notify('error', 'The file was not imported (1 problem); the workspace is unchanged.', ['line 1']);
      store.getState().notify('error', 'The file was not imported (1 problem); the workspace is unchanged.', ['line 2']);
      store.getState().notify('error', 'The file was not imported (1 problem); the workspace is unchanged.', ['line 2']);
    });
    expect(shown()).toEqual(['The file was not imported (1 problem); the workspace is unchanged.']);
    expect(screen.getByText('line 2')).toBeInTheDocument();
    expect(screen.queryByText('line 1')).toBeNull();
  });

  it('keep only the newest few, each dismissable, and all dismissed at once', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    act(() => {
      for (let i = 1; i <= 8; i++) store.getState().notify('warning', `Move refused: number ${i}`);
    });
    expect(shown()).toEqual(['Move refused: number 6', 'Move refused: number 7', 'Move refused: number 8']);
    await user.click(screen.getByRole('button', { name: 'Dismiss: Move refused: number 7' }));
    expect(shown()).toEqual(['Move refused: number 6', 'Move refused: number 8']);
    await user.click(screen.getByRole('button', { name: NOTICE_ACTIONS.dismissAll }));
    expect(shown()).toEqual([]);
    expect(screen.queryByRole('button', { name: NOTICE_ACTIONS.dismissAll })).toBeNull();
  });
});

describe('Import replacing the workspace', () => {
  it("clears the old workspace's notices (its conflicts) and the Find box", async () => {
    const user = userEvent.setup();
    const store = renderApp();
    act(() => void store.getState().importWorkspace(caseText(STALE)));
    expect(shown()).toEqual([expect.stringMatching(/step no longer applies: see Conflicts/)]);
    const find = screen.getByLabelText(FIND_LABEL);
    await user.type(find, 'Rebalance{Enter}');
    expect(find).toHaveValue('Rebalance');
    act(() => void store.getState().importWorkspace(serializeWorkspace(leedsWorkspace())));
    expect(shown()).toEqual([expect.stringMatching(/^Imported /)]);
    expect(screen.getByLabelText(FIND_LABEL)).toHaveValue('');
    expect(within(screen.getByRole('search')).getByRole('status').textContent).toBe('');
  });
});
