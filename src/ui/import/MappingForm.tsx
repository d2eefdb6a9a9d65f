import { useId } from 'react';
import { formatMapping, MAPPING_FIELDS, type Mapping, type MappingField } from '../../import/index.ts';
import { MAPPING_FIELD_LABELS, mappingOnCommandLine, NOT_MAPPED } from '../../words/import.ts';
import { mappingForm } from '../../words/importDialog.ts';

interface MappingFormProps {
  headers: readonly string[];
  mapping: Mapping;
  onChange: (m: Mapping) => void;
}

/** One list per field of an HR mapping, offering the file's headers; the guessed mapping comes in preselected. */
export function MappingForm({ headers, mapping, onChange }: MappingFormProps) {
  const base = useId();
  const choices = headers.map((h) => h.trim()).filter((h) => h !== '');
  const set = (field: MappingField, column: string) => {
    const next: Mapping = { ...mapping };
    if (column === '') delete next[field];
    else next[field] = column;
    onChange(next);
  };
  return (
    <fieldset className="import-mapping">
      <legend>{mappingForm.legend}</legend>
      {MAPPING_FIELDS.map((field) => (
        <div key={field} className="import-mapping-row">
          <label htmlFor={`${base}-${field}`}>{MAPPING_FIELD_LABELS[field]}</label>
          <select id={`${base}-${field}`} value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
            <option value="">{NOT_MAPPED}</option>
            {choices.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </div>
      ))}
      <p className="hint import-map-text">
        {mappingOnCommandLine} <code>{mappingForm.mapOption(formatMapping(mapping))}</code>
      </p>
    </fieldset>
  );
}
