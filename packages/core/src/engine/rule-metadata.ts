import * as z from 'zod';
import { builtinDomain, type Domain } from '../framework/domain.js';
import type { RuleMeta } from './types.js';

/** What tools and docs derive from a rule's metadata. */

/** The ids of the document types a rule runs on, for docs and listings; undefined for every draft. */
export function ruleDocumentTypes(meta: RuleMeta, domain: Domain = builtinDomain): string[] | undefined {
  return meta.appliesTo ? domain.documentTypes.filter((type) => meta.appliesTo!(type)).map((type) => type.id) : undefined;
}

export interface RuleOptionDoc {
  name: string;
  description: string;
}

/** The rule's options with their descriptions, from its options schema (none when it takes none). */
export function ruleOptionDocs(meta: RuleMeta): RuleOptionDoc[] {
  if (!meta.options) return [];
  const json = z.toJSONSchema(meta.options, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({ name, description: String(schema.description ?? '') }));
}
