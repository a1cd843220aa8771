import { lintCommand } from './lint.js';
import type { Command } from './types.js';

/** Every subcommand, one module each. */
export const commands: readonly Command[] = [lintCommand];
