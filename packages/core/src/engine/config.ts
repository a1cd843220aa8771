import type { IlacsConfig, RuleSetting } from '../config/schema.js';
import type { Severity } from './types.js';

/** The configuration the core needs: already resolved and merged by whoever read the files. */
export type LintConfig = Pick<IlacsConfig, 'rules' | 'glossary' | 'authorityAliases' | 'maxFileSize' | 'bankHolidays'> & {
  /**
   * Diagnostics below this severity are dropped, fixes and all (the CLI's `--quiet` gives `error`).
   * Switching lower rules off is not enough: an error rule may report a less certain finding as a
   * warning (`Problem.atMost`).
   */
  minimumSeverity?: Severity;
};

export interface EffectiveRuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export function effectiveRuleSetting(setting: RuleSetting | undefined, defaultSeverity: Severity): EffectiveRuleSetting {
  if (setting === undefined) return { severity: defaultSeverity, options: {} };
  if (typeof setting === 'string') return { severity: normaliseSeverity(setting), options: {} };
  return {
    severity: setting.severity === undefined ? defaultSeverity : normaliseSeverity(setting.severity),
    options: setting.options ?? {},
  };
}

function normaliseSeverity(value: 'off' | 'info' | 'warning' | 'warn' | 'error'): Severity | 'off' {
  return value === 'warn' ? 'warning' : value;
}
