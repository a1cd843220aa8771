import { parseArgs } from 'node:util';
import { builtinRules } from '@ilacs/core';
import { ruleDocsUrl } from '@ilacs/core';
import { ruleDocumentTypes } from '@ilacs/core/tools';
import { UsageError } from '../files.js';
import type { Command } from './types.js';

/**
 * A rule's documentation page, the Markdown in docs/rules/ that its docs link names. esbuild bundles
 * every page matching the pattern into the CLI as text (scripts/build.mjs), so nothing is read from
 * disk at run time; callers pass only ids of rules that exist.
 */
async function ruleDocsPage(ruleId: string): Promise<string> {
  const page = (await import(`../../../../docs/rules/${ruleId}.md`)) as { default: string };
  // The generator's note to editors ("edit the rule, not this file") means nothing to a reader here.
  return page.default.replace(/^<!--[^\n]*-->\n/, '');
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: "List the rules with their category, default severity and whether --fix can fix them, or print one rule's documentation.",
  usage: `ilacs rules [--json]
ilacs rules <rule-id> [--json]

With a rule id, prints that rule's documentation (Markdown), the page its docs link names.

Options:
      --json       Print the rules' metadata as JSON (id, description, category, defaultSeverity, fixable, docsUrl);
                   with a rule id, that rule's metadata and its documentation as "docs"
  -h, --help       Show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`Expected at most one rule id, got ${positionals.length}.`);
    const rows = builtinRules.map(({ meta }) => ({
      id: meta.id,
      description: meta.description,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      fixable: meta.fixable,
      ...(meta.appliesTo ? { appliesTo: ruleDocumentTypes(meta) } : {}),
      docsUrl: ruleDocsUrl(meta.id),
    }));
    const [ruleId] = positionals;
    if (ruleId !== undefined) {
      const row = rows.find((r) => r.id === ruleId);
      if (!row) throw new UsageError(`No rule is called "${ruleId}". Run "ilacs rules" to list them.`);
      const docs = await ruleDocsPage(row.id);
      io.stdout(values.json ? `${JSON.stringify({ ...row, docs }, null, 2)}\n` : docs);
      return 0;
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const table = [
      ['rule', 'category', 'severity', 'fix', 'checks'],
      ...rows.map((r) => [r.id, r.category, r.defaultSeverity, r.fixable ? 'yes' : '', r.description]),
    ];
    const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    const lines = table.map((row) =>
      row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '),
    );
    io.stdout(`${lines.join('\n')}\n\nRun "ilacs rules <rule-id>" for a rule's documentation.\n`);
    return 0;
  },
};
