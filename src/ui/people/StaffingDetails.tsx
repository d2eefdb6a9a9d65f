import type { OrgNode, Structure } from '../../model/types.ts';
import { peopleMeasures } from '../../model/people.ts';
import { staffingLine } from '../../words/money.ts';
import { UserText } from '../words/UserText.tsx';
import { ownCost, ownFte, ownPay, STAFFING_DETAILS as W } from '../../words/staffing.ts';

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
    <section aria-label={W.heading} className="staffing-details">
      <h3>{W.heading}</h3>
      <dl className="details">
        {node.grade !== undefined ? (
          <>
            <dt>{W.grade}</dt>
            <dd>
              <UserText text={node.grade} />
            </dd>
          </>
        ) : null}
        <dt>{W.fte}</dt>
        <dd>{ownFte(node.fte)}</dd>
        <dt>{W.pay}</dt>
        <dd>{ownPay(node.pay, currency)}</dd>
        <dt>{W.cost}</dt>
        <dd>{ownCost(node.fte, node.pay, own, currency)}</dd>
        {reports ? (
          <>
            <dt>{W.withLine}</dt>
            <dd>{staffingLine(under, currency)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
