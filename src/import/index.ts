export type { CsvFile, ImportError, ImportResult, ImportWarning, Origin, Place } from './types.ts';
export { parseCsv } from './csv.ts';
export { importOrganogram, type OrganogramInput } from './organogram.ts';
export { importHr } from './hr.ts';
export { formatMapping, guessMapping, MAPPING_FIELDS, parseMapping, type Mapping, type MappingField } from './mapping.ts';
export { changesOf, deriveSteps } from './derive.ts';
export { addReturnAsOption, workspaceOf, type LaterReturn } from './returns.ts';
export type { StructureLabels } from './identity.ts';
