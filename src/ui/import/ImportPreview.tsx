import type { OrgNode } from '../../model/types.ts';
import type { ImportResult } from '../../import/index.ts';
import { holderLabel } from '../../words/names.ts';
import { errorWords, previewSummary, warningWords } from '../../words/import.ts';
import { importPreview } from '../../words/importDialog.ts';
import { fteNumber, payBand } from '../../words/money.ts';

/** Rows of the preview table. */
const PREVIEW_ROWS = 8;
/** Warnings or errors listed in full; the rest are counted (200,000 of them must not freeze the page). */
const LISTED = 100;

/** The first LISTED lines of a list and "… and N more" for the rest. */
function Capped<T>({ items, words, more }: { items: readonly T[]; words: (item: T) => string; more: (n: number) => string }) {
  return (
    <>
      {items.slice(0, LISTED).map((item, i) => (
        <li key={i}>{words(item)}</li>
      ))}
      {items.length > LISTED && <li className="import-more">{more(items.length - LISTED)}</li>}
    </>
  );
}

/** What an import would make, before anything changes: a summary, the first nodes, the errors and warnings (first 100 of each listed). */
export function ImportPreview({ result, currency }: { result: ImportResult; currency?: string }) {
  const warnings = result.warnings;
  if (!result.ok) {
    return (
      <div className="import-preview">
        <p role="alert">{importPreview.nothing}</p>
        <ul className="import-errors">
          <Capped items={result.errors} words={errorWords} more={importPreview.moreErrors} />
        </ul>
      </div>
    );
  }
  const { structure } = result;
  const shown = structure.nodes.slice(0, PREVIEW_ROWS);
  const byId = new Map(structure.nodes.map((n) => [n.id, n]));
  const managerName = (n: OrgNode) => (n.manager ? (byId.get(n.manager)?.name ?? n.manager) : importPreview.noManager);
  const c = importPreview.columns;
  return (
    <div className="import-preview">
      <p className="import-summary">{previewSummary(result.rows, structure.nodes.length, warnings.length)}</p>
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
              <td>{n.name}</td>
              <td>{holderLabel(n) ?? ''}</td>
              <td>{n.grade ?? ''}</td>
              <td>{n.fte === undefined ? '' : fteNumber(n.fte)}</td>
              <td>{n.pay ? payBand(n.pay, currency) : ''}</td>
              <td>{managerName(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 && (
        <details className="import-warnings" open={warnings.length <= 20}>
          <summary>{importPreview.warnings(warnings.length)}</summary>
          <ul>
            <Capped items={warnings} words={warningWords} more={importPreview.moreWarnings} />
          </ul>
        </details>
      )}
    </div>
  );
}
