import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rule fixtures, as in markdownlint: plain drafts under `test/fixtures/rules/<rule-id>/`.
 * - `flag-*.md` must produce exactly the findings their markers name; `pass-*.md` must produce none.
 * - A marker names the rule and the line it expects a finding on, and may pin its column and message:
 *     <!-- expect rule-id -->                  the next line that is not a marker
 *     <!-- expect rule-id @+3 -->              three lines below the marker (@-1: the line above)
 *     <!-- expect rule-id col 12 -->           ... starting at column 12 (1-based, as editors show it)
 *     <!-- expect rule-id "is out of order" --> ... with a message that contains the quoted text
 *     <!-- expect rule-id warning -->          ... reported at that severity (error, warning or info)
 *     # expect rule-id                         the same, inside the YAML front matter
 *   The parts go in this order: rule id, severity, @line, col, "message". Repeat the marker for two
 *   findings on one line.
 * - `<name>.fixed.md` beside a fixture is what `fixText` with the rule must produce from it.
 */
export const fixturesRoot = new URL('../fixtures/rules/', import.meta.url).pathname;

export interface Fixture {
  ruleId: string;
  name: string;
  path: string;
  text: string;
  kind: 'flag' | 'pass';
  /** 0-based lines with the rule ids expected there, sorted. */
  expected: ExpectedFinding[];
  fixed?: string;
}

export interface ExpectedFinding {
  line: number;
  ruleId: string;
  /** 1-based column the finding must start at, when the marker pins it. */
  column?: number;
  /** Text the finding's message must contain, when the marker pins it. */
  message?: string;
  /** The severity the finding must have, when the marker pins it. */
  severity?: 'error' | 'warning' | 'info';
}

const markerPattern =
  /^\s*(?:<!--|#)\s*expect\s+([a-z0-9-]+)(?:\s+(error|warning|info))?(?:\s+@([+-]\d+))?(?:\s+col\s+(\d+))?(?:\s+"([^"]*)")?\s*(?:-->)?\s*$/;

export function readMarkers(text: string): ExpectedFinding[] {
  const lines = text.split('\n');
  const isMarker = (line: string) => markerPattern.test(line);
  const expected: ExpectedFinding[] = [];
  lines.forEach((line, index) => {
    const m = markerPattern.exec(line);
    if (!m) return;
    let target: number;
    if (m[3]) {
      target = index + Number(m[3]);
    } else {
      target = index + 1;
      while (target < lines.length && isMarker(lines[target]!)) target++;
    }
    const severity = m[2] as ExpectedFinding['severity'];
    expected.push({
      line: target,
      ruleId: m[1]!,
      ...(severity ? { severity } : {}),
      ...(m[4] ? { column: Number(m[4]) } : {}),
      ...(m[5] !== undefined ? { message: m[5] } : {}),
    });
  });
  return expected.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

export function loadFixtures(): Fixture[] {
  if (!existsSync(fixturesRoot)) return [];
  const fixtures: Fixture[] = [];
  for (const ruleId of readdirSync(fixturesRoot).sort()) {
    const folder = join(fixturesRoot, ruleId);
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.md') || file.endsWith('.fixed.md')) continue;
      const kind = file.startsWith('flag-') ? 'flag' : file.startsWith('pass-') ? 'pass' : undefined;
      if (!kind) throw new Error(`Fixture ${ruleId}/${file} must be named flag-*.md or pass-*.md`);
      const path = join(folder, file);
      const text = readFileSync(path, 'utf8');
      const fixedPath = path.replace(/\.md$/, '.fixed.md');
      fixtures.push({
        ruleId,
        name: file,
        path,
        text,
        kind,
        expected: readMarkers(text),
        ...(existsSync(fixedPath) ? { fixed: readFileSync(fixedPath, 'utf8') } : {}),
      });
    }
  }
  return fixtures;
}
