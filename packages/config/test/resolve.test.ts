import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver } from '../src/index.js';

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
  it('uses the nearest file up from the draft, without merging the outer one', () => {
    write('.ilacsrc.json', JSON.stringify({ rules: { title: 'off', 'grade-case': 'warning' } }));
    const inner = write('team/.ilacsrc.yaml', 'rules:\n  title: error\n');
    const draft = write('team/drafts/a.md', '');
    const outerDraft = write('b.md', '');
    const resolver = new ConfigResolver({ stopAt: root });
    expect(resolver.resolveFor(draft)).toEqual({ file: inner, config: { rules: { title: 'error' } } });
    expect(resolver.resolveFor(outerDraft).config.rules).toEqual({ title: 'off', 'grade-case': 'warning' });
  });

  it('gives an empty configuration when there is none, and honours --config and --no-config', () => {
    const draft = write('drafts/a.md', '');
    const chosen = write('elsewhere/custom.yaml', 'rules:\n  title: warning\n');
    write('drafts/.ilacsrc.json', '{"rules": {"title": "off"}}');
    expect(new ConfigResolver({ stopAt: join(root, 'elsewhere') }).resolveFor(join(root, 'elsewhere', 'x.md'))).toEqual({ config: {} });
    expect(new ConfigResolver({ configFile: chosen }).resolveFor(draft).config.rules).toEqual({ title: 'warning' });
    expect(new ConfigResolver({ noConfig: true }).resolveFor(draft)).toEqual({ config: {} });
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

  it('points at a rule id that does not exist', () => {
    write('.ilacsrc.yaml', 'rules:\n  title: off\n  grade-kase: error\n');
    const error = configErrorOf(() => new ConfigResolver().resolveFor(write('a.md', '')));
    expect([error.line, error.column]).toEqual([3, 3]);
    expect(error.detail).toContain('unknown rule "grade-kase"');
  });
});

describe('ignoring files', () => {
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
