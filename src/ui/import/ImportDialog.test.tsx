// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/support/renderApp.tsx';
import { readSample, samplesDir } from '../../../test/support/organograms.ts';
import { brokenWorkspaceText, hrExportWithBadManagers } from '../../../test/support/badImports.ts';
import { importChoice, importPreview } from '../../words/importDialog.ts';

vi.mock('../chart/OrgChartView.tsx', async () => {
  const { MockOrgChartView } = await import('../../../test/support/mockChart.tsx');
  return { OrgChartView: MockOrgChartView };
});

afterEach(cleanup);

const dir = samplesDir();
const csv = (stem: string, part: 'senior' | 'junior') => {
  const f = readSample(dir, stem, part);
  return new File([f.text], f.name, { type: 'text/csv' });
};
const pairOf = (stem: string) => [csv(stem, 'junior'), csv(stem, 'senior')];
/** The dialog's Import button once the preview has come back from the import job and allows it. */
async function readyToImport(): Promise<HTMLElement> {
  const button = within(await screen.findByRole('dialog')).getByRole('button', { name: 'Import' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}
const HR = 'Employee ID,Manager ID,Job Title,Full Name,Grade,FTE,Salary\nE1,,Chief Executive,Person A,CE,1,"150,000"\nE2,E1,Director,Person B,D1,0.8,"90,000"\nE3,E9,Officer,Vacant,G7,1,30000\n';

describe('Import in the toolbar: CSV', () => {
  it('a senior+junior pair (in either order) is previewed with its warnings, and changes nothing until "Import"', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    await user.upload(screen.getByLabelText('Import'), pairOf('ofsted-2011-03-31'));
    const dialog = await screen.findByRole('dialog', { name: /Import organogram return "ofsted-2011-03-31-senior\.csv" with "ofsted-2011-03-31-junior\.csv"/ });
    expect(await within(dialog).findByText('192 posts and units from 208 rows; 4 warnings')).toBeInTheDocument();
    expect(within(dialog).getByText(/row 9, column "FTE": FTE is blank/)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('row')).toHaveLength(9);
    expect(store.getState().workspace).toBe(before);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().workspace).toBe(before);
  });

  it('imports a return as a new workspace, then the next return as an option derived from it, opened in split view', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.upload(screen.getByLabelText('Import'), pairOf('cafcass-2011-03-31'));
    await user.click(await readyToImport());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const ws = store.getState().workspace;
    expect(ws.baseline.nodes).toHaveLength(81);
    expect(ws.baseline.asOf).toBe('2011-03-31');
    expect(ws.options).toEqual([]);

    await user.upload(screen.getByLabelText('Import'), pairOf('cafcass-2011-09-30'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: /an option in this workspace/ }));
    await user.click(await readyToImport());
    const after = store.getState().workspace;
    expect(after.baseline).toBe(ws.baseline);
    expect(after.options).toHaveLength(1);
    const option = after.options[0]!;
    expect(option).toMatchObject({ from: ws.baseline.id, asOf: '2011-09-30', title: 'Children and Family Court Advisory and Support Service, 2011-09-30' });
    expect(option.steps.every((s) => /cafcass-2011-09-30-(senior|junior)\.csv/.test(s.why ?? ''))).toBe(true);
    expect(store.getState().view).toMatchObject({ left: ws.baseline.id, right: option.id, mode: 'split' });
    act(() => {
      store.getState().undo();
    });
    expect(store.getState().workspace.options).toEqual([]);
  });

  it('an HR export opens the mapping dialog with the columns guessed; a changed mapping changes the preview', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.upload(screen.getByLabelText('Import'), new File([HR], 'staff.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import HR export "staff.csv"' });
    expect(within(dialog).getByLabelText('Id of the row (post or person)')).toHaveValue('Employee ID');
    expect(within(dialog).getByLabelText("Manager's id")).toHaveValue('Manager ID');
    expect(within(dialog).getByLabelText('Pay (one figure)')).toHaveValue('Salary');
    expect(within(dialog).getByText('--map "id=Employee ID,manager=Manager ID,name=Job Title,holder=Full Name,grade=Grade,fte=FTE,pay=Salary"')).toBeInTheDocument();
    expect(await within(dialog).findByText('3 posts and units from 3 rows; 1 warning')).toBeInTheDocument();
    expect(within(dialog).getByText(/staff\.csv row 4, column "Manager ID": reports to "E9"/)).toBeInTheDocument();
    expect(within(dialog).getByText('£150,000 a year')).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByLabelText('Post title'), 'Full Name');
    expect((await within(dialog).findAllByRole('cell', { name: 'Person A' })).length).toBeGreaterThan(0);
    await user.selectOptions(within(dialog).getByLabelText('Post title'), '');
    expect(await within(dialog).findByText(/does not say which column is the name/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.selectOptions(within(dialog).getByLabelText('Post title'), 'Job Title');
    await user.click(await readyToImport());
    await waitFor(() => expect(store.getState().workspace.baseline.nodes.map((n) => n.id)).toEqual(['e1', 'e2', 'e3']));
    await waitFor(() => expect(screen.getByText(/Imported "staff" as a new workspace\. 1 warning/)).toBeInTheDocument());
    // One import, one notice: the warning listed under it, no second "Imported …" beside it.
    const notices = store.getState().notices.filter((n) => n.text.startsWith('Imported'));
    expect(notices.map((n) => [n.tone, n.text])).toEqual([['warning', 'Imported "staff" as a new workspace. 1 warning: listed below.']]);
    expect(notices[0]!.details).toEqual([expect.stringMatching(/staff\.csv row 4, column "Manager ID": reports to "E9"/)]);
  });

  it('a loop in an HR export is refused naming every row; Import stays disabled', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    await user.upload(screen.getByLabelText('Import'), new File(['Employee ID,Manager ID,Job Title\nA,C,One\nB,A,Two\nC,B,Three\n'], 'loop.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/the managers go round in a loop .*rows 2, 3, 4/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(store.getState().workspace).toBe(before);
  });

  it('a junior file alone is refused with a notice naming what to choose', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Import'), [csv('acas-2013-09-30', 'junior')]);
    expect(await screen.findByText(/is a junior-staff file: choose it together with its senior file/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('Import in the toolbar: encodings', () => {
  it('an HR export saved as Windows-1252 is read as such, its £ intact, and the dialog says so', async () => {
    const user = userEvent.setup();
    renderApp();
    const text = 'Employee ID,Job Title,Salary (£)\nE1,Chief Executive,"£150,000"\n';
    const bytes = Uint8Array.from(text, (c) => (c === '£' ? 0xa3 : c.charCodeAt(0)));
    await user.upload(screen.getByLabelText('Import'), new File([bytes], 'excel.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/"excel\.csv" is not UTF-8: read as Windows-1252/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Pay (one figure)')).toHaveValue('Salary (£)');
    expect(await within(dialog).findByText('£150,000 a year')).toBeInTheDocument();
  });
});

describe('Import in the toolbar: workspaces', () => {
  it('a workspace file that is not UTF-8 is refused naming the byte, as the command line does; the workspace is unchanged', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    const text = '{"format":"org-options/1","title":"Caf\u00e9","baseline":{"id":"b","title":"B","nodes":[]},"options":[]}';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    await user.upload(screen.getByLabelText('Import'), new File([bytes], 'latin1.json', { type: 'application/json' }));
    expect(await screen.findByText(/not UTF-8: byte 0xE9/)).toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
  });
});

describe('Import in the toolbar: large files', () => {
  it('says it is reading while the file is read, and Cancel stops it with nothing changed', async () => {
    const store = renderApp();
    const before = store.getState().workspace;
    fireEvent.change(screen.getByLabelText('Import'), { target: { files: [new File([brokenWorkspaceText(20)], 'broken.json', { type: 'application/json' })] } });
    const status = screen.getByText(/^Importing "broken\.json": Reading…/);
    fireEvent.click(within(status).getByRole('button', { name: importChoice.cancel }));
    expect(screen.queryByText(/^Importing "broken\.json"/)).toBeNull();
    await new Promise((r) => setTimeout(r, 200));
    expect(store.getState().workspace).toBe(before);
    expect(store.getState().notices).toEqual([]);
  });

  it('a workspace file with many errors is refused in a notice that lists them; the workspace is unchanged', async () => {
    const user = userEvent.setup();
    const store = renderApp();
    const before = store.getState().workspace;
    await user.upload(screen.getByLabelText('Import'), new File([brokenWorkspaceText(150)], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByText('… and 50 more details')).toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
  });

  it('an HR export with 250 warnings lists the first 100 and counts the rest', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Import'), new File([hrExportWithBadManagers(250)], 'staff.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog');
    const more = await within(dialog).findByText(importPreview.moreWarnings(150));
    expect(more).toHaveTextContent('… and 150 more warnings');
    expect(within(more.closest('ul')!).getAllByRole('listitem')).toHaveLength(101);
  });
});

describe('Import in the toolbar: user text in the preview', () => {
  it('isolates names in the preview table and shows a bidi override instead of obeying it', async () => {
    const user = userEvent.setup();
    renderApp();
    const text = 'Employee ID,Job Title\nE1,\u05DE\u05E0\u05D4\u05DC\nE2,\u202Eevil\n';
    await user.upload(screen.getByLabelText('Import'), new File([text], 'rtl.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog');
    const cell = await within(dialog).findByRole('cell', { name: '\u05DE\u05E0\u05D4\u05DC' });
    expect(cell.querySelector('bdi[dir="auto"]')).not.toBeNull();
    const rows = within(dialog).getAllByRole('row');
    expect(rows[2]!.textContent).not.toContain('\u202E');
    expect(rows[2]!.textContent).toMatch(/evil/);
  });
});
