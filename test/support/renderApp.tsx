import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import { parseWorkspace } from '../../src/io/index.ts';
import { createAppStore, StoreProvider, type AppStore } from '../../src/store/index.ts';
import { leedsWorkspace } from '../../src/store/leeds.ts';
import { App } from '../../src/ui/App.tsx';
import { chartProps } from './mockChart.tsx';

/** The whole app on a fresh store holding the Leeds workspace, saving nowhere. */
export function renderApp(store: AppStore = createAppStore({ storage: null, initial: leedsWorkspace() })): AppStore {
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
}

export const pane = (side: 'left' | 'right') => document.querySelector<HTMLElement>(`[data-pane="${side}"]`) as HTMLElement;
export const group = (name: string) => screen.getByRole('region', { name });

/** What the chart does when a node is dropped on another: calls the pane's onDrop. */
export const drop = (side: 'left' | 'right', node: string, target: string) => act(() => chartProps.get(side)?.onDrop(node, target));

/** The whole app on a workspace file (a case of ../shared/cases, a fixture), with the given structures in the left and right panes. */
export function openWorkspaceFile(path: string, left: string, right: string): AppStore {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not load (${parsed.errors.length} problems)`);
  const store = renderApp(createAppStore({ storage: null, initial: parsed.workspace }));
  act(() => {
    store.getState().setPane('left', left);
    store.getState().setPane('right', right);
  });
  return store;
}
