import type { Step } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { stepTouches, type Touch } from '../options/index.ts';
import type { ChangeLine } from './changes.ts';

/** One key per thing a step may touch, so that a change line finds its steps by the things it is about. */
function touchKey(t: Touch): string {
  if ('link' in t) return `${t.what}\u0000${linkKey(t.link)}`;
  if ('function' in t) return `${t.what}\u0000${t.function}`;
  if ('of' in t) return `${t.what}\u0000${t.of}`;
  return t.what === 'changed' ? `${t.what}\u0000${t.node}\u0000${t.field}` : `${t.what}\u0000${t.node}`;
}

/**
 * What would explain a change line, as touches: [those that name the change itself, those that cause it on the way].
 * A moved node is explained by a move of it, or by a merge of its old manager (which hands its reports on); an
 * accountability by an assign of the function, or by a removal or merge at the node accountable before; a link by
 * the link or unlink step itself, or by a step that adds or drops links at either end.
 */
function explainedBy(line: ChangeLine): [direct: Touch[], onTheWay: Touch[]] {
  const ref = line.ref;
  if ('link' in ref) {
    const added = line.category === 'link-added';
    const { link } = ref;
    return [[{ what: added ? 'link-added' : 'link-removed', link }], [link.from, link.to].map((of) => ({ what: added ? 'links-added' : 'links-removed', of }))];
  }
  if ('function' in ref) return [[{ what: 'accountable', function: ref.function }], ref.from === null ? [] : [{ what: 'accountabilities', of: ref.from }]];
  const node = ref.node;
  switch (line.category) {
    case 'moved':
      return [[{ what: 'moved', node }], 'was' in ref && ref.was !== null ? [{ what: 'reports', of: ref.was }] : []];
    case 'added':
    case 'removed':
      return [[{ what: line.category, node }], []];
    default:
      return [[{ what: 'changed', node, field: 'field' in ref ? ref.field : '' }], []];
  }
}

/**
 * The reasons officers gave for each change line: the `why` of each step that explains it, in step order, without
 * repeats (trimmed; steps without one give none). A step that names the change itself (a move of the node, an
 * assign of the function) wins; one that causes it on the way (a merge, a removal) counts only when none does.
 * Matched by what each op's handler says its step touches (stepTouches), never by position. Builds an index of
 * `steps` once; each line then costs only the steps that touch it.
 */
export function reasonsFor(steps: readonly Step[]): (line: ChangeLine) => string[] {
  const stepsAt = new Map<string, number[]>();
  steps.forEach((step, i) => {
    if (!step.why?.trim()) return;
    for (const t of stepTouches(step)) {
      const key = touchKey(t);
      const list = stepsAt.get(key);
      if (list === undefined) stepsAt.set(key, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  const whys = (touches: readonly Touch[]): string[] => {
    const at = [...new Set(touches.flatMap((t) => stepsAt.get(touchKey(t)) ?? []))].sort((x, y) => x - y);
    return [...new Set(at.map((i) => steps[i]!.why!.trim()))];
  };
  return (line) => {
    const [direct, onTheWay] = explainedBy(line);
    const first = whys(direct);
    return first.length > 0 ? first : whys(onTheWay);
  };
}
