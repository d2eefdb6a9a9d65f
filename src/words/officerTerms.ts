/**
 * The field's words for the things a structure holds, in place of the format's "node" (format.md "Node": every
 * post, unit, body and elected member): what the app, the command line and the exports count and point at.
 */
import { counted } from './lists.ts';

/** One thing in a structure, whatever its kind. */
export const POST_OR_UNIT = 'post or unit';
/** Several, whatever their kinds. */
export const POSTS_AND_UNITS = 'posts and units';

/** "1 post or unit", "24 posts and units". */
export const postsAndUnits = (n: number): string => counted(n, POST_OR_UNIT, POSTS_AND_UNITS);

/** A count of line reports (span of control): "1 direct report", "3 direct reports". */
export const directReports = (n: number): string => counted(n, 'direct report');

/** "1 option", "5 options". */
export const options = (n: number): string => counted(n, 'option');
