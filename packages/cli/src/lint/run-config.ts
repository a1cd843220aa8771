import { builtinRules, type IlacsConfig, type LintConfig } from '@ilacs/core';
import { effectiveRuleSetting } from '@ilacs/core/tools';
import { dictionary, mergeConfigs } from '@ilacs/config';

export interface RunSettings {
  /** `--rule` settings, which win over every configuration file. */
  ruleOverrides: NonNullable<IlacsConfig['rules']>;
  /**
   * `--quiet`: rules below error level are not run at all, and the less certain findings an error rule
   * reports as warnings are dropped, so neither reports nor fixes.
   */
  errorsOnly: boolean;
}

/**
 * The configuration one file is linted with: its configuration files, then the command line. Merged
 * by @ilacs/config, so every map the core looks user text up in stays prototype-free.
 */
export function lintConfigFor(fileConfig: IlacsConfig, settings: RunSettings): LintConfig {
  const merged = mergeConfigs(fileConfig, { rules: settings.ruleOverrides });
  if (!settings.errorsOnly) return merged;
  const rules = dictionary(Object.entries(merged.rules ?? {}));
  for (const rule of builtinRules) {
    const setting = rules[rule.meta.id];
    if (effectiveRuleSetting(setting, rule.meta.defaultSeverity).severity !== 'error') rules[rule.meta.id] = 'off';
  }
  return { ...merged, rules, minimumSeverity: 'error' };
}
