/**
 * `ilacs lint --fix` never loses or corrupts what a user has (issue 19), on the built CLI: drafts
 * edited, replaced or deleted while it works, read-only drafts, links out of the paths given, hard
 * links, a SIGKILL part-way, bytes that are not UTF-8, UTF-16 files; and the inputs that hung or
 * crashed a whole run: settings files that are FIFOs or devices, terminal escapes in a draft, user
 * text that names a property of Object.prototype.
 *
 * Another program's interference comes from a preload (support/interfere-with-fix.mjs) that acts at
 * the moment the CLI creates its temporary file. Permission bits do not stop root, so where they
 * matter the CLI also runs as "nobody" (runuser), as in cli-faults.test.ts.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixText } from '@ilacs/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath, repoRoot } from './cli-support.js';

const interferer = join(repoRoot, 'tests/e2e/support/interfere-with-fix.mjs');
const clean = readFileSync(join(repoRoot, 'examples/short-inspection-clean.md'), 'utf8');
/** One fixable problem ("judgment"), nothing else. */
const fixable = clean.replace('understood by partner agencies.', 'understood by partner agencies. Staff use sound judgment.');
const fixed = fixText(fixable).output;
const isRoot = process.getuid?.() === 0;
const canDropPrivileges = !isRoot || existsSync('/usr/sbin/runuser');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ilacs-fix-safety-'));
  chmodSync(work, 0o755);
});
afterEach(() => {
  for (const entry of readdirSync(work, { recursive: true }) as string[]) {
    try {
      chmodSync(join(work, entry), 0o755);
    } catch {
      // a dangling link: nothing to restore
    }
  }
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function ilacs(
  args: string[],
  options: { interfere?: { action: string; target: string; text?: string }; asNobody?: boolean; cwd?: string } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  const node = [process.execPath];
  let cli = cliPath;
  if (options.interfere) {
    node.push('--import', interferer);
    Object.assign(env, {
      ILACS_TEST_INTERFERE: options.interfere.action,
      ILACS_TEST_TARGET: options.interfere.target,
      ILACS_TEST_TEXT: options.interfere.text ?? '',
    });
  }
  let command = [...node, cli, ...args];
  if (options.asNobody && isRoot) {
    // nobody cannot read the repository's copy of the bundle from a private home; give it its own.
    cpSync(join(repoRoot, 'packages/cli/dist'), join(work, '.cli'), { recursive: true });
    cli = join(work, '.cli/ilacs.js');
    command = ['runuser', '-u', 'nobody', '--', ...node, cli, ...args];
  }
  const run = spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd ?? work,
    env,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

const write = (path: string, content: string | Buffer) => {
  const target = join(work, path);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, content);
  return target;
};
const temporaryFiles = (folder: string) => readdirSync(folder).filter((name) => name.includes('.ilacs-fix-'));

describe('a draft that changes under --fix', () => {
  it('edited in place by another program: the newer text is kept, the file is named, exit 2', () => {
    const draft = write('drafts/a.md', fixable);
    const newer = `${fixable}\nA paragraph the author added while ilacs ran.\n`;
    const run = ilacs(['lint', '--fix', 'drafts/a.md'], { interfere: { action: 'edit', target: draft, text: newer } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'ilacs: drafts/a.md was not fixed: it changed on disk after it was read (another program saved it), so the fixes were not written; run --fix again.',
    );
    expect(readFileSync(draft, 'utf8')).toBe(newer);
    expect(temporaryFiles(join(work, 'drafts'))).toEqual([]);
  });

  it('replaced by an editor’s atomic save: the newer file is kept', () => {
    const draft = write('drafts/a.md', fixable);
    const newer = fixable.replace('Staff use', 'Staff always use');
    const run = ilacs(['lint', '--fix', 'drafts/a.md'], { interfere: { action: 'replace', target: draft, text: newer } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('drafts/a.md was not fixed: it changed on disk after it was read');
    expect(readFileSync(draft, 'utf8')).toBe(newer);
  });

  it('deleted: it is not recreated, and nothing is left behind', () => {
    const draft = write('drafts/a.md', fixable);
    const run = ilacs(['lint', '--fix', 'drafts/a.md'], { interfere: { action: 'delete', target: draft } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('drafts/a.md was not fixed: it was deleted while it was being fixed, so it was not written again.');
    expect(readdirSync(join(work, 'drafts'))).toEqual([]);
  });
});

describe('drafts --fix must not write', () => {
  it.skipIf(!canDropPrivileges)('a read-only (0444) draft is reported, not rewritten, by its owner or by root', () => {
    const draft = write('a.md', fixable);
    chmodSync(draft, 0o444);
    chmodSync(work, 0o777); // a folder anyone may write in: only the file's own mode protects it
    for (const asNobody of [false, true]) {
      const run = ilacs(['lint', '--fix', 'a.md'], { asNobody });
      expect(run.status, `as nobody: ${asNobody}`).toBe(2);
      expect(run.stderr).toContain('ilacs: a.md was not fixed: it is read-only (mode 0444).');
      expect(run.stdout).toContain('style-judgement-spelling');
      expect(readFileSync(draft, 'utf8')).toBe(fixable);
      expect(statSync(draft).mode & 0o777).toBe(0o444);
    }
  });

  it.skipIf(!canDropPrivileges)('a draft its user may write, in a folder they may not add files to, is fixed in place', () => {
    const draft = write('locked/a.md', fixable);
    chmodSync(draft, 0o666);
    chmodSync(join(work, 'locked'), 0o555);
    const run = ilacs(['lint', '--fix', 'locked/a.md'], { asNobody: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(draft, 'utf8')).toBe(fixed);
    expect(readdirSync(join(work, 'locked'))).toEqual(['a.md']);
  });

  it('a link in the folder given that points outside it: linted, never written through (by glob or by name)', () => {
    const outside = write('elsewhere/shared.md', fixable);
    write('drafts/own.md', fixable);
    symlinkSync(outside, join(work, 'drafts/link.md'));
    for (const args of [
      ['lint', '--fix', 'drafts/*.md'],
      ['lint', '--fix', 'drafts/link.md'],
    ]) {
      const run = ilacs(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(
        `ilacs: drafts/link.md was not fixed: it is a link to ${outside}, outside the paths given; name that file to fix it.`,
      );
      expect(readFileSync(outside, 'utf8')).toBe(fixable);
      expect(lstatSync(join(work, 'drafts/link.md')).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(join(work, 'drafts/own.md'), 'utf8')).toBe(fixed);
    // Named by its own path, the file is fixed.
    expect(ilacs(['lint', '--fix', 'elsewhere/shared.md']).status).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe(fixed);
  });

  it('a link to a file inside the paths given is fixed through, and stays a link', () => {
    const real = write('drafts/real.md', fixable);
    symlinkSync('real.md', join(work, 'drafts/alias.md'));
    const run = ilacs(['lint', '--fix', 'drafts/alias.md', 'drafts']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readlinkSync(join(work, 'drafts/alias.md'))).toBe('real.md');
    expect(readFileSync(real, 'utf8')).toBe(fixed);
  });

  it('a hard-linked draft is fixed in place: every name sees the fix, and the link is kept', () => {
    const draft = write('drafts/a.md', fixable);
    linkSync(draft, join(work, 'copy-in-another-folder.md'));
    const inode = statSync(draft).ino;
    const run = ilacs(['lint', '--fix', 'drafts/a.md']);
    expect(run.status).toBe(0);
    expect(readFileSync(draft, 'utf8')).toBe(fixed);
    expect(readFileSync(join(work, 'copy-in-another-folder.md'), 'utf8')).toBe(fixed);
    expect(statSync(draft)).toMatchObject({ ino: inode, nlink: 2 });
  });
});

describe('a --fix killed part-way', () => {
  it('leaves its temporary file only until the next --fix, which removes it and says so', () => {
    const draft = write('drafts/a.md', fixable);
    const killed = ilacs(['lint', '--fix', 'drafts/a.md'], { interfere: { action: 'kill', target: draft } });
    expect(killed.signal).toBe('SIGKILL');
    expect(readFileSync(draft, 'utf8')).toBe(fixable);
    const [left] = temporaryFiles(join(work, 'drafts'));
    expect(left).toMatch(/^\.a\.md\.ilacs-fix-\d+-[0-9a-f]{8}\.tmp$/);
    // A plain lint changes nothing, not even that.
    ilacs(['lint', 'drafts']);
    expect(temporaryFiles(join(work, 'drafts'))).toEqual([left]);
    const next = ilacs(['lint', '--fix', 'drafts']);
    expect(next.status).toBe(0);
    expect(next.stderr).toBe(`ilacs: removed drafts/${left}, a temporary file left by an interrupted --fix.\n`);
    expect(temporaryFiles(join(work, 'drafts'))).toEqual([]);
    expect(readFileSync(draft, 'utf8')).toBe(fixed);
  });

  it('leaves alone a recent temporary file of a process that is still running', () => {
    write('drafts/a.md', fixable);
    const running = `.b.md.ilacs-fix-${process.pid}-0123abcd.tmp`;
    write(`drafts/${running}`, 'half-written');
    expect(ilacs(['lint', '--fix', 'drafts']).status).toBe(0);
    expect(temporaryFiles(join(work, 'drafts'))).toEqual([running]);
  });
});

describe('text that is not valid UTF-8', () => {
  const bad = (bytes: number[]) =>
    Buffer.concat([
      Buffer.from(fixable.slice(0, fixable.indexOf('Thresholds'))),
      Buffer.from('The family said it was '),
      Buffer.from(bytes),
      Buffer.from(' helpful.'),
      Buffer.from(fixable.slice(fixable.indexOf('Thresholds') - 1)),
    ]);
  const cases: [string, number[], string][] = [
    ['a stray 0xFF', [0xff], 'byte 0xFF cannot be read as UTF-8'],
    [
      'Windows-1252 quotes pasted from Word',
      [0x93, 0x76, 0x65, 0x72, 0x79, 0x94],
      'byte 0x93 cannot be read as UTF-8 (in Windows-1252, the encoding of text pasted from older Word documents, it is "“")',
    ],
    ['a CESU-8 surrogate pair', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], 'encode half of a UTF-16 surrogate pair (CESU-8'],
  ];
  for (const [name, bytes, detail] of cases) {
    it(`${name}: an error at the first bad byte, and the file is never rewritten`, () => {
      const content = bad(bytes);
      const draft = write('a.md', content);
      const line = content
        .subarray(0, content.indexOf(Buffer.from(bytes)))
        .toString('latin1')
        .split('\n').length;
      const column =
        'The family said it was '.length +
        '1. Contacts and referrals are responded to promptly by experienced practitioners in the multi-agency safeguarding hub (MASH). '
          .length +
        1;
      const run = ilacs(['lint', '--fix', '-f', 'json', 'a.md']);
      expect(run.status).toBe(1);
      expect(readFileSync(draft).equals(content)).toBe(true);
      const [result] = JSON.parse(run.stdout);
      const encoding = result.messages.find((m: { ruleId: string }) => m.ruleId === 'file-encoding');
      expect(encoding).toMatchObject({ severity: 2, line, column });
      expect(encoding.message).toContain(detail);
      expect(encoding.message).toContain('--fix will not change it');
      // The other problem is still reported, and left for the author.
      expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('style-judgement-spelling');
    });
  }
});

describe('UTF-16 with a byte-order mark (Word’s "Unicode text")', () => {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    it(`${encoding}: linted as a draft, fixed, and written back in ${encoding} with its byte-order mark`, () => {
      const encode = (text: string) =>
        encoding === 'utf-16le' ? Buffer.from(`\uFEFF${text}`, 'utf16le') : Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
      const draft = write('word.md', encode(fixable.replaceAll('\n', '\r\n')));
      const lint = ilacs(['lint', '-f', 'json', 'word.md']);
      expect(lint.status).toBe(0);
      expect(JSON.parse(lint.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['style-judgement-spelling']);
      expect(ilacs(['lint', '--fix', 'word.md']).status).toBe(0);
      expect(readFileSync(draft).equals(encode(fixed.replaceAll('\n', '\r\n')))).toBe(true);
    });
  }
});

describe('settings files and drafts that are not regular files', () => {
  const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

  it.skipIf(process.platform === 'win32')('a configuration or ignore file that is a FIFO: exit 2 at once, located, not a hang', () => {
    write('a.md', clean);
    mkfifo(join(work, '.ilacsrc.yaml'));
    const run = ilacs(['lint', 'a.md']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `ilacs: invalid configuration: ${join(work, '.ilacsrc.yaml')}:1:1: cannot use the configuration file: it is a named pipe (FIFO), not a regular file\n`,
    );
    rmSync(join(work, '.ilacsrc.yaml'));
    mkfifo(join(work, '.ilacsignore'));
    const ignore = ilacs(['lint', 'a.md']);
    expect(ignore.status).toBe(2);
    expect(ignore.stderr).toContain('.ilacsignore:1:1: cannot use the ignore file: it is a named pipe (FIFO)');
  });

  it.skipIf(process.platform === 'win32')('a configuration file that is a link to /dev/zero or /dev/urandom: exit 2, nothing read', () => {
    write('a.md', clean);
    for (const device of ['/dev/zero', '/dev/urandom']) {
      rmSync(join(work, '.ilacsrc.json'), { force: true });
      symlinkSync(device, join(work, '.ilacsrc.json'));
      const run = ilacs(['lint', 'a.md']);
      expect(run.status, device).toBe(2);
      expect(run.stderr).toContain('.ilacsrc.json:1:1: cannot use the configuration file: it is a character device, not a regular file');
    }
  });

  it.skipIf(process.platform === 'win32')('a draft named on the command line that is a FIFO: exit 2 with what it is', () => {
    mkfifo(join(work, 'pipe.md'));
    const run = ilacs(['lint', 'pipe.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ilacs: cannot read pipe.md: it is a named pipe (FIFO), not a regular file\n');
  });
});

describe('what a draft holds never reaches the terminal raw', () => {
  it('control characters and bidirectional overrides in values and file names are escaped in every human output', () => {
    const hostile = '\u001b[2J\u001b]0;pwned\u0007\u001b[31mRed\u202E';
    write(
      `dra\u001b[1mft.md`,
      clean.replace(
        /^local_authority: .*$/m,
        `local_authority: "${hostile.replaceAll('\u001b', '\\e').replace('\u0007', '\\a').replace('\u202E', '\\u202E')}"`,
      ),
    );
    for (const format of ['stylish', 'github']) {
      const run = ilacs(['lint', '-f', format, '.']);
      expect(run.status, format).toBe(1);
      expect(run.stdout, format).toContain('\\x1B[2J\\x1B]0;pwned\\x07\\x1B[31mRed\\u202E');
      expect(run.stdout, format).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    }
    for (const format of ['json', 'sarif', 'gitlab', 'junit']) {
      const run = ilacs(['lint', '-f', format, '.']);
      expect(run.stdout, format).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    }
    const named = ilacs(['lint', `dra\u001b[1mft.md`, 'missing\u001b[5m.md']);
    expect(named.stderr).toContain('No such file or folder: "missing\\x1B[5m.md"');
    expect(named.stderr).not.toContain('\u001b');
  });
});

describe('user text that names a property of Object.prototype', () => {
  it('an authority called "constructor", "__proto__", "toString" or "valueOf" with authorityAliases configured: reported, and the run goes on', () => {
    write('.ilacsrc.yaml', 'authorityAliases:\n  Harrow Council: Harrow\n');
    const names = ['constructor', '__proto__', 'toString', 'valueOf'];
    for (const name of names) write(`${name}.md`, clean.replace(/^local_authority: .*$/m, `local_authority: ${name}`));
    write('z-broken.md', clean.replace(/^local_authority: .*$/m, 'local_authority: Narnia'));
    const run = ilacs(['lint', '-f', 'json', '.']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    expect(results.map((r) => r.filePath.slice(work.length + 1))).toEqual([...names.map((n) => `${n}.md`).sort(), 'z-broken.md']);
    for (const result of results) {
      expect(result.messages.map((m) => m.ruleId)).toEqual(['front-matter-schema']);
      expect(result.messages[0]!.message).toMatch(/^Unknown local authority "/);
    }
  });
});
