/**
 * Words of the command line (format.md, "Command line"; people.md, "Command line"): each command's usage, the
 * refusals of wrong arguments, why a file cannot be read or written, and the lines `check` and `diff` print
 * around the shared change words. Pure: typed values in, strings out. Values the officer typed are shown with
 * `shownValue` (quoted, cut, control characters shown).
 */
import type { DecodeProblem } from '../io/index.ts';
import { decodeWords } from './fileProblems.ts';
import { options as countOptions, postsAndUnits } from './officerTerms.ts';
import { shownValue } from './text.ts';

/** The script officers run: every usage line starts with it. */
const SCRIPT = 'npm run -s cli --';

/** Each command's usage, as `usage:` and the command list print it. */
export const USAGE = {
  check: 'check FILE',
  diff: 'diff FILE FROM TO [--json]',
  apply: 'apply FILE ID',
  export: 'export FILE ID [--out PATH] [--changes] [--compare OTHER_ID] [--page a4|a3|fit] [--orientation landscape|portrait] [--hide-names] [--people]',
  appraise: 'appraise FILE [--json|--csv|--md]',
  import:
    'import SENIOR.csv [JUNIOR.csv] (--out WS.json [--as-of YYYY-MM-DD] | --into WS.json --option-id ID [--from ID]) [--title T] [--strict]\n' +
    '         import HR.csv --map MAPPING (--out WS.json | --into WS.json --option-id ID [--from ID]) [--title T] [--strict]',
} as const;

/** The ways to ask for usage (exit 0, on standard output): `help`, `--help` or `-h`, alone or after a command. */
export const HELP = { command: 'help', flags: ['--help', '-h'], usage: 'help [COMMAND]' } as const;

/** "usage: npm run -s cli -- check FILE" */
export const usageLine = (usage: string): string => `usage: ${SCRIPT} ${usage}`;

/** No command, or one the CLI does not have: what was asked (if anything), then every command's usage. */
export function commandList(asked: string | undefined, usages: readonly string[]): string {
  const unknown = asked ? `unknown command ${shownValue(asked)}\n` : '';
  return `${unknown}${usageLine('<command> …')}\n${usages.map((u) => `  ${u}`).join('\n')}`;
}

/** A command given the wrong arguments (exit 2); each is followed by the command's usage line. */
export const usageErrors = {
  /** "check takes one FILE": the positional arguments a command wants. */
  takes: {
    check: 'check takes one FILE',
    diff: 'diff takes FILE FROM TO',
    apply: 'apply takes FILE ID',
    export: 'export takes FILE ID',
    appraise: 'appraise takes one FILE',
    import: 'import takes SENIOR.csv and optionally JUNIOR.csv',
    importHr: 'an HR import takes one HR.csv',
  },
  needsValue: (flag: string): string => `${flag} needs a value`,
  unknownOption: (flag: string): string => `unknown option ${flag}`,
  chooseOne: (flags: readonly string[]): string => `choose one of ${flags.join(', ')}`,
  page: (given: string): string => `--page must be a4, a3 or fit, not ${shownValue(given)}`,
  orientation: (given: string): string => `--orientation must be landscape or portrait, not ${shownValue(given)}`,
  orientationNeedsSheet: '--orientation needs --page a4 or --page a3',
  changesOrCompare: 'use --changes or --compare OTHER_ID, not both',
  outOrInto: 'give one of --out WS.json or --into WS.json',
  intoNeedsOptionId: '--into needs --option-id ID',
  optionIdWithInto: '--option-id and --from go with --into',
  asOf: (given: string): string => `--as-of must be YYYY-MM-DD, not ${shownValue(given)}`,
} as const;

/** Why the command line does not read a file: the system's refusal, or its own rules for inputs. */
export type ReadFailure =
  | { kind: 'missing' }
  | { kind: 'folder' }
  | { kind: 'denied' }
  /** A device such as /dev/zero, a pipe or a socket: only regular files are read. */
  | { kind: 'not-regular' }
  /** Larger than the cap, in bytes; `size` null when found while reading (the file grew). */
  | { kind: 'too-large'; size: number | null; cap: number }
  /** The bytes are not text the format allows: where and why (io/problems.ts). */
  | { kind: 'not-text'; problem: DecodeProblem }
  /** Any other refusal, by the system's code (EMFILE, EIO …). */
  | { kind: 'system'; code: string };

const mib = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** "no such file", "too large: 300 MiB, and the limit is 256 MiB" … */
export function readFailureWords(f: ReadFailure): string {
  switch (f.kind) {
    case 'missing':
      return 'no such file';
    case 'folder':
      return 'is a folder, not a file';
    case 'denied':
      return 'permission denied';
    case 'not-regular':
      return 'not a regular file (a device, pipe or socket); give a workspace file';
    case 'too-large':
      return f.size === null ? `too large: more than the limit of ${mib(f.cap)}` : `too large: ${mib(f.size)}, and the limit is ${mib(f.cap)}`;
    case 'not-text':
      return decodeWords(f.problem);
    case 'system':
      return f.code;
  }
}

/** "ws.json: cannot read: no such file" */
export const cannotRead = (path: string, f: ReadFailure): string => `${path}: cannot read: ${readFailureWords(f)}`;

/** An id that is neither the baseline nor an option: "ws.json: no structure or option "x" (there are: a, b)". */
export const noStructure = (path: string, id: string, known: readonly string[]): string =>
  `${path}: no structure or option ${shownValue(id)} (there are: ${known.join(', ')})`;

/** An output path that is one of the command's inputs: refused, so a workspace is never replaced by a chart. */
export const outputIsInput = (command: string, path: string, input: string): string =>
  `${command}: refusing to write ${path}: it is the input file ${input}; choose another --out`;

/** A write that failed; the file there is as it was (writes go through a temporary file). */
export const cannotWrite = (command: string, path: string, reason: string): string =>
  `${command}: cannot write ${path}: ${reason}; nothing was changed there`;

/** A failure the command did not foresee, without a stack trace: "export: out of memory". */
export const commandFailed = (command: string, message: string): string => `${command}: ${message}`;

/** An error line cut to its first part: "… (line cut: 3,000,000 characters)". */
export const lineCut = (start: string, length: number): string => `${start}… (line cut: ${length.toLocaleString('en-GB')} characters)`;

/** `check` on a valid workspace (its wording is ours: format.md fixes only the exit codes): `ws.json: valid — "Review", 24 posts and units, 5 options; baseline 1,150 FTE, no pay recorded`. */
export function validLine(path: string, title: string, nodes: number, options: number, baselineStaffing: string | null): string {
  return `${path}: valid — "${title}", ${postsAndUnits(nodes)}, ${countOptions(options)}${baselineStaffing === null ? '' : `; baseline ${baselineStaffing}`}`;
}

/** `diff`'s staffing lines: both structures, the change, then one line per organisation or node. */
export const diffStaffing = {
  heading: (from: string, to: string): string => `Staffing: ${from} → ${to}`,
  change: (change: string): string => `  Change: ${change}`,
  organisation: (name: string, from: string, to: string): string => `  ${name}: ${from} → ${to}`,
  node: (name: string, change: 'added' | 'removed' | 'changed', fte: string, cost: string): string => `  ${name} (${change}): ${fte}, ${cost}`,
} as const;

/** `import` with a result that would not make a valid workspace: nothing is written. */
export const importInvalid = {
  newWorkspace: (out: string, error: string): string => `${out}: the import would not be a valid workspace, so nothing was written: ${error}`,
  into: (into: string, error: string): string => `${into}: the import would make this invalid, so nothing was written: ${error}`,
} as const;
