/**
 * The built page in real headless Chromium (Debian's, driven by playwright-core; no browser
 * download). It is served by Vite's static preview server, a broken real draft is pasted, and what
 * the page lists is compared with what @ilacs/core reports for the same text in Node.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinDomain, draftSkeleton, fixText, lintText, type Diagnostic } from '@ilacs/core';
import { cadenceHistoryFromDraft, planCadence, renderTimelineSvg, todayInEngland } from '@ilacs/core/cadence';
import { judgementGrades } from '@ilacs/core/tools';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(appDir, '../..');
const sharedDir = resolve(repoRoot, '../shared');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** CI must run this test; a developer machine without Chromium skips it with a message. */
const browserRequired = Boolean(process.env.CI || process.env.ILACS_REQUIRE_BROWSER);
const haveBrowser = existsSync(chromiumPath);
if (!haveBrowser && !browserRequired) {
  console.warn(`web-checker e2e skipped: no Chromium at ${chromiumPath} (apt-get install -y chromium).`);
}

/**
 * A real published report written down as a draft when the shared corpus is present, else the
 * repository's own clean example. Either must lint without errors before we break it. The README
 * screenshot (UPDATE_SCREENSHOT=1) always uses our own example: report prose stays out of the repository.
 */
const corpusDraft = join(sharedDir, 'corpus/drafts/012-harrow-short-inspection.md');
const exampleDraft = join(repoRoot, 'examples/short-inspection-clean.md');
const sourceDraft = existsSync(corpusDraft) && !process.env.UPDATE_SCREENSHOT ? corpusDraft : exampleDraft;

interface Breakage {
  rule: string;
  from: string;
  to: string;
}

/** Three mistakes a drafter makes, each caught by a different rule; two of them can be fixed. */
const breakages: Breakage[] = [
  {
    rule: 'grade-case',
    from: '| The experiences and progress of children in care | Good |',
    to: '| The experiences and progress of children in care | good |',
  },
  { rule: 'paragraph-numbering', from: '\n2. ', to: '\n3. ' },
  {
    rule: 'table-heading-grade-match',
    from: '## The experiences and progress of children who need help and protection: good',
    to: '## The experiences and progress of children who need help and protection: outstanding',
  },
];

function breakDraft(text: string): string {
  let broken = text;
  for (const { from, to } of breakages) {
    expect(broken.includes(from), `the corpus draft no longer contains ${JSON.stringify(from)}`).toBe(true);
    broken = broken.replace(from, to);
  }
  return broken;
}

interface ListedProblem {
  rule: string;
  line: number;
  severity: string;
}

function expectedProblems(text: string): ListedProblem[] {
  return lintText(text).diagnostics.map((d: Diagnostic) => ({ rule: d.ruleId, line: d.start.line + 1, severity: d.severity }));
}

async function listedProblems(page: Page): Promise<ListedProblem[]> {
  return page.$$eval('#problems > li', (items) =>
    items.map((item) => {
      const data = (item as HTMLElement).dataset;
      return { rule: data.rule ?? '', line: Number(data.line), severity: data.severity ?? '' };
    }),
  );
}

/** The page lints after a short pause in typing; wait until the list matches the text in the box. */
async function settledProblems(page: Page): Promise<ListedProblem[]> {
  const text = await page.inputValue('#draft');
  const expected = expectedProblems(text);
  await expect.poll(() => listedProblems(page), { timeout: 5_000 }).toEqual(expected);
  return expected;
}

