import { basename } from 'node:path';
import { serializeWorkspace, validateWorkspace } from '../io/index.ts';
import { addReturnAsOption, decodeCsv, importHr, importOrganogram, parseMapping, workspaceOf, type CsvFile, type ImportError, type ImportResult } from '../import/index.ts';
import { encodingNote, errorWords, importSummary, strictRefusal, warningWords } from '../words/import.ts';
import { fileProblemWords } from '../words/fileProblems.ts';
import { parseArgs, UsageError, type CliIo, type Command, type CommandOutput } from './command.ts';
import { loadWorkspace } from './load.ts';
import { readFailureOf } from './readInput.ts';
import { importInvalid, readFailureWords, USAGE, usageErrors } from '../words/cli.ts';

function readCsv(path: string, io: CliIo): CsvFile | ImportError {
  try {
    if (!io.readBytes) return { name: basename(path), text: io.readText(path) };
    return { name: basename(path), ...decodeCsv(io.readBytes(path)) };
  } catch (e) {
    return { kind: 'unreadable', file: path, reason: 'cannot-open', detail: readFailureWords(readFailureOf(e)) };
  }
}

const failed = (errors: readonly ImportError[], warnings: string[] = []): CommandOutput => ({ code: 1, stderr: [...warnings, ...errors.map(errorWords)] });

/**
 * `import` (people.md, "Command line"): an organogram return (senior, optionally junior) or an HR export with
 * `--map`, written as a new workspace (`--out`) or added to one as an option (`--into`, written in place).
 * Warnings go to standard error, one a line; `--strict` makes them errors. On any error nothing is written.
 */
export const importCommand: Command = {
  name: 'import',
  usage: USAGE.import,
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['--out', '--into', '--option-id', '--from', '--title', '--as-of', '--map'], ['--strict']);
    const str = (f: string): string | undefined => {
      const v = flags.get(f);
      return typeof v === 'string' ? v : undefined;
    };
    const [out, into, optionId, map, asOf] = [str('--out'), str('--into'), str('--option-id'), str('--map'), str('--as-of')];
    if ((out === undefined) === (into === undefined)) throw new UsageError(usageErrors.outOrInto);
    if (into !== undefined && optionId === undefined) throw new UsageError(usageErrors.intoNeedsOptionId);
    if (into === undefined && (optionId !== undefined || flags.has('--from'))) throw new UsageError(usageErrors.optionIdWithInto);
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(usageErrors.asOf(asOf));
    if (map !== undefined ? positional.length !== 1 : positional.length < 1 || positional.length > 2) {
      throw new UsageError(map !== undefined ? usageErrors.takes.importHr : usageErrors.takes.import);
    }

    const files = positional.map((p) => readCsv(p, io));
    const unread = files.filter((f): f is ImportError => 'kind' in f);
    if (unread.length > 0) return failed(unread);
    const [first, second] = files as CsvFile[];
    const labels = { title: str('--title'), asOf };
    let result: ImportResult;
    if (map !== undefined) {
      const mapping = parseMapping(map);
      if (!mapping.ok) return failed([mapping.error]);
      result = importHr(first!, mapping.mapping, labels);
    } else {
      result = importOrganogram({ senior: first!, junior: second }, labels);
    }
    const notes = (files as CsvFile[]).filter((f) => f.encoding && f.encoding !== 'utf-8').map((f) => encodingNote(f.name, f.encoding!));
    const warnings = [...notes, ...result.warnings.map(warningWords)];
    if (!result.ok) return failed(result.errors, warnings);
    if (flags.has('--strict') && warnings.length > 0) return { code: 1, stderr: [...warnings, strictRefusal(warnings.length)] };

    const summary = (steps?: number) => importSummary(positional.map((p) => basename(p)), result.rows, result.structure.nodes.length, warnings.length, steps);
    if (out !== undefined) {
      const made = validateWorkspace(workspaceOf(result.structure));
      if (!made.ok) return { code: 1, stderr: [...warnings, ...made.errors.map((e) => importInvalid.newWorkspace(out, fileProblemWords(e)))] };
      return { code: 0, stdout: summary(), stderr: warnings, files: [{ path: out, content: serializeWorkspace(made.workspace) }] };
    }
    const loaded = loadWorkspace(into!, io);
    if (!loaded.ok) return { code: 1, stderr: [...warnings, ...loaded.stderr] };
    const added = addReturnAsOption(loaded.workspace, { structure: result.structure, file: basename(positional[0]!), origins: result.origins }, {
      optionId: optionId!,
      from: str('--from'),
      title: str('--title'),
    });
    if (!added.ok) return failed([added.error], warnings);
    const valid = validateWorkspace(added.workspace);
    if (!valid.ok) return { code: 1, stderr: [...warnings, ...valid.errors.map((e) => importInvalid.into(into!, fileProblemWords(e)))] };
    return {
      code: 0,
      stdout: summary(added.option.steps.length),
      stderr: warnings,
      files: [{ path: into!, content: serializeWorkspace(added.workspace), inPlace: true }],
    };
  },
};
