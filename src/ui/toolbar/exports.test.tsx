// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
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

  it('"Export SVG" opens the export dialog; fitted, it downloads the pane last used as one page with its changes marked', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Export SVG' }));
    const dialog = screen.getByRole('dialog', { name: 'Export chart' });
    expect(within(dialog).getByRole('radio', { name: 'SVG' })).toBeChecked();
    await user.selectOptions(within(dialog).getByLabelText('Page'), 'fit');
    expect(within(dialog).getByLabelText('Orientation')).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const svg = await readBlob(blobs[0] as Blob);
    expect(blobs[0]?.type).toBe('image/svg+xml');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    expect(svg).toContain('Deputy Director, Education');
    expect(svg).toContain('with changes from 2006 arrangements');
    // FTE and cost on the boxes follow the screen, on by default where the structure has FTE (Leeds: Education Leeds's staff).
    expect(svg).toContain('1,150 FTE');
    expect(await within(dialog).findByText(/^Downloaded option-5/)).toBeInTheDocument();
  });

  it('"Export comparison" on A4 portrait with names hidden downloads every page, numbered, and lists them to download again', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Export comparison' }));
    const dialog = screen.getByRole('dialog', { name: 'Export chart' });
    expect(within(dialog).getByRole('radio', { name: /Comparison of the two panes/ })).toBeChecked();
    await user.selectOptions(within(dialog).getByLabelText('Orientation'), 'portrait');
    await user.click(within(dialog).getByLabelText(/Hide post holders/));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    const pages = await within(dialog).findAllByRole('button', { name: /^Page \d+$/ }, { timeout: 20_000 }); // pages download 200 ms apart
    expect(pages.length).toBeGreaterThan(1);
    expect(blobs).toHaveLength(pages.length);
    const texts = await Promise.all(blobs.map(readBlob));
    texts.forEach((svg, i) => {
      expect(svg).toContain('width="210mm" height="297mm"');
      expect(svg).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(svg).not.toContain('Rosemary Archer');
    });
    expect(texts.join('')).toContain('Board of Education');
    expect(pages[0]).toHaveAttribute('title', expect.stringMatching(/^2006-arrangements.*-1\.svg$/));
    await user.click(pages[1]!);
    await waitFor(() => expect(blobs).toHaveLength(pages.length + 1));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
