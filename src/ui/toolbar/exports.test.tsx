// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseWorkspace } from '../../io/index.ts';
import { renderApp } from '../../../test/support/renderApp.tsx';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

const readBlob = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(b);
  });

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(cleanup);

describe('exports', () => {
  it('"Export workspace" downloads the workspace in the format, edits included', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    act(() => {
      store.getState().moveNode('option-5', 'scrutiny-board', 'dcs');
    });
    await user.click(screen.getByRole('button', { name: 'Export workspace' }));
    expect(blobs).toHaveLength(1);
    const parsed = parseWorkspace(await readBlob(blobs[0] as Blob));
    expect(parsed.ok && parsed.workspace).toEqual(store.getState().workspace);
  });

  it('"Export SVG" writes the pane last used with its changes marked; "Export comparison" both sides', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Export SVG' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const svg = await readBlob(blobs[0] as Blob);
    expect(blobs[0]?.type).toBe('image/svg+xml');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    expect(svg).toContain('Deputy Director, Education');
    expect(svg).toContain('with changes from 2006 arrangements');
    await user.click(screen.getByRole('button', { name: 'Export comparison' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const both = await readBlob(blobs[1] as Blob);
    expect(both).toContain('Board of Education');
    expect(both).toContain('Deputy Director, Targeted');
  });
});
