import type { Command } from './command.ts';

/** Every command of the CLI; each lives in its own file under src/cli/. */
export const commands: Command[] = [];
