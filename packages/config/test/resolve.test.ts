import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, maxSettingsFileBytes } from '../src/index.js';

let root: string;

function write(relativePath: string, text: string): string {
  const path = join(root, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function configErrorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ilacs-config-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('finding configuration', () => {
  it('merges the files from the outermost down to the draft’s folder, the nearest winning rule by rule', () => {
    const outer = write(
      '.ilacsrc.json',
      JSON.stringify({ rules: { title: 'off', 'grade-case': 'warning' }, glossary: { NCT: 'Northamptonshire Children’s Trust' } }),
    );
    const inner = write('team/.ilacsrc.yaml', 'rules:\n  title: error\nauthorityAliases:\n  Harrow Council: Harrow\n');
    const draft = write('team/drafts/a.md', '');
    const outerDraft = write('b.md', '');
    const resolver = new ConfigResolver({ stopAt: root });
    const resolved = resolver.resolveFor(draft);
    expect(resolved.files).toEqual([outer, inner]);
    expect(resolved.file).toBe(inner);
    expect(resolved.stoppedAt).toEqual({ folder: root, reason: 'workspace root' });
    expect({ ...resolved.config.rules }).toEqual({ title: 'error', 'grade-case': 'warning' });
    expect({ ...resolved.config.glossary }).toEqual({ NCT: 'Northamptonshire Children’s Trust' });
    expect({ ...resolved.config.authorityAliases }).toEqual({ 'Harrow Council': 'Harrow' });
    expect(resolver.resolveFor(outerDraft).files).toEqual([outer]);
    expect({ ...resolver.resolveFor(outerDraft).config.rules }).toEqual({ title: 'off', 'grade-case': 'warning' });
  });

  it('keeps an outer file’s rule options when a nearer file sets only the severity, as ESLint does', () => {
    write('.ilacsrc.yaml', 'rules:\n  cadence-inspection-window: { severity: error, options: { suspensions: [] } }\n');
    write('team/.ilacsrc.yaml', 'rules:\n  cadence-inspection-window: warning\n');
    const rules = new ConfigResolver({ stopAt: root }).resolveFor(write('team/a.md', '')).config.rules!;
    expect({ ...(rules['cadence-inspection-window'] as object) }).toEqual({ severity: 'warning', options: { suspensions: [] } });
  });

  it('adds the bank holidays of every file, a nearer file renaming a day, and refuses an impossible date where it is written', () => {
    write('.ilacsrc.yaml', 'bankHolidays:\n  2027-06-04: Proclaimed day\n');
    write('team/.ilacsrc.yaml', 'bankHolidays:\n  2027-06-04: Proclaimed day (renamed)\n  2028-05-09: Another day\n');
    const config = new ConfigResolver({ stopAt: root }).resolveFor(write('team/a.md', '')).config;
    expect({ ...config.bankHolidays }).toEqual({ '2027-06-04': 'Proclaimed day (renamed)', '2028-05-09': 'Another day' });
    const bad = write('bad/.ilacsrc.yaml', 'rules: {}\nbankHolidays:\n  2027-02-30: No such day\n');
    expect(() => new ConfigResolver({ stopAt: root }).resolveFor(join(dirname(bad), 'a.md'))).toThrow(
      /\.ilacsrc\.yaml:3:\d+.*bankHolidays/s,
    );
  });

  it('stops at a file with root: true', () => {
    write('.ilacsrc.yaml', 'rules:\n  privacy-email-address: off\n');
    const inner = write('team/.ilacsrc.yaml', 'root: true\nrules:\n  title: warning\n');
    const resolved = new ConfigResolver({ stopAt: root }).resolveFor(write('team/drafts/a.md', ''));
    expect(resolved.files).toEqual([inner]);
    expect(resolved.stoppedAt).toEqual({ folder: join(root, 'team'), reason: 'root: true' });
    expect({ ...resolved.config.rules }).toEqual({ title: 'warning' });
  });

  it('never applies a file above the repository root (a folder holding .git, or a worktree’s .git file)', () => {
    write('.ilacsrc.yaml', 'rules:\n  privacy-email-address: off\n  privacy-phone-number: off\n');
    mkdirSync(join(root, 'repo/.git'), { recursive: true });
    const inRepo = write('repo/.ilacsrc.yaml', 'rules:\n  title: warning\n');
    write('worktree/.git', 'gitdir: ../repo/.git/worktrees/w\n');
    const resolver = new ConfigResolver();
    const resolved = resolver.resolveFor(write('repo/drafts/a.md', ''));
    expect(resolved.files).toEqual([inRepo]);
    expect(resolved.stoppedAt).toEqual({ folder: join(root, 'repo'), reason: 'repository root' });
    expect(resolved.config.rules?.['privacy-email-address']).toBeUndefined();
    expect(resolver.resolveFor(write('worktree/a.md', ''))).toMatchObject({ files: [], config: {} });
    // Outside any repository the search goes on up, as before.
    expect(resolver.resolveFor(write('loose/a.md', '')).files).toEqual([join(root, '.ilacsrc.yaml')]);
  });

  it('gives an empty configuration when there is none, and honours --config and --no-config', () => {
    const draft = write('drafts/a.md', '');
    const chosen = write('elsewhere/custom.yaml', 'rules:\n  title: warning\n');
    write('drafts/.ilacsrc.json', '{"rules": {"title": "off"}}');
    expect(new ConfigResolver({ stopAt: join(root, 'elsewhere') }).resolveFor(join(root, 'elsewhere', 'x.md'))).toMatchObject({
      files: [],
      config: {},
    });
    expect({ ...new ConfigResolver({ configFile: chosen }).resolveFor(draft).config.rules }).toEqual({ title: 'warning' });
    expect(new ConfigResolver({ noConfig: true }).resolveFor(draft)).toEqual({ files: [], config: {} });
  });
});

describe('lookups keyed by user text', () => {
  it('hands over maps without a prototype, so "constructor" or "__proto__" finds nothing', () => {
    write(
      '.ilacsrc.yaml',
      'authorityAliases:\n  Harrow Council: Harrow\n  __proto__: Leeds\nglossary:\n  NCT: Northamptonshire Children’s Trust\n',
    );
    write('team/.ilacsrc.json', '{"rules": {"title": "warning"}}');
    const { config } = new ConfigResolver({ stopAt: root }).resolveFor(write('team/a.md', ''));
    for (const map of [config.authorityAliases!, config.glossary!, config.rules!]) expect(Object.getPrototypeOf(map)).toBeNull();
    for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(config.authorityAliases![key]).toBeUndefined();
      expect(config.glossary![key]).toBeUndefined();
    }
    // biome-ignore lint/complexity/useLiteralKeys: the key under test is the own property named __proto__
    // biome-ignore lint/suspicious/noProto: the same
    expect(config.authorityAliases!['__proto__']).toBe('Leeds');
    expect(config.authorityAliases!['Harrow Council']).toBe('Harrow');
  });
});

describe('only regular files of a sane size are read', () => {
  const locatedAt = (error: ConfigError, file: string) => expect([error.file, error.line, error.column]).toEqual([file, 1, 1]);

  it.skipIf(process.platform === 'win32')('refuses a configuration or ignore file that is a FIFO, without waiting for a writer', () => {
    const fifo = join(root, '.ilacsrc.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = configErrorOf(() => new ConfigResolver({ stopAt: root }).resolveFor(write('a.md', '')));
    locatedAt(error, fifo);
    expect(error.detail).toBe('cannot use the configuration file: it is a named pipe (FIFO), not a regular file');
    rmSync(fifo);
    const ignoreFifo = join(root, '.ilacsignore');
    expect(spawnSync('mkfifo', [ignoreFifo]).status).toBe(0);
    const ignoreError = configErrorOf(() => new ConfigResolver({ stopAt: root }).isIgnored(join(root, 'a.md')));
    locatedAt(ignoreError, ignoreFifo);
    expect(ignoreError.detail).toContain('ignore file: it is a named pipe (FIFO)');
  });

  it.skipIf(process.platform === 'win32')('refuses a link to /dev/zero or /dev/urandom rather than reading for ever', () => {
    symlinkSync('/dev/zero', join(root, '.ilacsrc.yaml'));
    const error = configErrorOf(() => new ConfigResolver({ stopAt: root }).resolveFor(write('a.md', '')));
    expect(error.detail).toBe('cannot use the configuration file: it is a character device, not a regular file');
    symlinkSync('/dev/urandom', join(root, '.ilacsignore'));
    expect(configErrorOf(() => new ConfigResolver({ stopAt: root }).isIgnored(join(root, 'a.md'))).detail).toContain('character device');
  });

  it('refuses a folder where a configuration file should be, and a file over the size limit', () => {
    mkdirSync(join(root, 'team/.ilacsrc.json'), { recursive: true });
    expect(configErrorOf(() => new ConfigResolver({ stopAt: root }).resolveFor(write('team/a.md', ''))).detail).toContain('it is a folder');
    const big = write('.ilacsrc.yaml', `# ${'x'.repeat(maxSettingsFileBytes)}\n`);
    const error = configErrorOf(() => new ConfigResolver({ stopAt: root }).resolveFor(write('a.md', '')));
    locatedAt(error, big);
    expect(error.detail).toBe(`cannot use the configuration file: it is larger than ${maxSettingsFileBytes} bytes`);
  });

  it('locates a byte that is not UTF-8 in a configuration file', () => {
    const file = join(root, '.ilacsrc.yaml');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('glossary:\n  NCT: Northamptonshire Children'), Buffer.from([0x92]), Buffer.from('s Trust\n')]),
    );
    const error = configErrorOf(() => new ConfigResolver({ stopAt: root }).resolveFor(write('a.md', '')));
    expect([error.line, error.column]).toEqual([2, 33]);
    expect(error.detail).toContain('byte 0x92 cannot be read as UTF-8 (in Windows-1252');
  });
});

