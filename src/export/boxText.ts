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


/**
 * The lines of a box `width` wide and its height: name, then holder, then `note` (e.g. rolled-up FTE and cost,
 * `export --people`) in the holder's style; `team` for the tighter boxes of a team.
 */
export function boxText(node: OrgNode, width: number, hideNames: boolean, note: string | null = null, team = false): BoxText {
  const inner = width - 2 * BOX.padX;
  const name = wrapText(visible(node.name), inner, BOX.nameSize, true);
  const label = holderLabel(node, hideNames);
  const holder = [...(label === null ? [] : wrapText(visible(label), inner, BOX.holderSize)), ...(note === null ? [] : wrapText(visible(note), inner, BOX.holderSize))];
  const content = name.length * BOX.nameLine + (holder.length > 0 ? BOX.holderGap + holder.length * BOX.holderLine : 0);
  return team
    ? { name, holder, height: Math.max(BOX.teamMinHeight, content + 2 * BOX.teamPadY) }
    : { name, holder, height: Math.max(BOX.minHeight, content + 2 * BOX.padY) };
}
