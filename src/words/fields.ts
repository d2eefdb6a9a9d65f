/**
 * The ONE set of labels for a node's fields, wherever an officer reads or types them: the Details tab, the node
 * editors, the step editor, the import preview and the staffing details. Keyed by the workspace format's field
 * names (format.md, people.md) plus the few things shown beside them (direct reports, cost, the pay band's two ends).
 */

/** A field of a node as the app labels it. */
export type FieldName = 'name' | 'id' | 'kind' | 'holder' | 'manager' | 'note' | 'reports' | 'grade' | 'fte' | 'pay' | 'payMin' | 'payMax' | 'cost';

/** The label of each field: a column heading, a form label, a term in a list of details. */
export const FIELD_LABEL: Record<FieldName, string> = {
  name: 'Name',
  id: 'Identifier',
  kind: 'Kind',
  holder: 'Holder',
  manager: 'Line manager',
  note: 'Note',
  reports: 'Direct reports',
  grade: 'Grade',
  fte: 'FTE',
  pay: 'Pay',
  payMin: 'Pay from (a year, for 1.0 FTE)',
  payMax: 'Pay to (blank for an exact figure)',
  cost: 'Cost',
};

/** What an officer may type in a field, shown greyed inside it (a placeholder) or beside it (a hint). */
export const FIELD_HINT = {
  id: 'Lower-case letters, digits and “-”; made from the name unless you change it.',
  grade: 'e.g. SCS2',
  fte: 'e.g. 1 or 0.5',
} as const;

/** A field with nothing recorded (a holder, FTE or pay the workspace does not give). */
export const NOT_RECORDED = 'not recorded';

/** The heading over grade, FTE, pay and cost (the staffing details, the node editor's group of fields). */
export const STAFFING_HEADING = 'Staffing and pay';
