import { Fragment, type ReactNode } from 'react';
import { FSI, PDI } from '../../words/index.ts';

/**
 * Text made by src/words, on screen: each run between FSI and PDI (a right-to-left name, isolated in plain text)
 * becomes a `<bdi dir="auto">`, the HTML way to isolate it, so the names never reorder the words around them.
 */
export function Words({ text }: { text: string }) {
  if (!text.includes(FSI)) return <>{text}</>;
  const parts: ReactNode[] = [];
  let rest = text;
  let key = 0;
  for (let at = rest.indexOf(FSI); at >= 0; at = rest.indexOf(FSI)) {
    const end = rest.indexOf(PDI, at);
    if (end < 0) break;
    if (at > 0) parts.push(<Fragment key={key++}>{rest.slice(0, at)}</Fragment>);
    parts.push(
      <bdi key={key++} dir="auto">
        {rest.slice(at + 1, end)}
      </bdi>,
    );
    rest = rest.slice(end + 1);
  }
  if (rest) parts.push(<Fragment key={key++}>{rest}</Fragment>);
  return <>{parts}</>;
}
