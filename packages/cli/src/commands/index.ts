import { lintCommand } from './lint.js';
import { cadenceCommand } from './cadence.js';
import { newCommand } from './new.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';
import { rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';
import type { Command } from './types.js';

/** Every subcommand, one module each. */
export const commands: readonly Command[] = [
  lintCommand,
  newCommand,
  importCommand,
  exportCommand,
  schemaCommand,
  rulesCommand,
  cadenceCommand,
];
