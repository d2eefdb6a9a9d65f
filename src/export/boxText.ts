import type { OrgNode } from '../model/types.ts';
import { BOX } from './theme.ts';
import { wrapText } from './text.ts';
import { holderLabel, visible } from '../words/index.ts';

export interface BoxText {
  name: string[];
  holder: string[];
  /** Height of the box that holds these lines. */
  height: number;
}


/** Boxes already worded, by node and what shapes them: pagination lays the same box out on many candidate pages. */
const made = new WeakMap<OrgNode, Map<string, BoxText>>();

/**
 * The lines of a box `width` wide and its height: name, then holder, then `note` (e.g. rolled-up FTE and cost,
 * `export --people`) in the holder's style; `team` for the tighter boxes of a team. Remembered per node object and
 * everything the words depend on, so a box is wrapped once however many pages are tried.
 */
export function boxText(node: OrgNode, width: number, hideNames: boolean, note: string | null = null, team = false): BoxText {
  const key = [width, hideNames, team, note ?? '\u0001', node.kind, node.holder ?? '\u0001', node.name].join('\u0000');
  let byKey = made.get(node);
  const known = byKey?.get(key);
  if (known) return known;
  const inner = width - 2 * BOX.padX;
  const name = wrapText(visible(node.name), inner, BOX.nameSize, true);
  const label = holderLabel(node, hideNames);
  const holder = [...(label === null ? [] : wrapText(visible(label), inner, BOX.holderSize)), ...(note === null ? [] : wrapText(visible(note), inner, BOX.holderSize))];
  const content = name.length * BOX.nameLine + (holder.length > 0 ? BOX.holderGap + holder.length * BOX.holderLine : 0);
  const text = team
    ? { name, holder, height: Math.max(BOX.teamMinHeight, content + 2 * BOX.teamPadY) }
    : { name, holder, height: Math.max(BOX.minHeight, content + 2 * BOX.padY) };
  if (!byKey) made.set(node, (byKey = new Map()));
  byKey.set(key, text);
  return text;
}
