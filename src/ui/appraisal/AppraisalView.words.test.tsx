// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { parseWorkspace } from '../../io/index.ts';
import { resolveWorkspace } from '../../options/index.ts';
import { APPRAISAL_VIEW } from '../../words/appraisalView.ts';
import { AppraisalView } from './AppraisalView.tsx';

function show(path: string) {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const ws = parsed.workspace;
  render(<AppraisalView workspace={ws} structures={resolveWorkspace(ws).structures} onSelectOption={vi.fn()} onJudge={vi.fn()} onPreferred={vi.fn()} />);
}

const isolated = (el: HTMLElement) => [...el.querySelectorAll('bdi')].map((b) => b.textContent);

describe('Appraisal view words (src/words/appraisalView.ts)', () => {
  it('isolates right-to-left titles and names in <bdi dir="auto">, with no bare isolate characters (cases/right-to-left-names.json)', () => {
    show('test/cases/right-to-left-names.json');
    expect(isolated(screen.getByRole('heading'))).toEqual(['مجلس المدينة — ועדת תכנון (bilingual Arabic/Hebrew structure)']);
    const rows = screen.getAllByRole('row');
    expect(isolated(within(rows[1]!).getAllByRole('rowheader')[0]!)).toEqual(['الهيكل الحالي']);
    expect(isolated(within(rows[2]!).getAllByRole('rowheader')[0]!)).toEqual(['دمج المالية في التخطيط']);
    expect(screen.getByRole('radio', { name: APPRAISAL_VIEW.prefer('دمج المالية في التخطيط') })).toBeInTheDocument();
    expect(screen.getByRole('table').textContent).not.toMatch(/[\u2066-\u2069]/);
  });

  it('shows control characters in titles rather than obeying them (cases/hostile/terminal-escapes-in-names.json)', () => {
    show('test/cases/hostile/terminal-escapes-in-names.json');
    expect(screen.getByRole('heading')).toHaveTextContent('Appraisal: Evil ]]> <script>alert(1)</script> & "q" \'a\'');
    expect(screen.getAllByRole('row')[2]).toHaveTextContent('Ctl \\x01\\x02\\x08\\x0b\\x0c\\x1f end');
    // What is read, not what is edited: a note keeps its characters in its text box, and is printed shown safely.
    for (const box of document.querySelectorAll('textarea')) box.remove();
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the screen
    expect(document.body.textContent).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
