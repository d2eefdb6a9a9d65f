// @vitest-environment jsdom
import '../../test/setup-dom.ts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pane, renderApp } from '../../test/support/renderApp.tsx';

afterEach(cleanup);

describe('the app with its charts', () => {
  it('opens on the 2006 arrangements beside Option 5, with Option 5’s deputies marked added', () => {
    renderApp();
    // Boxes outside the view are not drawn: fit both charts into their panes first.
    fireEvent.click(within(screen.getByRole('toolbar', { name: 'Workspace' })).getByRole('button', { name: 'Fit' }));
    const right = pane('right');
    expect(right.querySelector('[data-node-id="deputy-director-learning"]')).toHaveAttribute('data-change', 'added');
    expect(right.querySelector('[data-node-id="deputy-director-targeted"]')).toHaveAttribute('data-change', 'added');
    expect(pane('left').querySelector('[data-node-id="education-leeds-board"]')).toHaveAttribute('data-change', 'removed');
  });
});

describe('folding both charts from the toolbar', () => {
  it('collapses both panes to their top levels and expands them again', async () => {
    renderApp();
    const fit = () => fireEvent.click(within(screen.getByRole('toolbar', { name: 'Workspace' })).getByRole('button', { name: 'Fit' }));
    const drawn = (side: 'left' | 'right') => pane(side).querySelectorAll('[data-node-id]').length;
    fit();
    const all = { left: drawn('left'), right: drawn('right') };
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    await waitFor(() => expect(drawn('right')).toBeLessThan(all.right));
    await waitFor(() => expect(drawn('left')).toBeLessThan(all.left));
    expect(pane('right').querySelector('[data-node-id="youth-services"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    fit();
    await waitFor(() => expect([drawn('left'), drawn('right')]).toEqual([all.left, all.right]));
  });
});
