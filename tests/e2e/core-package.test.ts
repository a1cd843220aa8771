/**
 * @ilacs/core as another app would get it: packed with `pnpm pack`, installed from the tarball with
 * npm into a project outside the workspace, then used from plain Node ESM and from a browser bundle.
 * Results are compared with the workspace's own lintText on the same real drafts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build, type Metafile } from 'esbuild';
import { fixText, lintText } from '@ilacs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const coreDir = join(repoRoot, 'packages/core');
const corpusDir = resolve(repoRoot, '../shared/corpus/drafts');
/** Real published reports when the shared corpus is present; the repository's clean examples otherwise. */
const draftPaths = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(corpusDir, name))
  : readdirSync(join(repoRoot, 'examples'))
      .filter((name) => name.endsWith('-clean.md'))
      .sort()
      .map((name) => join(repoRoot, 'examples', name));

/** Under `pnpm test` pnpm passes its own entry script; elsewhere it is on PATH (CI runs it via npx). */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath && basename(execPath).includes('pnpm') ? [process.execPath, [execPath]] : ['pnpm', []];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a command and returns its standard output; a failure throws with the command's stderr in the message. */
function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Every file a bundle kept code from, as "zod/v4/core/..." or "@ilacs/core/dist/...". The output's
 * inputs, not `metafile.inputs`, which also lists files esbuild read and then shook away.
 */
function bundledPackages(metafile: Metafile): string[] {
  const kept = Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return kept.map((input) => {
    const at = input.lastIndexOf('node_modules/');
    return at === -1 ? input : input.slice(at + 'node_modules/'.length);
  });
}

