import type { OrgNode } from '../../model/types.ts';
import type { PreviewSize, RunPreview } from '../../import/index.ts';
import { holderLabel } from '../../words/names.ts';
import { errorWords, previewSummary, warningWords } from '../../words/import.ts';
import { importPreview } from '../../words/importDialog.ts';
import { fteNumber, payBand } from '../../words/money.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';

/**
 * What the preview shows: rows of its table, and warnings or errors listed in full (the rest are counted: 200,000 of
 * them must not freeze the page). The import job sends no more than this to the page.
 */
export const PREVIEW_SIZE: PreviewSize = { nodes: 8, listed: 100 };

/** The lines of a list the job sent, and "… and N more" for the rest of its `total`. */
function Capped<T>({ items, total, words, more }: { items: readonly T[]; total: number; words: (item: T) => string; more: (n: number) => string }) {
  return (
    <>
      {items.map((item, i) => (
        <li key={i}>
          <Words text={words(item)} />
        </li>
      ))}
      {total > items.length && <li className="import-more">{more(total - items.length)}</li>}
    </>
  );
}

/** What an import would make, before anything changes: a summary, the first nodes, the errors and warnings (first 100 of each listed). */
export function ImportPreview({ result, currency }: { result: RunPreview; currency?: string }) {
  if (!result.ok) {
    return (
      <div className="import-preview">
        <p role="alert">{importPreview.nothing}</p>
        <ul className="import-errors">
          <Capped items={result.errors} total={result.errorCount} words={errorWords} more={importPreview.moreErrors} />
        </ul>
      </div>
    );
  }
  const shown = result.first;
  const managerName = (n: OrgNode) => (n.manager ? (result.managerNames.get(n.manager) ?? n.manager) : importPreview.noManager);
  const c = importPreview.columns;
  return (
    <div className="import-preview">
      <p className="import-summary">{previewSummary(result.rows, result.nodes, result.warningCount)}</p>
      <table className="import-table">
        <caption>{importPreview.firstNodes(shown.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.holder}</th>
            <th scope="col">{c.grade}</th>
            <th scope="col">{c.fte}</th>
            <th scope="col">{c.pay}</th>
            <th scope="col">{c.manager}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((n) => (
            <tr key={n.id}>
              <td>
                <UserText text={n.name} />
              </td>
              <td>
                <UserText text={holderLabel(n) ?? ''} />
              </td>
              <td>
                <UserText text={n.grade ?? ''} />
              </td>
              <td>{n.fte === undefined ? '' : fteNumber(n.fte)}</td>
              <td>{n.pay ? payBand(n.pay, currency) : ''}</td>
              <td>
                <UserText text={managerName(n)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.warningCount > 0 && (
        <details className="import-warnings" open={result.warningCount <= 20}>
          <summary>{importPreview.warnings(result.warningCount)}</summary>
          <ul>
            <Capped items={result.warnings} total={result.warningCount} words={warningWords} more={importPreview.moreWarnings} />
          </ul>
        </details>
      )}
    </div>
  );
}
