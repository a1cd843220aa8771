/**
 * `ilacs cadence` as a user runs it: from a real draft, from history files in YAML and CSV, as text,
 * JSON and SVG, with located errors for bad input; and the replay of Ofsted's official inspection
 * history, whose figures the README quotes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planCadence, type CadencePlan } from '@ilacs/core/cadence';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, corpusDraftsDir, ilacs, repoRoot, scratchFolder } from './cli-support.js';

const dataDir = resolve(repoRoot, '../shared/corpus/data');
const officialHistory = join(dataDir, 'ofsted-la-inspection-outcomes-2025--ilacs-inspection-history.csv');
let scratch: ReturnType<typeof scratchFolder> | undefined;

beforeAll(() => {
  expect(existsSync(cliPath), 'build the CLI first: pnpm build').toBe(true);
});
afterEach(() => {
  scratch?.remove();
  scratch = undefined;
});

const leedsYaml = `authority: Leeds
events:
  - type: short-inspection
    dates: 2018-10-29 to 2018-11-02
    overall_effectiveness: outstanding
    published: 2018-12-13
  - type: focused-visit
    dates: 2019-11-12 to 2019-11-13
  - type: standard-inspection
    dates: 2022-02-21 to 2022-03-04
    overall_effectiveness: outstanding
    published: 2022-05-09
`;

const leedsCsv = `authority,type,start,end,overall_effectiveness,published
Leeds,short-inspection,2018-10-29,2018-11-02,outstanding,2018-12-13
Leeds,focused-visit,2019-11-12,2019-11-13,,
Leeds,standard-inspection,2022-02-21,2022-03-04,Outstanding,2022-05-09
`;

type PlanJson = CadencePlan & { authority: string | null };

describe('ilacs cadence from a history file', () => {
  it('prints the same plan from YAML and CSV, and the same as the core engine', () => {
    scratch = scratchFolder({ 'leeds.yaml': leedsYaml, 'leeds.csv': leedsCsv });
    const fromYaml = ilacs(['cadence', '--today', '2025-03-04', '--format', 'json', 'leeds.yaml'], { cwd: scratch.root });
    const fromCsv = ilacs(['cadence', '--today', '2025-03-04', '--format', 'json', 'leeds.csv'], { cwd: scratch.root });
    expect(fromYaml.status, fromYaml.stderr).toBe(0);
    expect(fromCsv.status, fromCsv.stderr).toBe(0);
    const plan = JSON.parse(fromYaml.stdout) as PlanJson;
    expect(JSON.parse(fromCsv.stdout)).toEqual(plan);
    expect(plan.authority).toBe('Leeds');
    const expected = planCadence(
      [
        {
          type: 'short-inspection',
          dates: { start: '2018-10-29', end: '2018-11-02' },
          overallEffectiveness: 'outstanding',
          published: '2018-12-13',
        },
        { type: 'focused-visit', dates: { start: '2019-11-12', end: '2019-11-13' } },
        {
          type: 'standard-inspection',
          dates: { start: '2022-02-21', end: '2022-03-04' },
          overallEffectiveness: 'outstanding',
          published: '2022-05-09',
        },
      ],
      { today: '2025-03-04' },
    );
    expect(plan).toEqual({ authority: 'Leeds', ...JSON.parse(JSON.stringify(expected)) });
    expect(plan.next?.type).toBe('short-inspection');
    expect(plan.visitsBetween?.done).toBe(0);
  });

  it('prints a readable timeline with the window and what is due', () => {
    scratch = scratchFolder({ 'leeds.yaml': leedsYaml });
    const run = ilacs(['cadence', '--today', '2025-03-04', 'leeds.yaml'], { cwd: scratch.root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Leeds: ILACS cadence as at 4 March 2025/);
    expect(run.stdout).toMatch(
      /2022-02-21 {2}Standard inspection +Outstanding; 21 February to 4 March 2022; ILACS 2018; published 9 May 2022 \(43 working days\)/,
    );
    expect(run.stdout).toMatch(
      /Short inspection: authorities judged outstanding get a short inspection next\.\n {4}Window .* \(open now\)/,
    );
    expect(run.stdout).toMatch(/Focused visits: at least 1 before the next inspection, 0 so far; expected by/);
  });

  it('draws an SVG timeline titled with the authority', () => {
    scratch = scratchFolder({ 'leeds.yaml': leedsYaml });
    const run = ilacs(['cadence', '--today', '2025-03-04', '--format', 'svg', 'leeds.yaml'], { cwd: scratch.root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(run.stdout).toContain('>Leeds</text>');
    expect(run.stdout).toContain('Next short inspection window');
    expect(run.stdout).toContain('Today 4 March 2025');
  });

  it('moves the window with --pause and --no-pause', () => {
    scratch = scratchFolder({ 'leeds.yaml': leedsYaml.replace(/ {2}- type: standard-inspection[\s\S]*$/, '') });
    const windowFor = (...extra: string[]) =>
      (
        JSON.parse(
          ilacs(['cadence', '--today', '2021-01-01', '--format', 'json', ...extra, 'leeds.yaml'], { cwd: scratch!.root }).stdout,
        ) as PlanJson
      ).next!.window;
    expect(windowFor('--no-pause').closes).toBe('2022-04-29');
    expect(windowFor('--pause', '2021-04-30..2021-05-09').closes).toBe('2022-05-09');
    expect(windowFor().closes > windowFor('--no-pause').closes).toBe(true);
  });

  it('points at the line and column of bad input, with exit code 2', () => {
    scratch = scratchFolder({
      'bad.yaml': leedsYaml.replace('dates: 2019-11-12 to 2019-11-13', 'dates: 2019-11-13 to 2019-11-12'),
      'bad.csv': leedsCsv.replace('focused-visit', 'focussed-visit'),
      'broken.yaml': 'events:\n  - type: [unclosed\n',
    });
    const yaml = ilacs(['cadence', 'bad.yaml'], { cwd: scratch.root });
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toBe('ilacs cadence: bad.yaml:8:12: events[1].dates: the last day is before the first\n');
    const csv = ilacs(['cadence', 'bad.csv'], { cwd: scratch.root });
    expect(csv.status).toBe(2);
    expect(csv.stderr).toMatch(/^ilacs cadence: bad\.csv:3:1: column type: /);
    const broken = ilacs(['cadence', 'broken.yaml'], { cwd: scratch.root });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^ilacs cadence: broken\.yaml:\d+:\d+: invalid YAML/);
    expect(ilacs(['cadence', '--today', '4 March', 'bad.yaml'], { cwd: scratch.root }).status).toBe(2);
  });
});

describe('ilacs cadence on input that once crashed it', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  ];
  const focusedVisits = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `  - {type: focused-visit, dates: 2019-11-${String(11 + (i % 3)).padStart(2, '0')} to 2019-11-${String(12 + (i % 3)).padStart(2, '0')}}\n`,
    ).join('');

  it('plans a history dated 9999 as text, JSON and SVG', () => {
    scratch = scratchFolder({
      'far.yaml':
        'authority: Leeds\nevents:\n  - type: standard-inspection\n    dates: 9999-01-04 to 9999-01-15\n    overall_effectiveness: good\n    published: 9999-12-31\n',
    });
    for (const format of ['text', 'json', 'svg']) {
      const run = ilacs(['cadence', '--today', '2025-06-01', '--format', format, 'far.yaml'], { cwd: scratch.root });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(/NaN|Invalid/);
    }
    const plan = JSON.parse(
      ilacs(['cadence', '--today', '2025-06-01', '--format', 'json', 'far.yaml'], { cwd: scratch.root }).stdout,
    ) as PlanJson;
    expect(plan.next?.window.closes).toBe('9999-12-31');
    expect(plan.events[0]!.publicationLag).toBeGreaterThan(200);
  });

  it('refuses a YAML alias bomb with the line and column of its first alias', () => {
    scratch = scratchFolder({
      'bomb.yaml': `${bomb.join('\n')}\nauthority: Leeds\nevents: [*d]\n`,
      'bomb.md': `---\nilacs: short-inspection\nlocal_authority: Leeds\ndates: 2025-01-20 to 2025-01-24\n${bomb.join('\n')}\n---\n\n# Title\n`,
    });
    const history = ilacs(['cadence', 'bomb.yaml'], { cwd: scratch.root });
    expect(history.status).toBe(2);
    expect(history.stderr).toMatch(/^ilacs cadence: bomb\.yaml:2:8: invalid YAML: .*alias/);
    // In a draft, as the lint reports it.
    const draft = ilacs(['cadence', 'bomb.md'], { cwd: scratch.root });
    expect(draft.status).toBe(2);
    expect(draft.stderr).toMatch(/^ilacs cadence: bomb\.md:2:1: YAML: .*alias/);
  });

  it('prints a long history, and refuses one far past any authority’s at the line where the limit is passed', () => {
    const head =
      'authority: Leeds\nevents:\n  - {type: standard-inspection, dates: 2019-01-07 to 2019-01-18, overall_effectiveness: good}\n';
    const blockStyle = (count: number) => '  - type: focused-visit\n    dates: 2019-11-12 to 2019-11-13\n'.repeat(count);
    scratch = scratchFolder({
      'long.yaml': head + focusedVisits(1500),
      'huge.yaml': head + blockStyle(50_000),
      'flow.yaml': head + focusedVisits(50_000),
    });
    const long = ilacs(['cadence', '--today', '2025-06-01', 'long.yaml'], { cwd: scratch.root });
    expect(long.status, long.stderr).toBe(0);
    expect(long.stdout).toMatch(/1500 so far/);
    const huge = ilacs(['cadence', 'huge.yaml'], { cwd: scratch.root });
    expect(huge.status).toBe(2);
    // The third line's two commas count with the lines: the limit is passed on line 9,999.
    expect(huge.stderr).toBe(
      "ilacs cadence: huge.yaml:9999:1: more than 10000 lines and comma-separated items: a history holds one authority's inspections and visits, a few dozen; the file was not read\n",
    );
    const flow = ilacs(['cadence', 'flow.yaml'], { cwd: scratch.root });
    expect(flow.stderr).toMatch(/^ilacs cadence: flow\.yaml:2003:5: more than 2000 flow collections/);
    const rows = `type,dates\n${'focused-visit,2019-11-12 to 2019-11-13\n'.repeat(20_000)}`;
    scratch.write('huge.csv', rows);
    expect(ilacs(['cadence', 'huge.csv'], { cwd: scratch.root }).stderr).toBe(
      "ilacs cadence: huge.csv:10001:1: more than 10000 lines: a history holds one authority's inspections and visits, a few dozen; the file was not read\n",
    );
  });

  it('200,000 events: a message about the file, not an internal error', () => {
    scratch = scratchFolder({ 'events.yaml': `authority: Leeds\nevents:\n${focusedVisits(200_000)}` });
    const run = ilacs(['cadence', 'events.yaml'], { cwd: scratch.root });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ilacs cadence: "events\.yaml" is over the limit of 4194304 bytes for a draft or history file\.\n/);
    expect(run.stderr).not.toMatch(/internal|RangeError|stack/i);
  });

  it('reads only regular files: a FIFO or /dev/zero is refused at once', () => {
    scratch = scratchFolder();
    const fifo = join(scratch.root, 'history.yaml');
    spawnSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero']) {
      const run = ilacs(['cadence', file], { cwd: scratch.root });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/is not a regular file/);
    }
  });
});

describe('ilacs cadence from a real draft', () => {
  it('builds the history from `previous` and the draft, grading the draft from its table', () => {
    const run = ilacs(['cadence', '--today', '2025-03-04', '--format', 'json', join(corpusDraftsDir, '012-harrow-short-inspection.md')], {
      cwd: repoRoot,
    });
    expect(run.status, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as PlanJson;
    const text = readFileSync(join(corpusDraftsDir, '012-harrow-short-inspection.md'), 'utf8');
    const overall = /^\| Overall effectiveness \| (.+) \|$/m.exec(text)![1]!.toLowerCase();
    expect(plan.authority).toBe('Harrow');
    expect(plan.events.map((e) => e.dates.start)).toEqual(['2020-02-10', '2025-01-20']);
    expect(plan.lastGraded?.overallEffectiveness).toBe(overall);
    // Harrow was judged inadequate in 2025: monitoring visits, then a standard re-inspection.
    expect(plan.next?.type).toBe(overall === 'inadequate' ? 'standard-inspection' : 'short-inspection');
    expect(plan.recurringVisits !== undefined).toBe(overall === 'inadequate');
  });
});

describe('replay of Ofsted’s official inspection history', () => {
  const rows = readFileSync(officialHistory, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('Ofsted Local Authority Webpage,'));
  const authorities = new Set(rows.map((line) => line.split(',')[1]));

  interface Tally {
    pairs: number;
    typeMatched: number;
    inWindow: number;
    inWindowWithoutSuspension: number;
    early: number;
    late: number;
  }
  const replay = (...extra: string[]) => {
    const run = ilacs(['cadence', '--replay', '--format', 'json', ...extra, officialHistory], { cwd: repoRoot });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as {
      authorities: number;
      gradedInspections: number;
      total: Tally;
      byPreviousGrade: Record<string, Tally>;
    };
  };

  it('replays every inspection, and each authority’s later inspections are predicted', () => {
    const report = replay();
    expect(report.gradedInspections).toBe(rows.length);
    expect(report.authorities).toBe(authorities.size);
    // Every row has an overall grade, so each inspection after an authority's first is one prediction.
    expect(report.total.pairs).toBe(rows.length - authorities.size);
    const sum = (key: keyof Tally) => Object.values(report.byPreviousGrade).reduce((n, t) => n + t[key], 0);
    for (const key of ['pairs', 'typeMatched', 'inWindow', 'inWindowWithoutSuspension'] as const) expect(sum(key)).toBe(report.total[key]);
    expect(report.total.early + report.total.late + report.total.inWindow).toBe(report.total.pairs);
  });

  it('predicts the type of most next inspections, and the pause explains many windows', () => {
    const report = replay();
    expect(report.total.typeMatched / report.total.pairs).toBeGreaterThan(0.85);
    expect(report.byPreviousGrade['requires-improvement']!.typeMatched).toBe(report.byPreviousGrade['requires-improvement']!.pairs);
    expect(report.total.inWindow).toBeGreaterThan(2 * report.total.inWindowWithoutSuspension);
    expect(replay('--no-pause').total.inWindow).toBe(report.total.inWindowWithoutSuspension);
  });

  it('prints the table the README quotes, with the misses on request', () => {
    const run = ilacs(['cadence', '--replay', '--misses', officialHistory], { cwd: repoRoot });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Replayed ${rows.length} graded inspections of ${authorities.size} authorities`));
    expect(run.stdout).toMatch(/ {2}all +\d+ +\d+ \(\d+%\)/);
    expect(run.stdout).toMatch(/Misses \(type predicted wrongly/);
    expect(run.stdout).toMatch(/Leeds: 2018-10-29 outstanding -> standard inspection 2022-02-21; predicted short inspection/);
  });
});
