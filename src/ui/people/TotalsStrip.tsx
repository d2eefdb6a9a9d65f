import type { Structure } from '../../model/types.ts';
import { peopleChange, peopleMeasures } from '../../model/people.ts';
import { staffingChangeLine, staffingLine } from '../../words/money.ts';
import { TOTALS_STRIP } from '../../words/staffing.ts';
import { Words } from '../words/Words.tsx';

export interface TotalsStripProps {
  structure: Structure;
  /** The structure this pane is compared with (the left pane's, beside the right pane): its change is stated too. */
  compareTo?: Structure | null;
  currency: string;
}

/**
 * Staffing and cost of one pane's structure, "1,522 FTE · £45.1m–£63.7m a year", and beside the right pane its
 * change from the left (people.md, Measures). Nothing when neither structure has staff figures.
 */
export function TotalsStrip({ structure, compareTo, currency }: TotalsStripProps) {
  const m = peopleMeasures(structure);
  if (!m.hasFte && !(compareTo && peopleMeasures(compareTo).hasFte)) return null;
  const change = compareTo && compareTo !== structure ? peopleChange(compareTo, structure) : null;
  return (
    <p className="totals-strip" role="status" aria-label={TOTALS_STRIP.label(structure.title)}>
      <span className="totals-strip-total">{staffingLine(m.total, currency)}</span>
      {change ? (
        <span className="totals-strip-change">
          {' '}
          <Words text={TOTALS_STRIP.against(staffingChangeLine(change.delta, currency), compareTo!.title)} />
        </span>
      ) : null}
    </p>
  );
}
