import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { builtinRules, configJsonSchema, type IlacsConfig } from '@ilacs/core';
import { maxYamlAliasCount } from '@ilacs/core/tools';
import { ConfigError } from './errors.js';
import { prototypeFreeConfig } from './merge.js';

/** Compiled on the first configuration file read: most runs have none, and compiling costs start-up time. */
let compiled: ValidateFunction<IlacsConfig> | undefined;
function configValidator(): ValidateFunction<IlacsConfig> {
  compiled ??= new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile<IlacsConfig>(configJsonSchema());
  return compiled;
}
const rulesById = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
const knownRuleIds: ReadonlySet<string> = new Set(rulesById.keys());

/**
 * Parses the text of one configuration file (JSON or YAML; JSON is read by the YAML parser, which
 * gives every node a source position) and validates it against the config JSON Schema generated from
 * zod, or throws a ConfigError at the line and column of the first problem. Text only, no file
 * system: the browser entry (`@ilacs/config/browser`) uses it as it is.
 */
export function parseConfigText(text: string, file: string): IlacsConfig {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => lineColumn(text, offset);
  const firstError = document.errors[0];
  if (firstError) {
    const { line, column } = position(firstError.pos[0]);
    throw new ConfigError(file, line, column, `invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstError.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: maxYamlAliasCount }) ?? {};
  } catch (error) {
    throw new ConfigError(file, 1, 1, `cannot read the configuration: ${(error as Error).message}`);
  }
  const at = (path: readonly string[], wantKey = false) => {
    const node = nodeAt(document, path.map(String), wantKey);
    return position(node?.range?.[0] ?? 0);
  };
  // A rule's options are checked against its own zod schema first: it says what is wrong in words
  // (and checks what JSON Schema cannot, such as a pause that ends before it starts).
  for (const [id, setting] of Object.entries((data as IlacsConfig).rules ?? {})) {
    const options = typeof setting === 'object' && setting !== null ? (setting as { options?: unknown }).options : undefined;
    const schema = rulesById.get(id)?.meta.options;
    if (options === undefined || !schema) continue;
    const result = schema.safeParse(options);
    if (result.success) continue;
    const issue = result.error.issues[0]!;
    const path = ['rules', id, 'options', ...issue.path.map(String)];
    const { line, column } = at(path);
    throw new ConfigError(file, line, column, `"${path.join('.')}": ${issue.message}`);
  }
  const validateConfig = configValidator();
  if (!validateConfig(data)) {
    // The most specific error: with allErrors, a setting that fails both of its forms reports both.
    const error = validateConfig.errors!.reduce((deepest, e) => (e.instancePath.length > deepest.instancePath.length ? e : deepest));
    const path = error.instancePath.split('/').slice(1).map(decodePointer);
    const wantKey = error.keyword === 'additionalProperties';
    const { line, column } = at(wantKey ? [...path, String(error.params.additionalProperty)] : path, wantKey);
    throw new ConfigError(file, line, column, describeAjvError(error, path));
  }
  // The schema cannot list rule ids (rules are added more often than the schema is read), so a
  // misspelt id is caught here, where it would otherwise silently configure nothing.
  const unknownRule = Object.keys(data.rules ?? {}).find((id) => !knownRuleIds.has(id));
  if (unknownRule !== undefined) {
    const { line, column } = at(['rules', unknownRule], true);
    throw new ConfigError(file, line, column, `unknown rule "${unknownRule}" in "rules": expected a rule id that "ilacs rules" lists`);
  }
  // Aliases, acronyms and rule ids are user text that the core looks things up by.
  return prototypeFreeConfig(data);
}

function decodePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

function describeAjvError(error: ErrorObject, path: string[]): string {
  const where = path.length ? `"${path.join('.')}"` : 'the configuration';
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = allowedKeys(path);
      if (allowed.length === 0 && path.at(-1) === 'options')
        return `unknown option "${String(error.params.additionalProperty)}": rule "${path[1]}" takes no options`;
      return `unknown key "${String(error.params.additionalProperty)}" in ${where}${allowed.length ? `: expected one of: ${allowed.join(', ')}` : ''}`;
    }
    case 'enum':
      return `${where} is not an allowed value: expected one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'anyOf':
    case 'oneOf':
      return `${where} is not valid: expected "off", "info", "warning", "error" or { "severity": ..., "options": { ... } }`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

function allowedKeys(path: string[]): string[] {
  const schema = configJsonSchema() as { properties?: Record<string, unknown> };
  return path.length === 0 ? Object.keys(schema.properties ?? {}) : [];
}

/** The YAML node at a path; for a key that should not be there, the key node itself. */
function nodeAt(document: Document.Parsed, path: string[], wantKey: boolean): YamlNode | undefined {
  let node: unknown = document.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) return node as YamlNode;
      node = wantKey && i === path.length - 1 ? pair.key : (pair.value ?? pair.key);
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] ?? node;
    } else {
      break;
    }
  }
  return node as YamlNode | undefined;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
