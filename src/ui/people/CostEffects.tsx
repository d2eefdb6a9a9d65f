import type { NodeId, Structure } from '../../model/types.ts';
import { peopleChange, peopleMeasures, type NodeCostEffect, type Staffing } from '../../model/people.ts';
import { organisationStaffing, staffingChangeLine, staffingLine } from '../../words/money.ts';
import { rowCostEffect, STAFFING_CHANGE } from '../../words/staffing.ts';
import { Words } from '../words/Words.tsx';

/** A change row's own effect on staffing and cost: " (−0.5 FTE, −£60k to −£65k a year)". */
export function CostEffect({ effect, currency }: { effect: Staffing | undefined; currency: string }) {
  if (!effect) return null;
  return (
    <span className="cost-effect">
      {' '}
      {rowCostEffect(effect, currency)}
    </span>
  );
}

/** Each node's own cost effect from A to B, by node id; empty when neither structure has staff figures. */
export function costEffectsOf(a: Structure, b: Structure): ReadonlyMap<NodeId, Staffing> {
  if (!peopleMeasures(a).hasFte && !peopleMeasures(b).hasFte) return new Map();
  return new Map(peopleChange(a, b).nodes.map((n: NodeCostEffect) => [n.node, n.effect]));
}

/**
 * The Changes panel's total: both structures' staffing and cost, the change, and each organisation whose figures
 * differ (staff moving between organisations show here though the totals do not change). Nothing without staff figures.
 */
export function StaffingChange({ a, b, currency, name }: { a: Structure; b: Structure; currency: string; name: (id: NodeId) => string }) {
  if (!peopleMeasures(a).hasFte && !peopleMeasures(b).hasFte) return null;
  const c = peopleChange(a, b);
  return (
    <section className="change-group staffing-change" aria-label={STAFFING_CHANGE.heading}>
      <h3>{STAFFING_CHANGE.heading}</h3>
      <p>
        {staffingLine(c.from, currency)} → {staffingLine(c.to, currency)}
      </p>
      <p className="staffing-change-total">
        <strong>{STAFFING_CHANGE.total}</strong> {staffingChangeLine(c.delta, currency)}
      </p>
      {c.organisations.length > 0 ? (
        <ul>
          {c.organisations.map((o) => (
            <li key={o.id}>
              <strong>
                <Words text={name(o.id)} />
              </strong>: {organisationStaffing(o.from, 'from', currency)} → {organisationStaffing(o.to, 'to', currency)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
