import type { IlacsConfig, RuleSetting } from '@ilacs/core';

type Dictionary<T> = Record<string, T>;

/**
 * An object without a prototype holding `entries`: looked up by text a user wrote (an authority
 * alias, an acronym, a rule id), `constructor` or `__proto__` finds nothing rather than Object's own.
 */
export function dictionary<T>(entries: Iterable<[string, T]> = []): Dictionary<T> {
  const result = Object.create(null) as Dictionary<T>;
  for (const [key, value] of entries) {
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** A copy of data read from a file in which every object is prototype-free (arrays stay arrays). */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value !== null && typeof value === 'object')
    return dictionary(Object.entries(value).map(([key, inner]) => [key, withoutPrototypes(inner)]));
  return value;
}

/** A configuration as read from one file, made safe to look user text up in. */
export function prototypeFreeConfig(config: IlacsConfig): IlacsConfig {
  return withoutPrototypes(config) as IlacsConfig;
}

/**
 * Merges configurations, outermost first: a later one wins rule by rule, acronym by acronym and alias
 * by alias, bank holiday by bank holiday. As in ESLint, a rule given only a severity keeps the options an outer file gave it.
 * `root` and `ignores` belong to each file (ignores stay relative to their own file) and are not merged.
 * Every map in the result is prototype-free.
 */
export function mergeConfigs(...configs: readonly (IlacsConfig | undefined)[]): IlacsConfig {
  const rules = dictionary<RuleSetting>();
  const glossary = dictionary<string>();
  const authorityAliases = dictionary<string>();
  const bankHolidays = dictionary<string>();
  let maxFileSize: number | undefined;
  for (const config of configs) {
    if (!config) continue;
    for (const [id, setting] of Object.entries(config.rules ?? {}))
      if (setting !== undefined) rules[id] = mergeRuleSetting(Object.hasOwn(rules, id) ? rules[id] : undefined, setting);
    for (const [acronym, expansion] of Object.entries(config.glossary ?? {})) glossary[acronym] = expansion;
    for (const [alias, name] of Object.entries(config.authorityAliases ?? {})) authorityAliases[alias] = name;
    for (const [date, name] of Object.entries(config.bankHolidays ?? {})) bankHolidays[date] = name;
    if (config.maxFileSize !== undefined) maxFileSize = config.maxFileSize;
  }
  const merged = dictionary<unknown>() as IlacsConfig;
  if (Object.keys(rules).length) merged.rules = rules;
  if (Object.keys(glossary).length) merged.glossary = glossary;
  if (Object.keys(authorityAliases).length) merged.authorityAliases = authorityAliases;
  if (Object.keys(bankHolidays).length) merged.bankHolidays = bankHolidays;
  if (maxFileSize !== undefined) merged.maxFileSize = maxFileSize;
  return merged;
}

function mergeRuleSetting(outer: RuleSetting | undefined, inner: RuleSetting): RuleSetting {
  if (outer === undefined || typeof outer === 'string') return inner;
  if (typeof inner === 'string')
    return outer.options
      ? (dictionary<unknown>([
          ['severity', inner],
          ['options', outer.options],
        ]) as RuleSetting)
      : inner;
  const severity = inner.severity ?? outer.severity;
  const options = inner.options ?? outer.options;
  return dictionary<unknown>([
    ...(severity !== undefined ? [['severity', severity] as [string, unknown]] : []),
    ...(options !== undefined ? [['options', options] as [string, unknown]] : []),
  ]) as RuleSetting;
}
