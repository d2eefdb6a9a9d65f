import { own } from '../model/own.ts';
import { CRITERIA, type Criterion, type Judgement, type Score, type Structure, type Workspace } from '../model/types.ts';
import { CRITERIA_IN_ORDER, type CriterionLabel } from './criteria.ts';
import { evidenceFor, type Evidence } from './evidence.ts';
import { DEFAULT_CURRENCY } from '../words/money.ts';

export interface AppraisalRow {
  evidence: Evidence;
  /** Officers' judgement per criterion; null where nothing is recorded. */
  judgements: Record<Criterion, Judgement | null>;
  preferred: boolean;
}

export interface AppraisalTable {
  title: string;
  /** ISO 4217 code of every cost in the table (people.md: "GBP" when the workspace gives none). */
  currency: string;
  baseline: string;
  preferred: string | null;
  criteria: readonly CriterionLabel[];
  rows: AppraisalRow[];
}

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

function cleanJudgement(j: Judgement | undefined): Judgement | null {
  if (!j) return null;
  const score = SCORES.includes(j.score) ? j.score : null;
  const note = typeof j.note === 'string' && j.note.trim() !== '' ? j.note : undefined;
  if (score === null && note === undefined) return null;
  return note === undefined ? { score } : { score, note };
}

/** Evidence rows joined with the officers' scores and notes and the preferred option of `ws.appraisal`. */
export function joinJudgements(ws: Workspace, evidence: readonly Evidence[]): AppraisalTable {
  const scores = ws.appraisal?.scores ?? {};
  const preferred = ws.appraisal?.preferred ?? null;
  const rows = evidence.map((e): AppraisalRow => {
    const given = own(scores, e.id);
    const judgements = Object.fromEntries(CRITERIA.map((c) => [c, cleanJudgement(given?.[c])])) as Record<Criterion, Judgement | null>;
    return { evidence: e, judgements, preferred: e.id === preferred };
  });
  return { title: ws.title, currency: ws.currency ?? DEFAULT_CURRENCY, baseline: ws.baseline.id, preferred, criteria: CRITERIA_IN_ORDER, rows };
}

/** The evidence of every structure joined with the officers' scores and notes and the preferred option. */
export function appraisalTable(ws: Workspace, structures: ReadonlyMap<string, Structure>): AppraisalTable {
  return joinJudgements(ws, evidenceFor(ws, structures));
}
