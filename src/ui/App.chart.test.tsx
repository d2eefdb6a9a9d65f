// @vitest-environment jsdom
import '../../test/setup-dom.ts';
import { cleanup } from '@testing-library/react';
import { pane, renderApp } from '../../test/support/renderApp.tsx';

afterEach(cleanup);

describe('the app with its charts', () => {
  it('opens on the 2006 arrangements beside Option 5, with Option 5’s deputies marked added', () => {
    renderApp();
    const right = pane('right');
    expect(right.querySelector('[data-node-id="deputy-director-learning"]')).toHaveAttribute('data-change', 'added');
    expect(right.querySelector('[data-node-id="deputy-director-targeted"]')).toHaveAttribute('data-change', 'added');
    expect(pane('left').querySelector('[data-node-id="education-leeds-board"]')).toHaveAttribute('data-change', 'removed');
  });
});
