import { LINK_KINDS, type LinkKind } from '../../model/types.ts';
import { LINK_KIND_LABEL } from '../../words/kinds.ts';

/** The kind of a link, labelled and worded as the legend words it; takes the dialog's first focus. */
export function LinkKindSelect({ id, value, onChange }: { id: string; value: LinkKind; onChange(kind: LinkKind): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as LinkKind)} data-autofocus>
      {LINK_KINDS.map((k) => (
        <option key={k} value={k}>
          {LINK_KIND_LABEL[k]}
        </option>
      ))}
    </select>
  );
}
