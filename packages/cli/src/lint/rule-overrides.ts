import { builtinRules, ruleSeveritySetting, type IlacsConfig } from '@ilacs/core';
import { UsageError } from '../files.js';

type RuleSettings = NonNullable<IlacsConfig['rules']>;

/** Reads `--rule id:severity` options (repeatable) into rule settings that override configuration. */
export function parseRuleOverrides(values: readonly string[]): RuleSettings {
  const known = new Set(builtinRules.map((rule) => rule.meta.id));
  const overrides: RuleSettings = {};
  for (const value of values) {
    const colon = value.lastIndexOf(':');
    const id = colon === -1 ? value : value.slice(0, colon);
    const severity = ruleSeveritySetting.safeParse(colon === -1 ? undefined : value.slice(colon + 1));
    if (!severity.success) {
      throw new UsageError(
        `--rule "${value}": expected "rule-id:severity" with severity one of: ${ruleSeveritySetting.options.join(', ')}.`,
      );
    }
    if (!known.has(id)) throw new UsageError(`--rule "${value}": unknown rule "${id}"; "ilacs rules" lists them.`);
    overrides[id] = severity.data;
  }
  return overrides;
}
