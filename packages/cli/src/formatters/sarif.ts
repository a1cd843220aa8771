import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRules, type Diagnostic } from '@ilacs/core';
import { repositoryUrl, ruleDocsUrl } from '@ilacs/core';
import { terminalSafeJson } from '../output/terminal-text.js';
import { version } from '../version.js';
import type { Formatter } from './types.js';

const levels: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 (the format GitHub code scanning and Azure DevOps read): one run, every rule's
 * metadata with its help link, results located by 1-based line and UTF-16 column, file URIs
 * relative to the working folder (%SRCROOT%).
 */
export const sarifFormatter: Formatter = (results, { cwd }) => {
  const rules = builtinRules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    helpUri: ruleDocsUrl(rule.meta.id),
    help: { text: `${rule.meta.description} See ${ruleDocsUrl(rule.meta.id)}`, markdown: rule.meta.docs },
    defaultConfiguration: { level: levels[rule.meta.defaultSeverity] },
    properties: { category: rule.meta.category, fixable: rule.meta.fixable },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts = results.map((result) => ({ location: artifactLocation(result.filePath, cwd) }));
  const sarifResults = results.flatMap((result, artifactIndex) =>
    result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
      level: levels[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...artifactLocation(result.filePath, cwd), index: artifactIndex },
            region: { startLine: d.start.line + 1, startColumn: d.start.column + 1, endLine: d.end.line + 1, endColumn: d.end.column + 1 },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ilacs', version, semanticVersion: version, informationUri: repositoryUrl, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
      },
    ],
  };
  return terminalSafeJson(log);
};

/** Files under the working folder are relative to %SRCROOT%; others (and standard input) are absolute or as named. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === '<stdin>') return { uri: 'stdin' };
  const rel = relative(cwd, filePath);
  if (rel.startsWith('..') || rel === '' || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