function outputBytes(metafile: Metafile): number {
  return Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

const heavyDependencies = ['zod/', 'yaml/', 'markdown-it/', 'linkify-it/', 'mdurl/', 'entities/', 'punycode', 'uc.micro/'];
const engineParts = [
  '@ilacs/core/dist/engine/',
  '@ilacs/core/dist/rules/',
  '@ilacs/core/dist/parse/',
  '@ilacs/core/dist/schema/',
  '@ilacs/core/dist/api.js',
];

describe('@ilacs/core packed and installed outside the workspace', () => {
  let work: string;
  let project: string;
  let tarball: string;
  let tarballFiles: string[];

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ilacs-core-package-'));
    pnpm(['pack', '--pack-destination', work], coreDir);
    const packed = readdirSync(work).filter((name) => name.endsWith('.tgz'));
    expect(packed).toHaveLength(1);
    tarball = join(work, packed[0]!);
    tarballFiles = run('tar', ['-tzf', tarball], work)
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''));

    project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
    // npm, not pnpm: a consumer outside the workspace, with the registry's versions of zod, yaml and markdown-it.
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], project);
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships built ESM with declarations, the JSON Schemas, the README, licence and changelog, and nothing else', () => {
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/framework/index.js',
        'dist/cadence/index.d.ts',
        'schema/draft.schema.json',
        'schema/config.schema.json',
      ]),
    );
    const unexpected = tarballFiles.filter(
      (f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|schema\/[\w.-]+\.json|dist\/.+\.(js|d\.ts))$/.test(f),
    );
    expect(unexpected).toEqual([]);
    // A file left in dist by a deleted module would ship dead code: each built file has its source.
    const stale = tarballFiles.filter(
      (f) =>
        f.startsWith('dist/') && f.endsWith('.js') && !existsSync(join(coreDir, 'src', f.slice('dist/'.length).replace(/\.js$/, '.ts'))),
    );
    expect(stale).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@ilacs/core/package.json'), 'utf8'));
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
  });

  it('lints, fixes and exposes its subpaths from plain Node ESM, as the workspace does', () => {
    const script = join(project, 'node-consumer.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { lintText, fixText, parseDraft, builtinRules, applyFixes, draftFrontMatterSchema } from '@ilacs/core';
import { ilacs2023, judgementAreas } from '@ilacs/core/framework';
import { builtinDomain } from '@ilacs/core';
import { findEntry } from '@ilacs/core/tools';
import { bankHolidayOn, addWorkingDays } from '@ilacs/core/cadence';
import draftSchema from '@ilacs/core/schema/draft.schema.json' with { type: 'json' };
import configSchema from '@ilacs/core/schema/config.schema.json' with { type: 'json' };

const results = {};
for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8');
  const { diagnostics, facts } = lintText(text);
  results[path] = {
    diagnostics: diagnostics.map((d) => [d.ruleId, d.severity, d.start.line, d.start.column, d.message]),
    fixed: fixText(text).output,
    headings: parseDraft(text).headings.length,
    schemaAccepts: draftFrontMatterSchema.safeParse(parseDraft(text).frontMatter?.data).success,
    framework: facts.framework?.id,
  };
}
let deepImport;
try { await import('@ilacs/core/dist/engine/lint.js'); deepImport = 'allowed'; } catch (error) { deepImport = error.code; }
console.log(JSON.stringify({
  results,
  rules: builtinRules.map((r) => r.meta.id),
  applyFixes: typeof applyFixes,
  framework2024: builtinDomain.frameworkFor('2024-05-13').id,
  sameVersion: builtinDomain.frameworkFor('2024-05-13') === ilacs2023,
  tools: typeof findEntry,
  areas: Object.keys(judgementAreas).length,
  christmas: bankHolidayOn('2025-12-25')?.name ?? null,
  workingDays: addWorkingDays('2025-12-24', 1),
  schemaIds: [draftSchema.$id, configSchema.$id],
  deepImport,
}));
`,
    );
    const paths = draftPaths;
    expect(paths.length).toBeGreaterThan(0);
    const output = JSON.parse(run(process.execPath, [script, ...paths], project));

    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const { diagnostics, facts } = lintText(text);
      const installed = output.results[path];
      expect(installed.diagnostics, basename(path)).toEqual(
        diagnostics.map((d) => [d.ruleId, d.severity, d.start.line, d.start.column, d.message]),
      );
      expect(
        installed.diagnostics.filter((d: unknown[]) => d[1] === 'error'),
        `${basename(path)} must lint without errors`,
      ).toEqual([]);
      expect(installed.fixed).toBe(fixText(text).output);
      expect(installed.headings).toBeGreaterThan(0);
      expect(installed.schemaAccepts).toBe(true);
      expect(installed.framework).toBe(facts.framework?.id);
    }
    expect(output.rules.length).toBeGreaterThan(10);
    expect(output.applyFixes).toBe('function');
    expect(output.framework2024).toBe('2023');
    expect(output.sameVersion).toBe(true);
    expect(output.tools).toBe('function');
    expect(output.areas).toBeGreaterThan(4);
    expect(output.christmas).toMatch(/christmas/i);
    // 25 and 26 December are bank holidays, so the next working day after Christmas Eve is the 29th.
    expect(output.workingDays).toBe('2025-12-29');
    expect(output.schemaIds).toEqual(['https://ilacs.dev/schema/draft.schema.json', 'https://ilacs.dev/schema/config.schema.json']);
    expect(output.deepImport).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('runs every JavaScript example in its README', () => {
    const readme = readFileSync(join(project, 'node_modules/@ilacs/core/README.md'), 'utf8');
    const examples = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    examples.forEach((code, index) => {
      const file = join(project, `readme-example-${index + 1}.mjs`);
      writeFileSync(file, code);
      // Examples assert what they claim with node:assert, so a wrong claim fails here.
      expect(() => run(process.execPath, [file], project), `README example ${index + 1}:\n${code}`).not.toThrow();
    });
  });

  it('bundles for the browser and runs there without any Node global', async () => {
    // A table grade in lower case: Ofsted prints it capitalised, and grade-case fixes it.
    const tableGrade = /\| (Outstanding|Good|Inadequate) \|/;
    const sample = draftPaths.map((path) => readFileSync(path, 'utf8')).find((text) => tableGrade.test(text));
    expect(sample, 'a draft with a judgement table').toBeDefined();
    const broken = sample!.replace(tableGrade, (cell) => cell.toLowerCase());
    const entry = join(project, 'browser-entry.mjs');
    writeFileSync(
      entry,
      `import { lintText, fixText } from '@ilacs/core';
const text = globalThis.draftText;
globalThis.checked = {
  diagnostics: lintText(text).diagnostics.map((d) => [d.ruleId, d.severity, d.start.line, d.start.column]),
  fixed: fixText(text).output,
};
`,
    );
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: project,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = bundledPackages(result.metafile);
    expect(inputs.some((i) => i.startsWith('@ilacs/core/dist/engine/'))).toBe(true);
    // Only what an empty page offers: no process, require, Buffer, setTimeout or TextEncoder.
    const page: Record<string, unknown> = { draftText: broken };
    runInNewContext(result.outputFiles[0]!.text, page);
    const checked = page.checked as { diagnostics: unknown[]; fixed: string };
    expect(checked.diagnostics).toEqual(lintText(broken).diagnostics.map((d) => [d.ruleId, d.severity, d.start.line, d.start.column]));
    expect(checked.diagnostics.some((d) => (d as string[])[0] === 'grade-case')).toBe(true);
    expect(checked.fixed).toBe(fixText(broken).output);
    console.info(`browser bundle with lintText and fixText: ${(outputBytes(result.metafile) / 1024).toFixed(0)} KiB minified`);
  });

  describe('tree shaking', () => {
    async function bundle(source: string): Promise<{ inputs: string[]; bytes: number }> {
      const entry = join(project, `shake-${Math.random().toString(36).slice(2)}.mjs`);
      writeFileSync(entry, source);
      const result = await build({
        entryPoints: [entry],
        absWorkingDir: project,
        bundle: true,
        platform: 'browser',
        format: 'esm',
        minify: true,
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      return { inputs: bundledPackages(result.metafile), bytes: outputBytes(result.metafile) };
    }

    it('importing only the framework data pulls neither the rule engine nor zod, yaml or markdown-it', async () => {
      const { inputs, bytes } = await bundle(`import { grades, judgementAreas, ilacs2026, currentAuthorities } from '@ilacs/core/framework';
console.log(grades.length, Object.keys(judgementAreas), ilacs2026.table.length, currentAuthorities.length);`);
      expect(inputs.some((i) => i.startsWith('@ilacs/core/dist/framework/'))).toBe(true);
      for (const heavy of [...heavyDependencies, ...engineParts])
        expect(
          inputs.filter((i) => i.startsWith(heavy)),
          heavy,
        ).toEqual([]);
      console.info(`@ilacs/core/framework bundle: ${(bytes / 1024).toFixed(1)} KiB minified from ${inputs.length} modules`);
    });

    it('importing the cadence engine pulls neither the rule engine nor zod, yaml or markdown-it', async () => {
      const { inputs, bytes } = await bundle(`import { addWorkingDays, bankHolidaysInYear } from '@ilacs/core/cadence';
console.log(addWorkingDays('2025-12-24', 1), bankHolidaysInYear(2026).length);`);
      expect(inputs.some((i) => i.startsWith('@ilacs/core/dist/cadence/'))).toBe(true);
      for (const heavy of [...heavyDependencies, ...engineParts])
        expect(
          inputs.filter((i) => i.startsWith(heavy)),
          heavy,
        ).toEqual([]);
      console.info(`@ilacs/core/cadence bundle: ${(bytes / 1024).toFixed(1)} KiB minified from ${inputs.length} modules`);
    });

    it('the whole linter is what pulls zod, yaml and markdown-it', async () => {
      const framework = await bundle(`import { grades } from '@ilacs/core/framework'; console.log(grades);`);
      const linter = await bundle(`import { lintText } from '@ilacs/core'; console.log(lintText(''));`);
      for (const heavy of ['zod/', 'yaml/', 'markdown-it/'])
        expect(
          linter.inputs.some((i) => i.startsWith(heavy)),
          heavy,
        ).toBe(true);
      // `import { z } from 'zod'` would keep all of zod's message locales (about 350 KiB); only English is used.
      expect(linter.inputs.filter((i) => i.startsWith('zod/v4/locales/') && !i.endsWith('/en.js'))).toEqual([]);
      expect(linter.bytes).toBeGreaterThan(framework.bytes * 5);
      console.info(
        `lintText bundle: ${(linter.bytes / 1024).toFixed(0)} KiB minified; grades alone: ${(framework.bytes / 1024).toFixed(1)} KiB`,
      );
    });
  });
});
