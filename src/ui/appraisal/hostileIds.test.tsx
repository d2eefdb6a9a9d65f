// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/support/renderApp.tsx';
import { parseWorkspace } from '../../io/index.ts';
import { createAppStore } from '../../store/index.ts';
import { JUDGEMENT_CELL, APPRAISAL_VIEW } from '../../words/appraisalView.ts';
import { VIEWS } from '../../words/panes.ts';

vi.mock('../chart/OrgChartView.tsx', () => ({ OrgChartView: () => null }));

afterEach(cleanup);

describe('the Appraisal view with options named like Object’s own properties (cases/hostile/option-id-constructor.json)', { timeout: 60_000 }, () => {
  it('scores, notes and prefers the option "constructor" like any other, touching nothing global', async () => {
    const parsed = parseWorkspace(readFileSync('test/cases/hostile/option-id-constructor.json', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const store = renderApp(createAppStore({ storage: null, initial: parsed.workspace }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: VIEWS.appraisal }));
    const picker = await screen.findByRole('combobox', { name: JUDGEMENT_CELL.score(JUDGEMENT_CELL.label('Ctor option', '(a) Improving quality and adding value')) });
    await user.selectOptions(picker, '5');
    const note = screen.getByRole('textbox', { name: JUDGEMENT_CELL.note(JUDGEMENT_CELL.label('ToString option', '(a) Improving quality and adding value')) });
    await user.type(note, 'as good');
    await user.tab();
    await user.click(screen.getByRole('radio', { name: APPRAISAL_VIEW.prefer('Ctor option') }));
    const appraisal = store.getState().workspace.appraisal!;
    expect(Object.hasOwn(appraisal.scores, 'constructor') && appraisal.scores.constructor).toEqual({ quality: { score: 5 } });
    expect(Object.hasOwn(appraisal.scores, 'tostring') && appraisal.scores.tostring).toEqual({ quality: { score: null, note: 'as good' } });
    expect(appraisal.preferred).toBe('constructor');
    expect(picker).toHaveValue('5');
    expect(screen.getByRole('radio', { name: APPRAISAL_VIEW.prefer('Ctor option') })).toBeChecked();
    expect((Object as unknown as Record<string, unknown>).quality).toBeUndefined();
    expect(({} as Record<string, unknown>).quality).toBeUndefined();
  });
});
