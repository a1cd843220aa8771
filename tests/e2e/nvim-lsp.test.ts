import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { corpusDrafts, positionOf, serverPath } from './lsp-support.js';

/**
 * A real editor: headless Neovim 0.7.2 from Debian (`apt-get install neovim`) as the LSP client.
 * CI installs it; on a machine without nvim the test is skipped, unless CI is set, where it fails.
 */
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasNvim && process.env.CI) throw new Error('nvim is not installed: CI must run `apt-get install -y neovim`.');

test.skipIf(!hasNvim)('Neovim receives diagnostics, completion and hover from the server', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'ilacs-nvim-'));
  try {
    const text = readFileSync(join(corpusDrafts, '012-harrow-short-inspection.md'), 'utf8').replace('\n2. ', '\n4. ');
    const draft = join(scratch, 'harrow.md');
    writeFileSync(draft, text);
    const completion = positionOf(text, 'children in care: good', 'children in care: '.length);
    const hover = positionOf(text, '(MASH)', 2);
    const run = spawnSync(
      'nvim',
      ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(import.meta.dirname, 'nvim-lsp.lua')}`],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: {
          ...process.env,
          // Neovim writes its log, swap and state under these; keep them out of $HOME.
          XDG_CACHE_HOME: join(scratch, 'cache'),
          XDG_DATA_HOME: join(scratch, 'data'),
          XDG_STATE_HOME: join(scratch, 'state'),
          ILACS_DRAFT: draft,
          ILACS_SERVER: serverPath,
          ILACS_COMPLETION_LINE: String(completion.line),
          ILACS_COMPLETION_CHARACTER: String(completion.character),
          ILACS_HOVER_LINE: String(hover.line),
          ILACS_HOVER_CHARACTER: String(hover.character),
        },
      },
    );
    const lines = run.stdout.split('\n');
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const paragraph = positionOf(text, '\n4. ', 1);
    expect(lines).toContain(`DIAGNOSTIC paragraph-numbering ${paragraph.line} 0 ERROR`);
    expect(lines.filter((l) => l.startsWith('COMPLETION '))).toEqual([
      'COMPLETION outstanding',
      'COMPLETION good',
      'COMPLETION requires improvement to be good',
      'COMPLETION inadequate',
    ]);
    expect(lines.find((l) => l.startsWith('HOVER '))).toContain('multi-agency safeguarding hub');
    expect(lines).toContain('PASS');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
