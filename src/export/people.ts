import type { NodeId, Structure } from '../model/types.ts';
import { peopleChange, peopleMeasures } from '../model/people.ts';
import { organisationStaffing, staffingChangeLine, staffingLine, staffingShort } from '../words/money.ts';
import { staffingComparison, staffingNote as staffingNoteWords } from '../words/exports.ts';

/**
 * The line under each box of `export --people`: the node's rolled-up FTE and cost a year ("312 FTE · £9.8m–£12.1m"),
 * null where its line of management has no staff figures (people.md, Measures).
 */
export function peopleBoxNote(s: Structure, currency: string | undefined): (id: NodeId) => string | null {
  const m = peopleMeasures(s);
  return (id) => {
    const under = m.under(id);
    return under && (under.fte > 0 || under.costMax > 0) ? staffingShort(under, currency) : null;
  };
}

/** The note of a one-structure page with `--people`: its totals, and what the figures on the boxes are. */
export function staffingNote(s: Structure, currency: string | undefined): string {
  return staffingNoteWords(staffingLine(peopleMeasures(s).total, currency));
}

/**
 * The notes of a comparison page: both structures' staffing and cost, the change, and each organisation whose
 * figures differ. None where neither structure has staff figures.
 */
export function staffingComparisonNotes(a: Structure, b: Structure, currency: string | undefined): string[] {
  if (!peopleMeasures(a).hasFte && !peopleMeasures(b).hasFte) return [];
  const c = peopleChange(a, b);
  const names = new Map([...a.nodes, ...b.nodes].map((n) => [n.id, n.name]));
  const orgs = c.organisations.map((o) => staffingComparison.organisation(names.get(o.id) ?? o.id, organisationStaffing(o.from, 'from', currency), organisationStaffing(o.to, 'to', currency)));
  return [
    staffingComparison.totals(a.title, staffingLine(c.from, currency), b.title, staffingLine(c.to, currency), staffingChangeLine(c.delta, currency)),
    ...(orgs.length > 0 ? [staffingComparison.byOrganisation(orgs)] : []),
  ];
}
