import type { Domain } from '../framework/domain.js';
import type { LintConfig } from './config.js';

const cache = new WeakMap<Domain, Map<string, Domain>>();
/** Distinct bank-holiday settings kept per domain: a server sees a few configurations, not thousands. */
const cacheLimit = 16;

/**
 * The domain a lint reads, with the configuration's added bank holidays in its calendar. Built once
 * per distinct setting: the language server lints on every keystroke with the same configuration.
 */
export function configuredDomain(domain: Domain, config: LintConfig): Domain {
  const days = Object.entries(config.bankHolidays ?? {});
  if (days.length === 0) return domain;
  const key = JSON.stringify(days.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let byKey = cache.get(domain);
  if (!byKey) cache.set(domain, (byKey = new Map()));
  let configured = byKey.get(key);
  if (!configured) {
    configured = domain.extend({ bankHolidays: days.map(([date, name]) => ({ date, name })) });
    if (byKey.size >= cacheLimit) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, configured);
  }
  return configured;
}
