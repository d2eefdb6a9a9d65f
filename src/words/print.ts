/**
 * Words on printed Board pages that run to several sheets: page numbers, continuation marks and the refusal to
 * put several pages on standard output (issue 12, part 4). Pure functions of numbers and names.
 */

/** "Page 2 of 9". */
export function pageOf(page: number, total: number): string {
  return `Page ${page} of ${total}`;
}

/** The mark under a box whose reports are drawn on another page: "+12, continued on page 3". */
export function continuedOn(hidden: number, page: number): string {
  return `+${hidden}, continued on page ${page}`;
}

/** What a branch page shows, after its page number. */
export function branchLine(rootName: string, fromPage: number | null): string {
  return fromPage === null ? `${rootName} and the posts below` : `${rootName} and the posts below, continued from page ${fromPage}`;
}

/**
 * A page of one manager's reports when they do not all fit on one: "Director: reports 61 to 120 of 451", and
 * where the manager's box was continued from. `managerName` null: the boxes at the top of the chart.
 */
export function reportsPart(managerName: string | null, from: number, to: number, total: number, fromPage: number | null): string {
  const range = from === to ? `${from} of ${total}` : `${from} to ${to} of ${total}`;
  const what = managerName === null ? `top-level boxes ${range}` : `${managerName}: reports ${range}`;
  return fromPage === null ? what : `${what}, continued from page ${fromPage}`;
}

/** The heading of the change table on a page after its first: "Changes (42), continued from page 3". */
export function tableContinued(heading: string, fromPage: number): string {
  return `${heading}, continued from page ${fromPage}`;
}

/** The note under a part of the change table that goes on: "Continued on page 5." */
export function tableContinuesOn(page: number): string {
  return `Continued on page ${page}.`;
}

/** The key's entry for a continuation mark, and its sample, worded as the mark is (`continuedOn`). */
export const CONTINUED_KEY = 'Continued on the page given (count of posts below)';
export const CONTINUED_SAMPLE = '+N, continued on page N';

/** Refusal to write several pages where one file was asked for. */
export function severalPagesRefused(pages: number): string {
  return `this export needs ${pages} pages to keep its text at 7 pt or more: give --out NAME.svg to write NAME-1.svg to NAME-${pages}.svg, or use --page fit for one large page`;
}

/** The files a paginated export writes: "wrote 9 pages: chart-1.svg to chart-9.svg". */
export function pagesWritten(first: string, last: string, pages: number): string {
  return pages === 1 ? `wrote ${first}` : `wrote ${pages} pages: ${first} to ${last}`;
}

/** The worded badge on a link added or removed, drawn on the link itself (issue 12, part 5). */
export const LINK_MARK_BADGE = { added: 'NEW LINK', removed: 'LINK REMOVED' } as const;

/** The key's entries for links added or removed. */
export const LINK_MARK_KEY = { added: 'Link added', removed: 'Link removed (drawn where it was)' } as const;

/** A link's badge on the comparison: its change numbers, then the words: "4 NEW LINK". */
export function numberedLinkBadge(numbers: readonly number[], mark: 'added' | 'removed' | undefined): string {
  const nums = numbers.join(', ');
  return mark ? `${nums} ${LINK_MARK_BADGE[mark]}`.trim() : nums;
}

/** The app's export dialog. */
export const EXPORT_DIALOG = {
  title: 'Export chart',
  what: 'What',
  pane: 'The pane last used, as shown',
  comparison: 'Comparison of the two panes, with the change table',
  format: 'Format',
  page: 'Page',
  fit: 'Fitted to the chart (one page, any size)',
  a4: 'A4',
  a3: 'A3',
  orientation: 'Orientation',
  landscape: 'Landscape',
  portrait: 'Portrait',
  hideNames: 'Hide post holders’ names (publication, FOI)',
  legible: 'On A4 or A3 no text prints below 7 pt: a chart that does not fit is split into numbered pages.',
  export: 'Export',
  close: 'Close',
} as const;

/** After an export: "Downloaded 5 pages: chart-1.svg to chart-5.svg." or "Downloaded chart.svg." */
export function downloadedPages(files: readonly string[]): string {
  if (files.length === 1) return `Downloaded ${files[0]}.`;
  return `Downloaded ${files.length} pages: ${files[0]} to ${files[files.length - 1]}. If your browser kept some back, download them one by one:`;
}

/** A button for one page of several (the file name is in the message above the buttons). */
export function downloadPage(page: number): string {
  return `Page ${page}`;
}

/**
 * The mark on a box for a link whose other end is drawn on another page: "→ Head of Finance, page 3" for a link
 * from this box, "←" for one to it; ", removed" after a link removed (drawn where it was). `name` is the other
 * end's name, already cut to fit.
 */
export function offPageMark(direction: 'to' | 'from', name: string, page: number, removed = false): string {
  return `${direction === 'to' ? '→' : '←'} ${name}, page ${page}${removed ? ', removed' : ''}`;
}

/** The mark on a box with several such links: "3 links to pages 1 and 4", or "3 links to other pages" (`pages` null). */
export function offPageMarks(count: number, pages: readonly number[] | null): string {
  if (pages === null) return `${count} links to other pages`;
  return pages.length === 1 ? `${count} links to page ${pages[0]}` : `${count} links to pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;
}

/**
 * The same mark in full, for its tooltip and a screen reader: "Dotted-line reporting to Head of Finance, on page 3";
 * a link removed (drawn where it was): "Dotted-line reporting, removed, to …".
 */
export function offPageTitle(kind: string, direction: 'to' | 'from', name: string, page: number, removed = false): string {
  return `${kind}${removed ? ', removed,' : ''} ${direction} ${name}, on page ${page}`;
}

/** The key's entry for the off-page mark, and its sample. */
export const OFF_PAGE_KEY = 'Link to a box on another page (its name and page)';
export const OFF_PAGE_SAMPLE = '→ Name, page N';
