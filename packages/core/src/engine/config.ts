import type { IlacsConfig, RuleSetting } from '../config/schema.js';
import type { Severity } from './types.js';

/** The configuration the core needs: already resolved and merged by whoever read the files. */
export type LintConfig = Pick<IlacsConfig, 'rules' | 'glossary' | 'authorityAliases' | 'maxFileSize'>;

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
