import { useId, useMemo, useState } from 'react';
import type { Criterion, Judgement, Structure, Workspace } from '../../model/types.ts';
import { readableColumns, evidenceFor, shownValue, joinJudgements, sortRows, toCsv, toMarkdown, type AppraisalRow, type Column } from '../../appraisal/index.ts';
import { RECONSTRUCTED_MARK, RECONSTRUCTED_NOTE } from '../../words/appraisal.ts';
import { JudgementCell } from './JudgementCell.tsx';
import { nextSort, SortHeader, type SortState } from './SortHeader.tsx';
import { copyText, downloadCsv } from './exportActions.ts';
import { showMore } from '../../words/lists.ts';
import { APPRAISAL_VIEW as W, JUDGEMENT_CELL } from '../../words/appraisalView.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';
import './appraisal.css';
import './appraisal.print.css';

export interface AppraisalViewProps {
  workspace: Workspace;
  structures: Map<string, Structure>;
  onSelectOption(id: string): void;
  onJudge(id: string, criterion: Criterion, judgement: Judgement): void;
  /** null clears the preferred option. */
  onPreferred(id: string | null): void;
}

/** Rows drawn at first and added per "Show more": 10,000 options must not freeze the page (sorting covers every row). */
export const ROWS_PAGE = 100;

const shownColumns = (rows: readonly AppraisalRow[]): Column[] => readableColumns(rows).filter((c) => c.key !== 'id' && c.key !== 'reconstructed');

/** Elements a click is meant for rather than the row under them. */
const CONTROLS = ['button', 'select', 'textarea', 'input', 'a', 'label'].join();

/** Clicks on a row select its option, except clicks meant for a control in it. */
const isControl = (target: EventTarget): boolean => target instanceof Element && target.closest(CONTROLS) !== null;

function OptionCell({ row, onSelectOption }: { row: AppraisalRow; onSelectOption(id: string): void }) {
  const { evidence } = row;
  return (
    <th scope="row" className="appraisal-option">
      {evidence.isBaseline ? (
        <span>
          <UserText text={evidence.title} /> <span className="appraisal-tag">{W.baselineTag}</span>
        </span>
      ) : (
        <button type="button" className="appraisal-open" onClick={() => onSelectOption(evidence.id)}>
          <UserText text={evidence.title} />
        </button>
      )}
      {evidence.reconstructed && (
        <abbr className="appraisal-reconstructed-mark" title={RECONSTRUCTED_NOTE}> {RECONSTRUCTED_MARK}</abbr>
      )}
      {row.preferred && <span className="appraisal-preferred-mark"> {W.preferredMark}</span>}
    </th>
  );
}

function PreferredCell({ row, group, onPreferred }: { row: AppraisalRow; group: string; onPreferred(id: string): void }) {
  const { evidence } = row;
  if (evidence.isBaseline) return <td className="appraisal-option">{row.preferred ? W.preferredStar : ''}</td>;
  return (
    <td className="appraisal-option">
      <input
        type="radio"
        name={group}
        className="appraisal-screen-only"
        aria-label={W.prefer(evidence.title)}
        checked={row.preferred}
        onChange={() => onPreferred(evidence.id)}
      />
      <span className="appraisal-print-only">{row.preferred ? W.preferredStar : ''}</span>
    </td>
  );
}

function EvidenceCell({ column, row, currency }: { column: Column; row: AppraisalRow; currency: string }) {
  const value = shownValue(column, row, currency);
  const detail = column.detail?.(row) ?? '';
  return (
    <td className={`appraisal-${column.group}${column.numeric ? ' appraisal-number' : ''}`}>
      {value === null ? W.noValue : <Words text={value} />}
      {detail !== '' && (
        <div className="appraisal-detail">
          <Words text={detail} />
        </div>
      )}
    </td>
  );
}

