// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Structure, Workspace } from '../../model/types.ts';
import { APPRAISAL_VIEW, JUDGEMENT_CELL } from '../../words/appraisalView.ts';
import { AppraisalView, type AppraisalViewProps } from './AppraisalView.tsx';

const base: Structure = {
  id: 'base', title: 'Today',
  nodes: [
    { id: 'org', kind: 'body', name: 'Council' },
    { id: 'dcs', kind: 'post', name: 'Director', manager: 'org' },
    { id: 'care', kind: 'unit', name: 'Care', manager: 'dcs' },
  ],
  functions: [{ id: 'care', name: 'Care', statutory: true }],
  accountable: { care: 'care' },
};
const deeper: Structure = {
  ...base, id: 'deeper', title: 'Deeper',
  nodes: [...base.nodes.filter((n) => n.id !== 'care'),
    { id: 'head', kind: 'post', name: 'Head of Care', manager: 'dcs' },
    { id: 'care', kind: 'unit', name: 'Care', manager: 'head' },
    { id: 'extra', kind: 'unit', name: 'Extra', manager: 'head' }],
};
const flat: Structure = { ...base, id: 'flat', title: 'Flat', nodes: base.nodes.map((n) => (n.id === 'care' ? { ...n, manager: 'org' } : n)) };

const workspace: Workspace = {
  format: 'org-options/1', title: 'Review', baseline: base,
  options: [{ id: 'deeper', title: 'Deeper', steps: [] }, { id: 'flat', title: 'Flat', steps: [] }],
  appraisal: { preferred: 'flat', scores: { deeper: { quality: { score: 4, note: 'better' } } } },
};
const structures = new Map([['base', base], ['deeper', deeper], ['flat', flat]]);

function setup(overrides: Partial<AppraisalViewProps> = {}) {
  const props: AppraisalViewProps = {
    workspace, structures, onSelectOption: vi.fn(), onJudge: vi.fn(), onPreferred: vi.fn(), ...overrides,
  };
  const user = userEvent.setup();
  render(<AppraisalView {...props} />);
  return { props, user };
}

/** jsdom's Blob has no text(); FileReader it does have. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const rowOrder = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('rowheader')[0]!.textContent);

describe('AppraisalView', () => {
  it('marks a reconstructed option with a dagger and explains it under the table (leeds-fidelity.md A8)', () => {
    const marked = { ...workspace, options: workspace.options.map((o) => (o.id === 'deeper' ? { ...o, reconstructed: true } : o)) };
    setup({ workspace: marked });
    expect(screen.getAllByRole('row')[2]!).toHaveTextContent(/Deeper †/);
    expect(screen.getAllByRole('row')[3]!).not.toHaveTextContent('†');
    expect(screen.getByText(/^† reconstructed: not an option of the source papers/)).toBeInTheDocument();
  });

  it('shows one row per structure, the baseline first, with evidence and the criteria in the header', () => {
    setup();
    expect(rowOrder()).toEqual([expect.stringContaining('Today'), expect.stringContaining('Deeper'), expect.stringContaining('Flat')]);
    expect(screen.getByRole('columnheader', { name: /\(c\) Clear and effective leadership and accountability/ })).toBeInTheDocument();
    const deeperRow = screen.getAllByRole('row')[2]!;
    expect(within(deeperRow).getByRole('cell', { name: /^1 \(?Head of Care/ })).toBeInTheDocument();
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    const { user } = setup();
    const header = screen.getByRole('columnheader', { name: /^Layers/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(rowOrder().map((t) => t?.split(' ')[0])).toEqual(['Flat', 'Today', 'Deeper']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowOrder().map((t) => t?.split(' ')[0])).toEqual(['Deeper', 'Today', 'Flat']);
  });

  it('marks the preferred option and reports a new choice', async () => {
    const { user, props } = setup();
    const flatRow = screen.getAllByRole('row')[3]!;
    expect(within(flatRow).getByText(/preferred/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: APPRAISAL_VIEW.prefer('Flat') })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: APPRAISAL_VIEW.prefer('Deeper') }));
    expect(props.onPreferred).toHaveBeenCalledWith('deeper');
    await user.click(screen.getByRole('button', { name: APPRAISAL_VIEW.clearPreferred }));
    expect(props.onPreferred).toHaveBeenLastCalledWith(null);
  });

  it('reports a score picked, keeping the note, and "not scored"', async () => {
    const { user, props } = setup();
    const picker = screen.getByRole('combobox', { name: 'Deeper: (a) Improving quality and adding value score' });
    expect(picker).toHaveValue('4');
    await user.selectOptions(picker, '2');
    expect(props.onJudge).toHaveBeenLastCalledWith('deeper', 'quality', { score: 2, note: 'better' });
    await user.selectOptions(picker, JUDGEMENT_CELL.notScored);
    expect(props.onJudge).toHaveBeenLastCalledWith('deeper', 'quality', { score: null, note: 'better' });
  });

  it('reports a note once it loses focus, not on every key', async () => {
    const { user, props } = setup();
    const note = screen.getByRole('textbox', { name: 'Flat: (e) Risks, benefits and corporate implications note' });
    await user.type(note, 'Low risk');
    expect(props.onJudge).not.toHaveBeenCalled();
    await user.tab();
    expect(props.onJudge).toHaveBeenCalledExactlyOnceWith('flat', 'risk', { score: null, note: 'Low risk' });
  });

  it('opens an option when its title or its row is clicked, not when a control in the row is used', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Deeper' }));
    expect(props.onSelectOption).toHaveBeenCalledExactlyOnceWith('deeper');
    await user.click(within(screen.getAllByRole('row')[3]!).getAllByRole('cell')[2]!);
    expect(props.onSelectOption).toHaveBeenLastCalledWith('flat');
    await user.click(screen.getByRole('combobox', { name: /^Flat: \(b\)/ }));
    await user.click(within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[2]!);
    expect(props.onSelectOption).toHaveBeenCalledTimes(2);
  });

  it('copies the table as Markdown and says so', async () => {
    const { user } = setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: APPRAISAL_VIEW.copyMarkdown }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]![0]).toMatch(/^## Appraisal: Review\n\n\| ID \| Option \|/);
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
  });

  it('offers the table as a CSV download named after the workspace', async () => {
    const { user } = setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => { blobs.push(b); return 'blob:csv'; });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('review-appraisal.csv');
    });
    await user.click(screen.getByRole('button', { name: APPRAISAL_VIEW.downloadCsv }));
    expect(click).toHaveBeenCalledOnce();
    const text = await readBlob(blobs[0]!);
    expect(text).toContain('(a) Improving quality and adding value');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
