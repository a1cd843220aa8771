import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver } from '../src/index.js';
import { TextConfigResolver, type SettingsFileText } from '../src/browser.js';

const browserEntry = fileURLToPath(new URL('../src/browser.ts', import.meta.url));

describe('the browser entry', () => {
  it('bundles for a browser with no Node built-in anywhere in its graph', async () => {
    const result = await build({
      entryPoints: [browserEntry],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.endsWith('src/parse-config-text.ts'))).toBe(true);
    // The file-system half of the package stays out.
    expect(inputs.filter((input) => /src\/(read-file|resolve|ignore|boundary|load)\.ts$/.test(input))).toEqual([]);
    expect(
      Object.values(result.metafile.inputs)
        .flatMap((input) => input.imports.map((i) => i.path))
        .filter((path) => path.startsWith('node:')),
    ).toEqual([]);
  });
});

/**
 * The browser resolver must agree with the Node one on the same tree: each folder's own file, merging
 * outermost first, `root: true`, the workspace folder as the boundary, `.ilacsignore` and `ignores`.
 */
describe('TextConfigResolver agrees with ConfigResolver', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    return join(root, path);
  };
  const settingsFiles = (): SettingsFileText[] => {
    const files: SettingsFileText[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.startsWith('.ilacs')) files.push({ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
      }
    };
    walk(root);
    return files;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ilacs-config-text-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('on merging, root: true, a folder’s first file name, ignores and .ilacsignore', () => {
    write(
      '.ilacsrc.yaml',
      'rules:\n  privacy-email-address: warning\n  paragraph-numbering: { severity: error }\nglossary:\n  ABC: a body corporate\nignores:\n  - archive/\n',
    );
    write('team/.ilacsrc.json', JSON.stringify({ rules: { 'paragraph-numbering': 'off' }, authorityAliases: { Brum: 'Birmingham' } }));
    // The .json wins over the .yml in the same folder, as on disk.
    write('team/sub/.ilacsrc.yml', 'rules:\n  grade-case: off\n');
    write('team/sub/.ilacsrc.json', JSON.stringify({ rules: { 'grade-case': 'info' } }));
    write('own/.ilacsrc.yaml', 'root: true\nrules:\n  grade-case: warning\n');
    write('.ilacsignore', '*.old.md\n');
    write('team/.ilacsignore', '!keep.old.md\n');
    const drafts = ['a.md', 'team/b.md', 'team/sub/c.md', 'own/d.md', 'archive/e.md', 'team/x.old.md', 'team/keep.old.md', 'own/deep/f.md'];
    for (const draft of drafts) write(draft, '');
    const node = new ConfigResolver({ stopAt: root });
    const text = new TextConfigResolver();
    text.setRoots([pathToFileURL(root).href]);
    text.setFiles(settingsFiles());
    for (const draft of drafts) {
      const path = join(root, draft);
      const uri = pathToFileURL(path).href;
      const fromDisk = node.resolveFor(path);
      const fromText = text.resolveFor(uri);
      expect(fromText.config, draft).toEqual(fromDisk.config);
      expect(
        fromText.files.map((f) => relative(root, fileURLToPath(f))),
        draft,
      ).toEqual(fromDisk.files.map((f) => relative(root, f)));
      expect(text.isIgnored(uri), draft).toBe(node.isIgnored(path));
    }
    // The tree exercises each rule: something is ignored, something re-included, something merged.
    expect(text.isIgnored(pathToFileURL(join(root, 'archive/e.md')).href)).toBe(true);
    expect(text.isIgnored(pathToFileURL(join(root, 'team/keep.old.md')).href)).toBe(false);
    expect(text.resolveFor(pathToFileURL(join(root, 'own/deep/f.md')).href).files).toHaveLength(1);
  });

  it('stops at the workspace folder, and gives an untitled document the first folder’s configuration', () => {
    write('.ilacsrc.json', JSON.stringify({ rules: { 'grade-case': 'off' } }));
    write('ws/.ilacsrc.json', JSON.stringify({ rules: { 'paragraph-numbering': 'off' } }));
    const text = new TextConfigResolver();
    text.setFiles(settingsFiles());
    text.setRoots([pathToFileURL(join(root, 'ws')).href]);
    expect(text.resolveFor(pathToFileURL(join(root, 'ws/a.md')).href).config.rules).toEqual({ 'paragraph-numbering': 'off' });
    expect(text.resolveFor('untitled:Untitled-1').config.rules).toEqual({ 'paragraph-numbering': 'off' });
  });

  it('locates a broken file by its URI, line and column, and refuses one over the size limit', () => {
    const broken = write('.ilacsrc.json', '{ "rules": { "grade-case": "loud" } }');
    const text = new TextConfigResolver();
    text.setRoots([pathToFileURL(root).href]);
    text.setFiles(settingsFiles());
    const error = (() => {
      try {
        text.resolveFor(pathToFileURL(join(root, 'a.md')).href);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file: pathToFileURL(broken).href, line: 1, column: '{ "rules": { "grade-case": '.length + 1 });
    text.setFiles([{ uri: pathToFileURL(broken).href, text: `# ${'x'.repeat(1024 * 1024)}` }]);
    expect(() => text.resolveFor(pathToFileURL(join(root, 'a.md')).href)).toThrow(/larger than/);
  });

  it('maps looked up by user text have no prototype', () => {
    const text = new TextConfigResolver();
    text.setFiles([{ uri: 'vscode-vfs://github/o/r/.ilacsrc.json', text: JSON.stringify({ authorityAliases: { Brum: 'Birmingham' } }) }]);
    text.setRoots(['vscode-vfs://github/o/r']);
    const aliases = text.resolveFor('vscode-vfs://github/o/r/drafts/a.md').config.authorityAliases!;
    expect(Object.getPrototypeOf(aliases)).toBeNull();
    expect(aliases.constructor).toBeUndefined();
  });
});
