import type { Structure } from '../model/types.ts';
import { readFileSync } from 'node:fs';
import { diffStructures } from '../diff/index.ts';
import { parseWorkspace } from '../io/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { changeLineCount, changeLines, changeSummary, countsLine } from './changes.ts';
import { FSI, PDI } from './text.ts';

const A: Structure = {
  id: 'leeds-2006',
  title: 'Leeds 2006',
  nodes: [
    { id: 'council', kind: 'body', name: 'Leeds City Council', manager: null },
    { id: 'dcs', kind: 'post', name: "Director of Children's Services", holder: 'Rosemary Archer', manager: 'council' },
    { id: 'chief-officer-early-years', kind: 'post', name: 'Chief Officer, Early Years', manager: 'dcs' },
    { id: 'early-years', kind: 'unit', name: 'Early Years', manager: 'chief-officer-early-years' },
    { id: 'education-leeds', kind: 'body', name: 'Education Leeds', manager: null },
    { id: 'education-leeds-ceo', kind: 'post', name: 'Chief Executive, Education Leeds', manager: 'education-leeds' },
    { id: 'education-leeds-board', kind: 'body', name: 'Board of Education Leeds' },
  ],
  links: [{ kind: 'contract', from: 'council', to: 'education-leeds' }],
  functions: [
    { id: 'school-improvement', name: 'School improvement', statutory: true },
    { id: 'youth-services', name: 'Youth services', statutory: true },
  ],
  accountable: { 'school-improvement': 'education-leeds-ceo' },
};

const B: Structure = {
  ...A,
  id: 'option-5',
  title: 'Option 5',
  nodes: [
    { id: 'council', kind: 'body', name: 'Leeds City Council', manager: null },
    { id: 'dcs', kind: 'post', name: "Director of Children's Services", holder: null, manager: 'council' },
    { id: 'deputy-director-learning', kind: 'post', name: 'Deputy Director, Education and Learning', manager: 'dcs' },
    { id: 'deputy-director-targeted', kind: 'post', name: 'Deputy Director, Targeted and Specialist Services', manager: 'dcs' },
    { id: 'chief-officer-early-years', kind: 'post', name: 'Chief Officer, Early Years', manager: null },
    { id: 'early-years', kind: 'unit', name: 'Early Years', manager: 'deputy-director-targeted' },
    { id: 'education-leeds', kind: 'unit', name: 'Learning Services', manager: 'deputy-director-learning' },
    { id: 'education-leeds-ceo', kind: 'post', name: 'Chief Executive, Education Leeds', manager: 'education-leeds' },
    { id: 'leeds-initiative', kind: 'body', name: 'Leeds Initiative' },
  ],
  links: [{ kind: 'partnership', from: 'dcs', to: 'leeds-initiative' }],
  accountable: { 'youth-services': 'deputy-director-targeted' },
};

describe('changeSummary: the one wording of a diff (command line, export, app)', () => {
  const lines = changeSummary(diffStructures(A, B), A, B);

  it('names nodes and functions by name, in the order every list uses', () => {
    expect(lines).toEqual([
      "Moved: Chief Officer, Early Years: Director of Children's Services → no manager (top level)",
      'Moved: Early Years: Chief Officer, Early Years → Deputy Director, Targeted and Specialist Services',
      'Moved: Education Leeds: no manager (top level) → Deputy Director, Education and Learning',
      "Added: Deputy Director, Education and Learning, reporting to Director of Children's Services",
      "Added: Deputy Director, Targeted and Specialist Services, reporting to Director of Children's Services",
      'Added: Leeds Initiative, no manager (top level)',
      'Removed: Board of Education Leeds',
      "Changed: Director of Children's Services: holder Rosemary Archer → vacant",
      'Changed: Education Leeds: kind body → unit',
      'Changed: Education Leeds: name “Education Leeds” → “Learning Services”',
      'Accountability: School improvement: Chief Executive, Education Leeds → no one (a gap)',
      'Accountability: Youth services: no one (a gap) → Deputy Director, Targeted and Specialist Services',
      "Link added: Partnership membership: Director of Children's Services → Leeds Initiative",
      'Link removed: Contract (commissioner to provider): Leeds City Council → Education Leeds',
    ]);
  });

  it('says "vacant" for a post filled in B', () => {
    const filled: Structure = { ...A, nodes: A.nodes.map((n) => (n.id === 'dcs' ? { ...n, holder: 'Nigel Richardson' } : n)) };
    const vacant: Structure = { ...A, nodes: A.nodes.map((n) => (n.id === 'dcs' ? { ...n, holder: null } : n)) };
    expect(changeSummary(diffStructures(vacant, filled), vacant, filled)).toEqual([
      "Changed: Director of Children's Services: holder vacant → Nigel Richardson",
    ]);
  });

  it('is empty for no differences', () => {
    expect(changeSummary(diffStructures(A, A), A, A)).toEqual([]);
  });

  it('counts what the lists list: one line per changed field, and says on how many posts and units', () => {
    const d = diffStructures(A, B);
    expect(countsLine(d)).toBe('3 added, 1 removed, 3 moved, 3 fields changed on 2 posts and units, 2 link changes, 2 accountability changes');
    expect(changeLineCount(d)).toBe(changeLines(d, A, B).length);
  });
});

