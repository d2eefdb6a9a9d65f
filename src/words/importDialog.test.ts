import { importedNotice } from './import.ts';
import { filesUnreadable, importingFiles, importPreview, progressWords, workspaceNotImported } from './importDialog.ts';

describe('import dialog words', () => {
  it('say how far an import has got in rows or in kB / MB', () => {
    expect(progressWords(null)).toBe('Reading…');
    expect(progressWords({ stage: 'rows', rows: 123_456 })).toBe('Reading… 123,456 rows');
    expect(progressWords({ stage: 'reading', bytes: 20_512_345 })).toBe('Reading… 20.5 MB');
    expect(progressWords({ stage: 'checking', bytes: 800 })).toBe('Checking… 1 kB');
    expect(importingFiles(['a.csv', 'b.csv'], { stage: 'rows', rows: 2 })).toBe('Importing "a.csv", "b.csv": Reading… 2 rows');
  });

  it('count what is not listed, naming it', () => {
    expect(importPreview.moreWarnings(199_900)).toBe('… and 199,900 more warnings');
    expect(importPreview.moreErrors(1)).toBe('… and 1 more error');
    expect(importPreview.warnings(1)).toBe('1 warning (nothing is left out without one)');
  });

  it('show control characters in a file name and isolate right-to-left ones, so the sentence keeps its order', () => {
    expect(workspaceNotImported('evil\u202Egnp.json')).not.toContain('\u202E');
    expect(filesUnreadable(['\u05E9\u05DC\u05D5\u05DD.csv'], 'gone')).toBe('"\u2068\u05E9\u05DC\u05D5\u05DD.csv\u2069" could not be read: gone');
  });
});

describe('the notice after an import', () => {
  it('counts warnings as the preview does (200,000, not 200000)', () => {
    expect(importedNotice('staff', false, 200_000)).toBe('Imported "staff" as a new workspace. 200,000 warnings: listed below.');
  });
});
