// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { renderApp } from '../../../test/support/renderApp.tsx';
import { createAppStore } from '../../store/index.ts';
import { leedsWorkspace } from '../../store/leeds.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

describe('Versions…', () => {
  it('saves a named version from the dialog and goes back to it, by keyboard alone', async () => {
    const user = userEvent.setup();
    const store = renderApp(createAppStore({ storage: null, initial: leedsWorkspace() }));
    const original = store.getState().workspace;
    await user.click(screen.getByRole('button', { name: 'Versions…' }));
    const dialog = screen.getByRole('dialog', { name: 'Named versions' });
    expect(within(dialog).getByLabelText('Name of this version')).toHaveFocus();
    await user.keyboard('Draft for the Board{Enter}');
    const item = await within(dialog).findByRole('listitem', { name: 'Draft for the Board' });
    expect(item).toHaveTextContent(/^Draft for the Board — /);
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    act(() => void store.getState().renameOption('option-5', 'Changed since'));
    await user.click(screen.getByRole('button', { name: 'Versions…' }));
    const again = await screen.findByRole('listitem', { name: 'Draft for the Board' });
    await user.click(within(again).getByRole('button', { name: 'Go back to this' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().workspace).toEqual(original);
    await store.getState().deleteVersion(store.getState().versions[0]!.id);
  });
});
