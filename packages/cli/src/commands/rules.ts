import { parseArgs } from 'node:util';
import { builtinRules } from '@ilacs/core';
import { ruleDocsUrl } from '@ilacs/core';
import { ruleDocumentTypes } from '@ilacs/core/tools';
import type { Command } from './types.js';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the rules with their category, default severity and whether --fix can fix them.',
  usage: `ilacs rules [--json]

Options:
      --json       Print the rules' metadata as JSON (id, description, category, defaultSeverity, fixable, docsUrl)
  -h, --help       Show this help`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const rows = builtinRules.map(({ meta }) => ({
      id: meta.id,
      description: meta.description,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      fixable: meta.fixable,
      ...(meta.appliesTo ? { appliesTo: ruleDocumentTypes(meta) } : {}),
      docsUrl: ruleDocsUrl(meta.id),
    }));
    if (values.json) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const table = [['rule', 'category', 'severity', 'fix', 'checks'], ...rows.map((r) => [r.id, r.category, r.defaultSeverity, r.fixable ? 'yes' : '', r.description])];
    const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    const lines = table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
