/**
 * The extension's manifest and client, checked without VS Code: the client bundles nothing of the
 * domain, settings and commands follow VS Code's conventions, the settings-file glob names what
 * @ilacs/config reads, and the `$ilacs` problem matcher reads the command line's real output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configFileNames, ignoreFileName } from '@ilacs/config/browser';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { settingsFilesGlob } from '../../src/settings-files.js';
import { appDir, brokenDraft } from '../e2e/fixture-workspace.js';

const manifest = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
const repository = resolve(appDir, '../..');

describe('a thin client', () => {
  it.each(['src/extension.ts', 'src/browser-extension.ts'])('%s bundles no core, language service or config code', async (entry) => {
    const result = await build({
      entryPoints: [join(appDir, entry)],
      bundle: true,
      write: false,
      metafile: true,
      platform: entry.includes('browser') ? 'browser' : 'node',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('vscode-languageclient'))).toBe(true);
    expect(inputs.filter((input) => /packages\/(core|language-service|config)\//.test(input))).toEqual([]);
    // The protocol's names are shared with the server, and carry nothing with them.
    expect(inputs.filter((input) => input.includes('packages/language-server/'))).toEqual([
      expect.stringMatching(/packages\/language-server\/dist\/protocol\.js$/),
    ]);
  });

  it('sends the server every settings file @ilacs/config reads, and nothing else', () => {
    const names = /\{([^}]*)\}/.exec(settingsFilesGlob)![1]!.split(',');
    expect(names.sort()).toEqual([...configFileNames, ignoreFileName].sort());
  });
});

describe('VS Code conventions', () => {
  const settings = Object.entries(manifest.contributes.configuration.properties) as [string, Record<string, unknown>][];
  it.each(settings.map(([name, setting]) => [name, setting]))('%s has a markdownDescription', (_name, setting) => {
    expect(typeof setting.markdownDescription).toBe('string');
    expect(setting.description).toBeUndefined();
  });

  it('every command has a when clause in the command palette', () => {
    const palette = new Map(
      (manifest.contributes.menus.commandPalette as { command: string; when: string }[]).map((entry) => [entry.command, entry.when]),
    );
    for (const { command } of manifest.contributes.commands as { command: string }[]) {
      if (command === 'ilacs.showOutput') continue;
      expect(palette.get(command), command).toMatch(/\S/);
    }
    expect(palette.get('ilacs.fixAll')).toBe('ilacs.isDraft');
  });

  it('declares what works in a virtual workspace', () => {
    expect(manifest.capabilities.virtualWorkspaces).toMatchObject({
      supported: 'limited',
      description: expect.stringContaining('.ilacsrc'),
    });
  });
});

describe('the $ilacs problem matcher', () => {
  /** VS Code's matching of a multi-line pattern with a looping last line, as in its problemMatcher.ts. */
  function match(output: string): { file: string; line: number; column: number; severity: string; message: string; code: string }[] {
    const [filePattern, rowPattern] = manifest.contributes.problemPatterns.find((p: { name: string }) => p.name === 'ilacs-stylish')
      .patterns as { regexp: string }[];
    const fileRegex = new RegExp(filePattern!.regexp);
    const rowRegex = new RegExp(rowPattern!.regexp);
    const problems = [];
    let file: string | undefined;
    for (const line of output.split('\n')) {
      const row = file !== undefined ? rowRegex.exec(line) : null;
      if (row) {
        problems.push({ file: file!, line: Number(row[1]), column: Number(row[2]), severity: row[3]!, message: row[4]!, code: row[5]! });
        continue;
      }
      file = fileRegex.exec(line)?.[1];
    }
    return problems;
  }

  it('reads every problem the command line prints in its stylish output, as its JSON output has them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ilacs-matcher-'));
    try {
      writeFileSync(join(folder, 'broken.md'), brokenDraft());
      const cli = join(repository, 'packages/cli/dist/ilacs.js');
      const run = (format: string) => {
        try {
          return execFileSync(process.execPath, [cli, 'lint', '--format', format, '--no-color', 'broken.md'], {
            cwd: folder,
            encoding: 'utf8',
          });
        } catch (error) {
          return (error as { stdout: string }).stdout;
        }
      };
      const json = JSON.parse(run('json')) as {
        messages: { line: number; column: number; severity: number; message: string; ruleId: string }[];
      }[];
      const expected = json[0]!.messages.map((m) => ({
        file: 'broken.md',
        line: m.line,
        column: m.column,
        severity: ['', 'warning', 'error'][m.severity] ?? 'info',
        message: m.message,
        code: m.ruleId,
      }));
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(match(run('stylish'))).toEqual(expected);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