describe.skipIf(!haveBrowser && !browserRequired)('web checker in headless Chromium', () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let home: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  let broken: string;

  beforeAll(async () => {
    if (!existsSync(join(appDir, 'dist/index.html'))) throw new Error('Build the page first: pnpm --filter @ilacs/web-checker build');
    if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
    const original = readFileSync(sourceDraft, 'utf8');
    expect(lintText(original).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    broken = breakDraft(original);

    server = await preview({ root: appDir, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('The preview server has no port.');
    origin = `http://127.0.0.1:${address.port}`;

    // Chromium writes crash reports and caches into $HOME even with its own profile folder.
    home = mkdtempSync(join(tmpdir(), 'ilacs-chromium-'));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, HOME: home },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1440, height: 960 }, deviceScaleFactor: 1 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('ships the licence of every third-party package in its bundle', () => {
    const notices = readFileSync(join(appDir, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    const listed = (
      JSON.parse(readFileSync(join(appDir, 'dist/third-party-notices.json'), 'utf8')) as { packages: { name: string }[] }
    ).packages.map((p) => p.name);
    for (const name of ['zod', 'yaml', 'markdown-it']) expect(listed).toContain(name);
    for (const name of listed) expect(notices).toContain(`${name} `);
    // markdown-it's MIT notice and entities' BSD clause travel whole.
    expect(notices).toMatch(/Permission is hereby granted/);
    expect(notices).toMatch(/Redistributions of source code must retain the above copyright notice/);
  });

  it('says that everything runs locally and loads nothing from elsewhere', async () => {
    const statement = await page.textContent('#privacy-statement');
    expect(statement).toMatch(/runs locally/i);
    expect(statement).toMatch(/never uploaded/i);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(new URL(url).origin).toBe(origin);
    expect(await page.textContent('#status')).toMatch(/paste or drop/i);
    expect(await page.isHidden('#timeline-panel')).toBe(true);
  });

  it('cannot send the draft anywhere: the content security policy blocks requests', async () => {
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('/favicon.ico');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    // The blocked fetch reports a CSP violation on the console; it is expected, not a page error.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/Content Security Policy/.test(e)));
  });

  it('lists the problems of a pasted draft with their lines and severities', async () => {
    await page.evaluate((text) => navigator.clipboard.writeText(text), broken);
    const requestsBefore = requests.length;
    await page.click('#draft');
    await page.keyboard.press('Control+V');
    expect(await page.inputValue('#draft')).toBe(broken);

    const listed = await settledProblems(page);
    const rules = new Set(listed.map((p) => p.rule));
    for (const { rule } of breakages) expect(rules, `${rule} should be listed`).toContain(rule);
    expect(await page.textContent('#status')).toMatch(/error/);

    // Problems are marked where they are, and each line with a problem is numbered in its colour.
    const marked = await page.$$eval('#backdrop .line[data-severity]', (lines) =>
      lines.map((l) => Number(l.querySelector('.line-number')?.textContent)),
    );
    for (const problem of listed) expect(marked).toContain(problem.line);

    // Checking a draft sends nothing: no request at all after the page loaded.
    expect(requests.slice(requestsBefore)).toEqual([]);

    // The drawn copy behind the text wraps exactly as the text does, and scrolls with it.
    const geometry = await page.evaluate(() => {
      const text = document.getElementById('draft')!;
      const drawn = document.getElementById('backdrop')!;
      return { textHeight: text.scrollHeight, drawnHeight: drawn.scrollHeight, textTop: text.scrollTop, drawnTop: drawn.scrollTop };
    });
    expect(geometry.drawnHeight).toBe(geometry.textHeight);
    expect(geometry.textTop).toBeGreaterThan(0);
    expect(geometry.drawnTop).toBe(geometry.textTop);

    // The picture for the README: the top of the draft, where the judgement table is.
    await page.keyboard.press('Control+Home');
    await page.$eval('#draft', (text) => text.scrollTo({ top: 0 }));
    await expect.poll(() => page.$eval('#backdrop', (drawn) => drawn.scrollTop)).toBe(0);
    mkdirSync(join(appDir, 'test-results'), { recursive: true });
    const shot = join(appDir, 'test-results/web-checker.png');
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(shot, join(appDir, 'docs/screenshot.png'));
  });

  it('shows the judgement summary the draft states', async () => {
    const { draft, facts } = lintText(broken);
    const grades = judgementGrades(draft, builtinDomain);
    expect(grades.size).toBeGreaterThan(0);
    for (const [area, { grade }] of grades) {
      const row = page.locator(`#summary tr[data-area="${area}"]`);
      await expect.poll(() => row.textContent()).toContain(grade.label);
      expect(await row.textContent()).toContain(builtinDomain.judgementAreas.find((a) => a.id === area)!.title);
    }
    expect(await page.textContent('#summary')).toContain(facts.authority!.name);
  });

  it('draws the cadence timeline from the previous inspection and this one', async () => {
    const result = lintText(broken);
    const history = cadenceHistoryFromDraft(result.draft, result.facts, builtinDomain).events;
    expect(history.map((e) => e.type)).toEqual([result.facts.previous!.type, result.facts.type]);
    const expected = renderTimelineSvg(planCadence(history, { today: todayInEngland() }), { title: result.facts.authority!.name });
    const expectedTitle = /<title>([^<]*)<\/title>/.exec(expected)![1]!.replace(/&amp;/g, '&');
    expect(await page.isVisible('#timeline-panel')).toBe(true);
    const svg = page.locator('#timeline svg[role="img"]');
    expect(await svg.locator('title').textContent()).toBe(expectedTitle);
    expect(await svg.getAttribute('aria-label')).toBe(expectedTitle);
    // Drawn, not just present: the SVG has a real size on the page.
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(200);
    await page.locator('#timeline-panel').screenshot({ path: join(appDir, 'test-results/timeline.png') });
  });

  it('fixes one problem, and Ctrl+Z undoes the fix', async () => {
    const before = await page.inputValue('#draft');
    const item = page.locator('#problems > li[data-rule="grade-case"]').first();
    await item.locator('button.fix').click();
    const after = await page.inputValue('#draft');
    const diagnostic = lintText(before).diagnostics.find((d) => d.ruleId === 'grade-case')!;
    expect(after).toBe(before.slice(0, diagnostic.range.start) + diagnostic.fix!.edits[0]!.newText + before.slice(diagnostic.range.end));
    const listed = await settledProblems(page);
    expect(listed.map((p) => p.rule)).not.toContain('grade-case');
    expect(await page.textContent('#status')).toMatch(/^Applied:/);

    await page.focus('#draft');
    await page.keyboard.press('Control+Z');
    expect(await page.inputValue('#draft')).toBe(before);
    await settledProblems(page);
    await page.keyboard.press('Control+Shift+Z');
    expect(await page.inputValue('#draft')).toBe(after);
    await settledProblems(page);
  });

  it('fixes all that can be fixed, as the CLI does', async () => {
    const before = await page.inputValue('#draft');
    await page.click('#fix-all');
    const expected = fixText(before);
    expect(expected.fixed).toBeGreaterThan(0);
    expect(await page.inputValue('#draft')).toBe(expected.output);
    const listed = await settledProblems(page);
    expect(listed.map((p) => p.rule)).not.toContain('paragraph-numbering');
    // The grade that disagrees with the table needs a person's decision, so it stays.
    expect(listed.map((p) => p.rule)).toContain('table-heading-grade-match');
    expect(await page.isDisabled('#fix-all')).toBe(true);
  });

  it('checks a dropped file', async () => {
    const original = readFileSync(sourceDraft, 'utf8');
    await page.evaluate(
      ({ text, name }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/markdown' }));
        const zone = document.getElementById('drop-zone')!;
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { text: original, name: 'dropped-draft.md' },
    );
    await expect.poll(() => page.inputValue('#draft')).toBe(original);
    const listed = await settledProblems(page);
    expect(listed.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await page.textContent('#status')).toContain('Opened dropped-draft.md.');
  });

  it('starts a new skeleton that gives warnings only', async () => {
    await page.click('#new-draft');
    await page.selectOption('#new-type', 'standard-inspection');
    await page.selectOption('#new-authority', 'Leeds');
    await page.fill('#new-start', '2025-06-02');
    await page.click('#new-draft-form button[type="submit"]');
    const text = await page.inputValue('#draft');
    expect(text).toBe(draftSkeleton({ type: 'standard-inspection', authority: 'Leeds', start: '2025-06-02' }));
    const listed = await settledProblems(page);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((p) => p.severity !== 'error')).toBe(true);
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