describe('bad configuration is located', () => {
  it('reports broken YAML with its line and column', () => {
    write('.ilacsrc.yaml', 'rules:\n  title: [error\n');
    const error = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect(error.file).toBe(join(root, '.ilacsrc.yaml'));
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.detail).toMatch(/^invalid YAML/);
  });

  it('points at an unknown key and lists the keys allowed', () => {
    write('.ilacsrc.json', '{\n  "rules": {},\n  "rulez": {}\n}\n');
    const error = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect([error.line, error.column]).toEqual([3, 3]);
    expect(error.detail).toContain('unknown key "rulez"');
    expect(error.detail).toContain('rules');
  });

  it('points at a severity that does not exist', () => {
    write('.ilacsrc.yaml', 'rules:\n  title: loud\n');
    const error = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect([error.line, error.column]).toEqual([2, 10]);
    expect(error.detail).toBe('"rules.title" is not an allowed value: expected one of: off, info, warning, warn, error');
  });

  it('checks a rule’s options against its schema, and points at the wrong one', () => {
    write(
      '.ilacsrc.yaml',
      'rules:\n  cadence-inspection-window:\n    options:\n      suspensions:\n        - from: 2020-03-17\n          until: 2020-03-01\n',
    );
    const error = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect([error.line, error.column]).toEqual([6, 18]);
    expect(error.detail).toBe('"rules.cadence-inspection-window.options.suspensions.0.until": "until" is before "from"');
    write('.ilacsrc.yaml', 'rules:\n  cadence-inspection-window:\n    options:\n      suspensions:\n        - from: March 2020\n');
    expect(configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', ''))).detail).toMatch(
      /"rules\.cadence-inspection-window\.options\.suspensions\.0\.from": Invalid ISO date/,
    );
    write('.ilacsrc.yaml', 'rules:\n  title: { severity: warning, options: { strict: true } }\n');
    const none = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect(none.detail).toBe('unknown option "strict": rule "title" takes no options');
    expect(none.line).toBe(2);
  });

  it('points at a rule id that does not exist', () => {
    write('.ilacsrc.yaml', 'rules:\n  title: off\n  grade-kase: error\n');
    const error = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect([error.line, error.column]).toEqual([3, 3]);
    expect(error.detail).toContain('unknown rule "grade-kase"');
  });
});

