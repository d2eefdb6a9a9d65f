// @vitest-environment jsdom
import { hrExportWithBadManagers } from '../../../test/support/badImports.ts';
import { ImportEnded, startImportJob } from './importJob.ts';

const SIZE = { nodes: 8, listed: 100 };
const staff = () => new File([hrExportWithBadManagers(3)], 'staff.csv', { type: 'text/csv' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('import jobs', () => {
  it('in the page (no Worker, as in jsdom): open, run and commit, reporting progress', async () => {
    const job = startImportJob();
    const seen: string[] = [];
    const opened = await job.open([staff()], (p) => seen.push(p.stage));
    expect(opened).toMatchObject({ kind: 'csv', plan: { kind: 'hr', file: { name: 'staff.csv' } } });
    const preview = await job.run({ id: 'Employee ID', manager: 'Manager ID', name: 'Job Title' }, SIZE, (p) => seen.push(p.stage));
    expect(preview).toMatchObject({ ok: true, nodes: 3, warningCount: 3 });
    expect(seen).toEqual(['reading', 'rows']);
    const made = await job.asWorkspace();
    expect(made.result.ok).toBe(true);
    expect(made.lines).toHaveLength(3);
    expect(made.lines[0]).toMatch(/^staff\.csv row 2, column "Manager ID": reports to "M0"/);
  });

  it('ended: what is pending and what comes later is refused with ImportEnded', async () => {
    const job = startImportJob();
    const opening = job.open([staff()]);
    job.end();
    await expect(opening).rejects.toBeInstanceOf(ImportEnded);
    await expect(job.run({}, SIZE)).rejects.toBeInstanceOf(ImportEnded);
  });

  it('a worker that cannot start (a policy blocks its script) is replaced by the page, its held calls made there', async () => {
    const made: string[] = [];
    class BlockedWorker extends EventTarget {
      constructor(url: URL) {
        super();
        made.push(String(url));
        setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'blocked' })), 5);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', BlockedWorker);
    const job = startImportJob();
    const opened = await job.open([staff()]);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/import\.worker\.ts/);
    expect(opened.kind).toBe('csv');
    expect(await job.run({ id: 'Employee ID', name: 'Job Title' }, SIZE)).toMatchObject({ ok: true, nodes: 3 });
    expect(made).toHaveLength(1);
  });

  it('a worker that stops after answering fails what it held, naming why', async () => {
    class DyingWorker extends EventTarget {
      postMessage(m: { id: number; call: string }) {
        setTimeout(() => {
          this.dispatchEvent(Object.assign(new Event('message'), { data: { id: m.id, type: 'progress', progress: { stage: 'reading', bytes: 1 } } }));
          this.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
        }, 5);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', DyingWorker);
    await expect(startImportJob().open([staff()])).rejects.toThrow('out of memory');
  });
});
