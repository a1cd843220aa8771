import { lintCommand } from './lint.js';
import { cadenceCommand } from './cadence.js';
import { newCommand } from './new.js';
import { rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';
import type { Command } from './types.js';

/** Every subcommand, one module each. */
export const commands: readonly Command[] = [lintCommand, newCommand, schemaCommand, rulesCommand, cadenceCommand];
