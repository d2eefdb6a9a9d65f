import type { NodeId, Pay, Step } from '../../model/types.ts';
import { peopleValue } from '../../words/money.ts';
import { NO_MANAGER, type NameOf } from '../../store/names.ts';

const to = (name: NameOf, id: NodeId | null) => (id === null ? NO_MANAGER : name(id));

/** One field an update sets: null is a vacancy for a holder and a removal for grade, FTE and pay. */
function setValue(field: string, value: unknown): string {
  if (field === 'fte' || field === 'pay') return peopleValue(value as number | Pay | null);
  if (value === null) return field === 'holder' ? 'Vacant' : 'none';
  return String(value);
}

/** One line saying what a step does, with node names rather than ids. */
export function stepSummary(step: Step, name: NameOf, functionName: (id: string) => string = (id) => id): string {
  switch (step.op) {
    case 'add':
      return `Add ${step.node.name} (${step.node.kind}), reporting to ${to(name, step.node.manager ?? null)}`;
    case 'remove':
      return `Remove ${name(step.node)}`;
    case 'move':
      return `${name(step.node)} to report to ${to(name, step.to)}`;
    case 'update':
      return `${name(step.node)}: ${Object.entries(step.set)
        .map(([field, value]) => `${field} → ${setValue(field, value)}`)
        .join(', ')}`;
    case 'merge':
      return `Merge ${step.nodes.map(name).join(', ')} into ${name(step.into)}`;
    case 'link':
      return `Add ${step.kind} link: ${name(step.from)} → ${name(step.to)}`;
    case 'unlink':
      return `Remove ${step.kind} link: ${name(step.from)} → ${name(step.to)}`;
    case 'assign':
      return `${functionName(step.function)}: accountable ${step.to === null ? 'no one (gap)' : name(step.to)}`;
  }
}
