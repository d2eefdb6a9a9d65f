import { seeded } from './random.ts';

const SENIOR = 'Post Unique Reference,Name,Grade (or equivalent),Job Title,Job/Team Function,Parent Department,Organisation,Unit,Contact Phone,Contact E-mail,Reports to Senior Post,Salary Cost of Reports (£),FTE,Actual Pay Floor (£),Actual Pay Ceiling (£),,Professional/Occupational Group,Notes,Valid?';
const JUNIOR = 'Parent Department,Organisation,Unit,Reporting Senior Post,Grade,Payscale Minimum (£),Payscale Maximum (£),Generic Job Title,Number of Posts in FTE,Professional/Occupational Group';
const GRADES = ['AA', 'AO', 'EO', 'HEO', 'SEO', 'Grade 7', 'Grade 6'];
const TITLES = ['Administrator', 'Caseworker', 'Policy Adviser', 'Analyst', 'Project Manager', 'Team Leader', 'Inspector'];

/**
 * A synthetic organogram return the size of the largest real one (people.md: 12,000+ rows): `posts` senior rows
 * in a tree (ten reports to a post at most, a few job shares, 'Eliminated' and N/D rows, quoted descriptions with
 * commas) and `juniorRows` junior rows under them. `drift` (0..1) changes that share of posts' managers, holders
 * and junior FTE, for a later return of the same body.
 */
export function generateReturn(opts: { posts: number; juniorRows: number; seed?: number; drift?: number }): { senior: string; junior: string } {
  const rnd = seeded(opts.seed ?? 7);
  const drift = seeded(99);
  const changed = () => opts.drift !== undefined && drift.next() < opts.drift;
  const senior = [SENIOR];
  for (let i = 0; i < opts.posts; i++) {
    const ref = `POST-${i}`;
    const to = i === 0 ? 'XX' : `POST-${changed() ? rnd.int(i) : Math.floor((i - 1) / 10)}`;
    const name = i % 97 === 5 ? "'Eliminated'" : i % 3 === 0 ? 'N/D' : `Person ${(i * 7919).toString(16).toUpperCase()}${changed() ? 'X' : ''}`;
    const floor = 60000 + rnd.int(12) * 5000;
    const row = [ref, name, i === 0 ? 'SCS4' : 'SCS1', `Director ${i}`, '"Leads the unit, its staff, and its budget"', 'Home Office', 'Home Office', `Unit ${i % 50}`, '', '', to, '0', i % 53 === 7 ? '0.5' : '1', String(floor), String(floor + 4999), '', 'Policy', '', ''];
    senior.push(row.join(','));
    if (i % 53 === 7) senior.push([ref, 'Person SHARE', ...row.slice(2)].join(','));
  }
  const junior = [JUNIOR];
  for (let j = 0; j < opts.juniorRows; j++) {
    const post = rnd.int(opts.posts);
    const g = rnd.int(GRADES.length);
    const min = 18000 + g * 6000;
    const fte = (1 + rnd.int(40) + (changed() ? 1 : 0)).toString();
    junior.push(['Home Office', 'Home Office', `Unit ${post % 50}`, `POST-${post}`, GRADES[g], String(min), String(min + 5000), TITLES[rnd.int(TITLES.length)], fte, 'Operational Delivery'].join(','));
  }
  return { senior: senior.join('\r\n'), junior: junior.join('\r\n') };
}
