import type { Command } from './command.ts';
import { appraise } from './appraise.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { diff } from './diff.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';

/** Every command of the CLI; each lives in its own file under src/cli/. */
export const commands: Command[] = [check, diff, apply, exportCommand, appraise, importCommand];
