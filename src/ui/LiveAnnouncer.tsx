import { useEffect, useRef, useState } from 'react';
import type { Workspace } from '../model/types.ts';
import { useAppStore } from '../store/index.ts';
import { selectResolved, selectWorkspace } from '../store/selectors.ts';
import { namesIn, stepLine } from '../words/index.ts';
import { ANNOUNCE } from '../words/notices.ts';

/**
 * What changed in the options between two workspaces, in one sentence for a screen reader: a step added ("Option 5,
 * step 19 added: Youth Services to report to …"), or removed, or undone. Null when no option's steps changed.
 */
function stepChange(before: Workspace, after: Workspace, structures: ReturnType<typeof selectResolved>['structures']): string | null {
  // Another workspace (an import, a reset, a named version) is not an edit of this one: its notice says what happened.
  if (before.baseline !== after.baseline) return null;
  for (const o of after.options) {
    const old = before.options.find((x) => x.id === o.id);
    const was = old?.steps.length ?? 0;
    if (o.steps.length === was && old) continue;
    if (o.steps.length > was) {
      const names = namesIn(...[structures.get(o.id), structures.get(o.from ?? after.baseline.id), after.baseline].filter((s) => s !== undefined));
      return ANNOUNCE.stepAdded(o.title, o.steps.length, stepLine(o.steps.at(-1)!, names));
    }
    return ANNOUNCE.stepsRemoved(o.title, was - o.steps.length);
  }
  return null;
}

/**
 * A polite live region, always in the page, that announces each move or other step as it lands (WCAG 2.2 4.1.3
 * status messages): a drag or a keyboard "Move to…" is heard, not only seen. Refusals and errors are announced by
 * the notices (role="alert").
 */
export function LiveAnnouncer() {
  const ws = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  const previous = useRef(ws);
  const [text, setText] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = ws;
    if (before === ws) return;
    const said = stepChange(before, ws, resolved.structures);
    if (said) setText(said);
  }, [ws, resolved]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {text}
    </div>
  );
}
