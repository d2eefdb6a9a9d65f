import { benchCli } from './cli.ts';
import { benchCore } from './core.ts';
import { benchDepth } from './depth.ts';
import { benchExport } from './export.ts';
import { benchImport } from './import.ts';
import { benchPaginate } from './paginate.ts';
import { benchPeople } from './people.ts';

const rows = [...benchCli(), ...benchDepth(), ...benchPaginate(), ...benchCore(), ...benchExport(), ...benchPeople(10_000), ...benchPeople(100_000), ...benchImport()];
const missed = rows.filter((r) => r.pass === false);
console.log(missed.length === 0 ? '\nAll targets met.' : `\nMissed: ${missed.map((r) => r.name).join('; ')}`);
console.log('The browser figures (first chart, split view, drag) come from `npm run bench:browser`.');
