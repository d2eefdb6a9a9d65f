import type { OrgNode, Structure } from '../../model/types.ts';
import type { ImportError, ImportWarning } from '../../import/index.ts';
import { errorWords, previewSummary, warningWords } from '../../words/import.ts';
import { fteNumber, payBand } from '../../words/money.ts';

/** Rows of the preview table; warnings listed in full up to this many (the rest counted). */
const PREVIEW_ROWS = 8;
const WARNINGS_SHOWN = 200;

type Previewed = { ok: true; structure: Structure; warnings: ImportWarning[]; rows: number } | { ok: false; errors: ImportError[]; warnings: ImportWarning[] };

/** What an import would make, before anything changes: a summary, the first nodes, every error and warning. */
export function ImportPreview({ result, currency }: { result: Previewed; currency?: string }) {
  const warnings = result.warnings;
  if (!result.ok) {
    return (
      <div className="import-preview">
        <p role="alert">Nothing can be imported:</p>
        <ul className="import-errors">
          {result.errors.map((e, i) => (
            <li key={i}>{errorWords(e)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { structure } = result;
  const byId = new Map(structure.nodes.map((n) => [n.id, n]));
  const managerName = (n: OrgNode) => (n.manager ? (byId.get(n.manager)?.name ?? n.manager) : '—');
  return (
    <div className="import-preview">
      <p className="import-summary">{previewSummary(result.rows, structure.nodes.length, warnings.length)}</p>
      <table className="import-table">
        <caption>The first {Math.min(PREVIEW_ROWS, structure.nodes.length)} nodes</caption>
        <thead>
          <tr>
            <th scope="col">Post or group</th>
            <th scope="col">Holder</th>
            <th scope="col">Grade</th>
            <th scope="col">FTE</th>
            <th scope="col">Pay</th>
            <th scope="col">Reports to</th>
          </tr>
        </thead>
        <tbody>
          {structure.nodes.slice(0, PREVIEW_ROWS).map((n) => (
            <tr key={n.id}>
              <td>{n.name}</td>
              <td>{n.kind === 'post' ? (n.holder ?? 'Vacant') : ''}</td>
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
          <summary>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'} (nothing is left out without one)
          </summary>
          <ul>
            {warnings.slice(0, WARNINGS_SHOWN).map((w, i) => (
              <li key={i}>{warningWords(w)}</li>
            ))}
            {warnings.length > WARNINGS_SHOWN && <li>… and {warnings.length - WARNINGS_SHOWN} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
