import { LINK_KINDS } from '../model/types.ts';
import { LINK_STYLES } from './styles.ts';

export const markerId = (prefix: string, kind: string): string => `${prefix}-arrow-${kind}`;

/** Arrow-head markers, one per link kind; built from constants only (d3-org-chart sets this string as innerHTML). */
export function connectionDefs(prefix: string): string {
  const markers = LINK_KINDS.map((kind) => {
    const colour = LINK_STYLES[kind].colour;
    return `<marker id="${markerId(prefix, kind)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"></path></marker>`;
  });
  return `<defs>${markers.join('')}</defs>`;
}
