import type { OrgNode, Structure } from '../../model/types.ts';
import { peopleMeasures } from '../../model/people.ts';
import { fteText, moneyRange, payBand, staffingLine } from '../../words/money.ts';

/**
 * A node's grade, FTE, pay band and own cost a year, and the figures of its whole line of management
 * (people.md, Fields and Measures). Nothing when the node and its line carry no staffing or pay.
 */
export function StaffingDetails({ structure, node, currency }: { structure: Structure; node: OrgNode; currency: string }) {
  const m = peopleMeasures(structure);
  const own = m.own(node.id);
  const under = m.under(node.id);
  if (!own || !under) return null;
  const hasOwn = node.grade !== undefined || node.fte !== undefined || node.pay !== undefined;
  const hasLine = under.fte > 0 || under.costMax > 0;
  if (!hasOwn && !hasLine) return null;
  const reports = under.fte !== own.fte || under.costMax !== own.costMax;
  return (
    <section aria-label="Staffing and pay" className="staffing-details">
      <h3>Staffing and pay</h3>
      <dl className="details">
        {node.grade !== undefined ? (
          <>
            <dt>Grade</dt>
            <dd>{node.grade}</dd>
          </>
        ) : null}
        <dt>FTE</dt>
        <dd>{node.fte === undefined ? 'not recorded' : fteText(node.fte)}</dd>
        <dt>Pay</dt>
        <dd>{node.pay ? `${payBand(node.pay, currency)} for 1.0 FTE` : 'not recorded'}</dd>
        <dt>Cost</dt>
        <dd>
          {node.fte === undefined ? 'not counted (no FTE)' : node.pay ? `${moneyRange(own.costMin, own.costMax, currency)} a year` : 'unpriced (no pay recorded)'}
        </dd>
        {reports ? (
          <>
            <dt>With its line</dt>
            <dd>{staffingLine(under, currency)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