describe('ignoring files', () => {
  it('reads no .ilacsignore above the repository root', () => {
    write('.ilacsignore', '*.md\n');
    mkdirSync(join(root, 'repo/.git'), { recursive: true });
    const resolver = new ConfigResolver();
    expect(resolver.isIgnored(write('repo/a.md', ''))).toBe(false);
    expect(resolver.isIgnored(write('loose/a.md', ''))).toBe(true);
  });

  it('applies the ignores of every configuration file that applies, each relative to its own folder', () => {
    write('.ilacsrc.yaml', 'ignores:\n  - archive/\n');
    write('team/.ilacsrc.yaml', 'ignores:\n  - /scratch.md\n');
    const resolver = new ConfigResolver({ stopAt: root });
    expect(resolver.isIgnored(write('team/archive/a.md', ''))).toBe(true);
    expect(resolver.isIgnored(write('team/scratch.md', ''))).toBe(true);
    expect(resolver.isIgnored(write('scratch.md', ''))).toBe(false);
    expect(resolver.isIgnored(write('team/a.md', ''))).toBe(false);
  });

  it('applies .ilacsignore files with gitignore syntax, deeper files winning', () => {
    write('.ilacsignore', 'archive/\n*.draft-old.md\n');
    write('archive/keep/.ilacsignore', '!kept.md\n');
    const resolver = new ConfigResolver({ stopAt: root });
    expect(resolver.isIgnored(write('archive/a.md', ''))).toBe(true);
    expect(resolver.isIgnored(write('reports/x.draft-old.md', ''))).toBe(true);
    expect(resolver.isIgnored(write('reports/x.md', ''))).toBe(false);
    // As in git, a file cannot be re-included when a parent folder is excluded.
    expect(resolver.isIgnored(write('archive/keep/kept.md', ''))).toBe(true);
  });

  it('re-includes a file that a shallower ignore file excluded by pattern', () => {
    write('.ilacsignore', '*.md\n');
    write('reports/.ilacsignore', '!final.md\n');
    const resolver = new ConfigResolver({ stopAt: root });
    expect(resolver.isIgnored(write('reports/final.md', ''))).toBe(false);
    expect(resolver.isIgnored(write('reports/other.md', ''))).toBe(true);
  });

  it('applies the configuration’s ignores relative to the configuration file', () => {
    write('team/.ilacsrc.json', JSON.stringify({ ignores: ['old/**', '/top.md'] }));
    const resolver = new ConfigResolver({ stopAt: root });
    expect(resolver.isIgnored(write('team/old/a.md', ''))).toBe(true);
    expect(resolver.isIgnored(write('team/top.md', ''))).toBe(true);
    expect(resolver.isIgnored(write('team/sub/top.md', ''))).toBe(false);
    expect(resolver.isIgnored(write('old/a.md', ''))).toBe(false);
  });
});
