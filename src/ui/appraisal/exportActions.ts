import { downloadBlob, fileStem } from '../download.ts';

/** Offers the table as `<title>-appraisal.csv`; a byte-order mark lets spreadsheet programs read it as UTF-8. */
export function downloadCsv(csv: string, title: string): void {
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), `${fileStem(title)}-appraisal.csv`);
}

/** Puts text on the clipboard; false when the browser has no clipboard or refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
