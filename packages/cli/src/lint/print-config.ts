import { builtinRules } from '@ilacs/core';
import { defaultMaxDraftSize, effectiveRuleSetting } from '@ilacs/core/tools';
import { terminalSafeJson } from '../output/terminal-text.js';
import type { FileLinter } from './file-linter.js';

/**
 * What `--print-config <file>` prints (as ESLint's option does, plus where it came from): the
 * configuration files that applied, outermost first; where the search for them stopped and why;
 * whether the file is ignored; and the configuration it is linted with, every rule included, after
 * the command line's `--rule` and `--quiet`.
 */
export function printConfig(linter: FileLinter, filePath: string): string {
  const { resolved, lintConfig, ignored } = linter.configFor(filePath);
  const rules: Record<string, unknown> = {};
  for (const rule of builtinRules) {
    const { severity, options } = effectiveRuleSetting(lintConfig.rules?.[rule.meta.id], rule.meta.defaultSeverity);
    rules[rule.meta.id] = Object.keys(options).length ? { severity, options: { ...options } } : severity;
  }
  const report = {
    filePath,
    configFiles: resolved.files,
    ...(resolved.stoppedAt ? { searchStoppedAt: resolved.stoppedAt } : {}),
    ignored,
    config: {
      rules,
      glossary: { ...lintConfig.glossary },
      authorityAliases: { ...lintConfig.authorityAliases },
      maxFileSize: lintConfig.maxFileSize ?? defaultMaxDraftSize,
    },
  };
  return terminalSafeJson(report);
}
