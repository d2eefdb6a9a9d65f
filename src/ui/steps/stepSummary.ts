import type { NodeId, Step, Structure } from '../../model/types.ts';

/** A name for a node id, looked up in the structures given (first that has it), else the id in quotes. */
export type NameOf = (id: NodeId) => string;

export function nameLookup(...structures: (Structure | null | undefined)[]): NameOf {
  const names = new Map<NodeId, string>();
  for (const s of structures.toReversed()) for (const n of s?.nodes ?? []) names.set(n.id, n.name);
  return (id) => names.get(id) ?? `"${id}"`;
}

const to = (name: NameOf, id: NodeId | null) => (id === null ? 'no manager (top level)' : name(id));

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
        .map(([field, value]) => `${field} → ${value === null ? 'Vacant' : String(value)}`)
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
