// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartProps } from '../../../test/support/mockChart.tsx';
import { MemoryStorage } from '../../../test/support/memoryStorage.ts';
import { renderApp } from '../../../test/support/renderApp.tsx';
import { Tabs } from '../../../test/support/tabs.ts';
import { createAppStore } from '../../store/index.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(() => {
  cleanup();
  chartProps.clear();
});

const indicator = () => screen.getByRole('status', { name: 'Saved state' });

describe('the saved-state indicator', () => {
  it('says Saved, then "Not saved" with the workspace offered for download when storage is full', async () => {
    const storage = new MemoryStorage();
    const store = renderApp(createAppStore({ storage }));
    expect(indicator()).toHaveTextContent(/^Saved$/);
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    act(() => void store.getState().renameOption('option-5', 'Too big'));
    expect(indicator()).toHaveTextContent('Not saved: this browser’s storage is full');
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:x');
    URL.revokeObjectURL = () => undefined;
    await userEvent.setup().click(within(indicator()).getByRole('button', { name: 'Download workspace' }));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(text).toContain('"title": "Too big"');
  });

  it('offers Keep mine and Take theirs when another tab saved first', async () => {
    const tabs = new Tabs();
    const other = createAppStore(tabs.tab());
    const store = renderApp(createAppStore(tabs.tab()));
    act(() => {
      other.getState().renameOption('option-5', 'Theirs');
      store.getState().renameOption('option-5', 'Mine');
    });
    expect(indicator()).toHaveTextContent('Not saved: another tab has saved newer changes');
    await userEvent.setup().click(within(indicator()).getByRole('button', { name: 'Take theirs' }));
    expect(indicator()).toHaveTextContent(/^Saved$/);
    expect(store.getState().workspace.options.find((o) => o.id === 'option-5')?.title).toBe('Theirs');
  });
});