/** Options × evidence and criteria: sortable, scored by officers, exportable as Markdown and CSV, printable. */
export function AppraisalView({ workspace, structures, onSelectOption, onJudge, onPreferred }: AppraisalViewProps) {
  const { baseline, options } = workspace;
  const lead = workspace.appraisal?.lead;
  const evidence = useMemo(
    () => evidenceFor({ baseline, options, appraisal: lead ? { lead, scores: {} } : undefined }, structures),
    [baseline, options, lead, structures],
  );
  const table = useMemo(() => joinJudgements(workspace, evidence), [workspace, evidence]);
  const group = useId();
  const [sort, setSort] = useState<SortState | null>(null);
  const [status, setStatus] = useState('');
  const shown = useMemo(() => shownColumns(table.rows), [table.rows]);
  const sortColumn = sort ? shown.find((c) => c.key === sort.key) : undefined;
  const sorted = useMemo(() => (sort && sortColumn ? sortRows(table.rows, sortColumn, sort.direction) : table.rows), [sort, sortColumn, table.rows]);
  const [limit, setLimit] = useState(ROWS_PAGE);
  const rows = sorted.length > limit ? sorted.slice(0, limit) : sorted;
  const rest = sorted.length - rows.length;

  const copy = async () => {
    const ok = await copyText(toMarkdown(table));
    setStatus(ok ? W.copied : W.copyRefused);
  };

  return (
    <section className="appraisal" aria-labelledby="appraisal-heading">
      <h2 id="appraisal-heading">
        <Words text={W.heading(workspace.title)} />
      </h2>
      <div className="appraisal-actions">
        <button type="button" onClick={() => void copy()}>{W.copyMarkdown}</button>
        <button type="button" onClick={() => downloadCsv(toCsv(table), workspace.title)}>{W.downloadCsv}</button>
        <button type="button" onClick={() => window.print()}>{W.print}</button>
        {workspace.appraisal?.preferred && (
          <button type="button" onClick={() => onPreferred(null)}>{W.clearPreferred}</button>
        )}
        <span role="status" className="appraisal-status">{status}</span>
      </div>
      <div className="appraisal-scroll">
        <table className="appraisal-table">
          <thead>
            <tr>
              {shown.map((c) => (
                <SortHeader key={c.key} column={c} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.evidence.id}
                className={[row.preferred && 'appraisal-preferred', !row.evidence.isBaseline && 'appraisal-selectable'].filter(Boolean).join(' ')}
                onClick={(e) => {
                  if (!row.evidence.isBaseline && !isControl(e.target)) onSelectOption(row.evidence.id);
                }}
              >
                {shown.map((c) => {
                  if (c.key === 'title') return <OptionCell key={c.key} row={row} onSelectOption={onSelectOption} />;
                  if (c.key === 'preferred') return <PreferredCell key={c.key} row={row} group={group} onPreferred={onPreferred} />;
                  if (c.criterion) {
                    const criterion = c.criterion;
                    const evidence = c.evidence?.(row, table.currency) ?? '';
                    return (
                      <td key={c.key} className="appraisal-criterion">
                        {evidence !== '' && (
                          <div className="appraisal-detail appraisal-criterion-evidence">
                            <Words text={evidence} />
                          </div>
                        )}
                        <JudgementCell
                          label={JUDGEMENT_CELL.label(row.evidence.title, c.header)}
                          criterion={criterion}
                          judgement={row.judgements[criterion]}
                          onJudge={(cr, j) => onJudge(row.evidence.id, cr, j)}
                        />
                      </td>
                    );
                  }
                  return <EvidenceCell key={c.key} column={c} row={row} currency={table.currency} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 && (
        <p className="appraisal-more">
          {W.showing(rows.length, sorted.length)}{' '}
          <button type="button" onClick={() => setLimit(limit + ROWS_PAGE)}>
            {showMore(Math.min(rest, ROWS_PAGE))}
          </button>
        </p>
      )}
      {table.rows.some((r) => r.evidence.reconstructed) && <p className="appraisal-footnote">{RECONSTRUCTED_NOTE}</p>}
    </section>
  );
}
