import { useMemo } from 'react';
import type { NodeId, Structure } from '../../model/types.ts';
import { peopleMeasures } from '../../model/people.ts';
import { staffingShort } from '../../words/money.ts';

/**
 * The line a chart box shows under "Show FTE and cost on boxes": the node's rolled-up FTE and cost ("312 FTE ·
 * £9.8m–£12.1m"), null where its line has none; undefined (no line at all) when the toggle is off.
 */
export function useBoxNote(structure: Structure | null, on: boolean, currency: string): ((id: NodeId) => string | null) | undefined {
  return useMemo(() => {
    if (!on || !structure) return undefined;
    const m = peopleMeasures(structure);
    return (id: NodeId) => {
      const under = m.under(id);
      return under && (under.fte > 0 || under.costMax > 0) ? staffingShort(under, currency) : null;
    };
  }, [structure, on, currency]);
}
