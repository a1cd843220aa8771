import { parseArgs } from 'node:util';
import { configJsonSchema, draftJsonSchema } from '@ilacs/core';
import { UsageError } from '../files.js';
import type { Command } from './types.js';

const schemas: Record<string, () => Record<string, unknown>> = { draft: draftJsonSchema, config: configJsonSchema };

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the draft front matter or of the configuration file.',
  usage: `ilacs schema [draft|config]

Prints the JSON Schema (draft 2020-12) generated from the zod schemas: "draft" (the default) for a
draft's front matter, "config" for .ilacsrc files. Editors can use it for completion and checks.

Options:
  -h, --help       Show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`Expected one schema name, got ${positionals.length}.`);
    const name = positionals[0] ?? 'draft';
    const schema = schemas[name];
    if (!schema) throw new UsageError(`Unknown schema "${name}": expected one of: ${Object.keys(schemas).join(', ')}.`);
    io.stdout(`${JSON.stringify(schema(), null, 2)}\n`);
    return 0;
  },
};
