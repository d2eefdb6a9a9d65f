import { Fragment, useState } from 'react';
import type { Criterion, Judgement, Score } from '../../model/types.ts';
import { JUDGEMENT_CELL as W } from '../../words/appraisalView.ts';
import { UserText } from '../words/UserText.tsx';

interface Props {
  /** Names the cell for assistive technology, e.g. "Option 5: (a) Improving quality and adding value". */
  label: string;
  criterion: Criterion;
  judgement: Judgement | null;
  onJudge(criterion: Criterion, judgement: Judgement): void;
}

const SCORES = [1, 2, 3, 4, 5] as const;

const judgementOf = (score: Score, note: string): Judgement => (note.trim() === '' ? { score } : { score, note });

function parseScore(value: string): Score {
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : null;
}

/** A note as printed: its line breaks kept, anything else that would act (a bidi override, an escape) shown, each line isolated. */
function PrintedNote({ text }: { text: string }) {
  return (
    <p className="appraisal-print-only appraisal-note">
      {text.split(/\r\n?|\n/).map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          <UserText text={line} />
        </Fragment>
      ))}
    </p>
  );
}

/** A score picker (1–5 or not scored) and a note; the note is saved when it loses focus, not on every key. */
export function JudgementCell({ label, criterion, judgement, onJudge }: Props) {
  const score = judgement?.score ?? null;
  const saved = judgement?.note ?? '';
  const [draft, setDraft] = useState({ saved, text: saved });
  if (draft.saved !== saved) setDraft({ saved, text: saved });
  return (
    <div className="appraisal-judgement">
      <select
        className="appraisal-screen-only"
        aria-label={W.score(label)}
        value={score === null ? '' : String(score)}
        onChange={(e) => onJudge(criterion, judgementOf(parseScore(e.target.value), draft.text))}
      >
        <option value="">{W.notScored}</option>
        {SCORES.map((s) => (
          <option key={s} value={s}>{s}</option>
        ))}
      </select>
      <span className="appraisal-print-only">{score === null ? W.notScored : score}</span>
      <textarea
        className="appraisal-screen-only"
        aria-label={W.note(label)}
        rows={2}
        value={draft.text}
        onChange={(e) => setDraft({ saved, text: e.target.value })}
        onBlur={() => {
          if (draft.text !== saved) onJudge(criterion, judgementOf(score, draft.text));
        }}
      />
      {saved !== '' && <PrintedNote text={saved} />}
    </div>
  );
}
