import { importedWithConflicts } from './conflicts.ts';
import { importedNotice } from './import.ts';
import { NOTICE } from './notices.ts';

/**
 * The one notice after a workspace is imported (a workspace file, or a CSV import made into a new workspace):
 * "Imported “Ofsted, 2011-03-31”." with nothing to add; with the import's warnings, their count ("… as a new
 * workspace. 4 warnings: listed below."); with steps that no longer apply, those first, then the warnings' count.
 * `conflicts` and `warnings` are counts of the lines the notice lists.
 */
export function importNotice(title: string, conflicts: number, warnings: number, asNewWorkspace: boolean): string {
  if (conflicts > 0) {
    const more = warnings === 0 ? '' : ` ${warnings.toLocaleString('en-GB')} warning${warnings === 1 ? '' : 's'} from the import: listed below.`;
    return `${importedWithConflicts(title, conflicts)}${more}`;
  }
  return asNewWorkspace ? importedNotice(title, false, warnings) : NOTICE.imported(title);
}
