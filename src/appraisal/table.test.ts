import type { Judgement, Workspace } from '../model/types.ts';
import { joinJudgements } from './table.ts';
import { COLUMNS, sortRows } from './columns.ts';
import { sampleEvidence } from '../../test/appraisal/sampleEvidence.ts';

const ws = (appraisal: Workspace['appraisal']): Workspace => ({
  format: 'org-options/1', title: 'T', options: [], appraisal,
  baseline: { id: 'base', title: 'Base', nodes: [] },
});
const evidence = [sampleEvidence('base', 'Base', true), sampleEvidence('a', 'Option A'), sampleEvidence('b', 'Option B')];

describe('joinJudgements', () => {
  it('joins each row with its scores and marks the preferred option', () => {
    const t = joinJudgements(ws({ preferred: 'b', scores: { b: { pace: { score: 3, note: 'slow' } } } }), evidence);
    expect(t.preferred).toBe('b');
    expect(t.rows.map((r) => r.preferred)).toEqual([false, false, true]);
    expect(t.rows[2]!.judgements.pace).toEqual({ score: 3, note: 'slow' });
    expect(t.rows[2]!.judgements.quality).toBeNull();
    expect(t.rows[1]!.judgements).toEqual({ quality: null, pace: null, leadership: null, value: null, risk: null });
  });

  it('reads a workspace without an appraisal as nothing scored and nothing preferred', () => {
    const t = joinJudgements(ws(undefined), evidence);
    expect(t.preferred).toBeNull();
    expect(t.rows.every((r) => Object.values(r.judgements).every((j) => j === null))).toBe(true);
  });

  it('treats a score outside 1–5 as not scored and drops blank notes', () => {
    const odd = { score: 7 } as unknown as Judgement;
    const t = joinJudgements(ws({ scores: { a: { quality: odd, value: { score: 2, note: '  ' }, risk: { score: null, note: 'later' } } } }), evidence);
    expect(t.rows[1]!.judgements).toMatchObject({ quality: null, value: { score: 2 }, risk: { score: null, note: 'later' } });
    expect(t.rows[1]!.judgements.value).not.toHaveProperty('note');
  });
});

describe('sortRows', () => {
  const t = joinJudgements(ws({ scores: { a: { quality: { score: 2 } }, b: { quality: { score: 4 } } } }), evidence);
  const quality = COLUMNS.find((c) => c.key === 'quality')!;
  const title = COLUMNS.find((c) => c.key === 'title')!;

  it('sorts by a criterion both ways, not-scored rows last either way', () => {
    expect(sortRows(t.rows, quality, 'ascending').map((r) => r.evidence.id)).toEqual(['a', 'b', 'base']);
    expect(sortRows(t.rows, quality, 'descending').map((r) => r.evidence.id)).toEqual(['b', 'a', 'base']);
  });

  it('sorts text naturally and keeps table order on ties', () => {
    expect(sortRows(t.rows, title, 'descending').map((r) => r.evidence.id)).toEqual(['b', 'a', 'base']);
    const layers = COLUMNS.find((c) => c.key === 'layers')!;
    expect(sortRows(t.rows, layers, 'descending').map((r) => r.evidence.id)).toEqual(['base', 'a', 'b']);
  });
});