function caseStructures(path: string, option: string): [Structure, Structure] {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const ws = parsed.workspace;
  return [ws.baseline, resolveWorkspace(ws).structures.get(option)!];
}

describe('same-titled posts are told apart in every change line (cases/same-titles.json)', () => {
  const [a, b] = caseStructures('test/cases/same-titles.json', 'rebalance');
  const lines = changeSummary(diffStructures(a, b), a, b);

  it('by holder where holders differ, keeping one label per post throughout', () => {
    expect(lines).toEqual([
      'Moved: Caseworker (Dee Hart): Team Leader (Bea Lomax) → Team Leader (Cal Moreno)',
      'Moved: Caseworker (vacant): Team Leader (vacant) → Team Leader (Bea Lomax)',
      'Removed: Team Leader (vacant)',
      'Changed: Caseworker (Eko Sari): holder Eko Sari → vacant',
      'Accountability: Duty desk: Team Leader (Cal Moreno) → Team Leader (Bea Lomax)',
    ]);
  });

  it('no two different posts share a label in the list', () => {
    const labels = new Map<string, string>();
    for (const line of changeLines(diffStructures(a, b), a, b)) {
      if (!('node' in line.ref)) continue;
      const seen = labels.get(line.subject);
      expect(seen === undefined || seen === line.ref.node).toBe(true);
      labels.set(line.subject, line.ref.node);
    }
  });

  it('by manager when holders are hidden, never by who holds the post', () => {
    const hidden = changeLines(diffStructures(a, b), a, b, { hideNames: true }).map((l) => l.text);
    expect(hidden.join('\n')).not.toMatch(/Bea|Cal|Dee|Eko/);
    expect(hidden[0]).toBe('Caseworker (under Team Leader, id cw-1): Team Leader (under Head of Service, id tl-1) → Team Leader (under Head of Service, id tl-2)');
    expect(hidden[1]).toBe('Caseworker (vacant, under Team Leader, id cw-3): Team Leader (vacant, under Head of Service, id tl-3) → Team Leader (under Head of Service, id tl-1)');
  });
});

describe('right-to-left names are isolated, so "old → new" reads in order (cases/right-to-left-names.json)', () => {
  const [a, b] = caseStructures('test/cases/right-to-left-names.json', 'merge');
  const lines = changeSummary(diffStructures(a, b), a, b);

  it('wraps each right-to-left name in FSI … PDI and leaves the English words outside', () => {
    const rename = lines.find((l) => l.startsWith('Changed:'))!;
    expect(rename).toBe(`Changed: ${FSI}ועדת תכנון ובנייה${PDI}: name “${FSI}ועדת תכנון ובנייה${PDI}” → “${FSI}التخطيط والمالية${PDI}”`);
    const moved = lines.find((l) => l.startsWith('Moved:'))!;
    expect(moved).toBe(`Moved: ${FSI}مدير IT والأمن السيبراني 3.0${PDI}: ${FSI}الإدارة المالية 2024${PDI} → ${FSI}ועדת תכנון ובנייה${PDI}`);
  });

  it('every isolate it opens it closes on the same line', () => {
    for (const line of lines) expect(line.split(FSI).length).toBe(line.split(PDI).length);
  });
});

describe('control characters in names are shown, not obeyed', () => {
  it('an unclosed U+202E reverses nothing outside the name (cases/hostile/bidi-override-in-a-name.json)', () => {
    const [a, b] = caseStructures('test/cases/hostile/bidi-override-in-a-name.json', 'opt-1');
    const text = changeSummary(diffStructures(a, b), a, b).join('\n');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('Head of Finance \\u202e000,01£ :tegduB');
  });

  it('terminal escapes in names come out as \\x1b (cases/hostile/terminal-escapes-in-names.json)', () => {
    const [a, b] = caseStructures('test/cases/hostile/terminal-escapes-in-names.json', 'opt-1');
    const text = changeSummary(diffStructures(a, b), a, b).join('\n');
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the text
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('Safe \\x1b[2J\\x1b]0;PWNED\\x07\\x1b[31mRED\\x1b[0m');
  });
});
