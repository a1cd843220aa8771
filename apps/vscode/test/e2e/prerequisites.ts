/**
 * Whether the real-editor tests can run here. CI must run them (`.ci/run` installs Chromium, ripgrep
 * and libkrb5-dev), so there a missing piece is a failure, not a skip; a developer machine without
 * them skips with the reason.
 */
import { existsSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script, shared with CI, without type declarations.
import { codeServerBin, missingPrerequisites } from './code-server-install.mjs';
import { chromiumPath } from './workbench.js';

const required = Boolean(process.env.CI || process.env.ILACS_REQUIRE_BROWSER);

export function e2eSkipReason(): string | undefined {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push(`Chromium at ${chromiumPath} (apt-get install -y chromium)`);
  if (!existsSync(codeServerBin())) missing.push(...(missingPrerequisites() as string[]));
  if (missing.length === 0 || required) return undefined;
  const reason = `VS Code e2e tests skipped: missing ${missing.join('; ')}`;
  console.warn(reason);
  return reason;
}
