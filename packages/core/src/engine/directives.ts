import type { TextRange } from '../parse/line-index.js';
import type { ParsedDraft } from '../parse/model.js';

/**
 * Inline directives, as in markdownlint and ESLint:
 *   <!-- ilacs-disable-next-line rule-a rule-b -->   the next line
 *   <!-- ilacs-disable-line rule-a -->               the same line
 *   <!-- ilacs-disable rule-a --> ... <!-- ilacs-enable rule-a -->
 * No rule ids means every rule. In the front matter the YAML comment form
 * `# ilacs-disable-next-line rule-a` does the same for the next line. Only real comments count: an
 * HTML comment in the body (not "<!--" in a code span) and a YAML comment (not "#" in a value).
 */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** More rule ids than this in one directive are not read (there are fewer rules than that). */
export const maxRuleIdsPerDirective = 100;

export interface Directive {
  kind: DirectiveKind;
  ruleIds: { id: string; range: TextRange }[];
  /** Set when the directive names more than `maxRuleIdsPerDirective` ids: the text beyond them. */
  overflow?: TextRange;
  /** Line the directive is on (its last line for multi-line comments). */
  line: number;
  range: TextRange;
}

const directivePrefix = 'ilacs-';
const kinds: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

export function readDirectives(draft: ParsedDraft): Directive[] {
  const directives: Directive[] = [];
  for (const comment of draft.comments) {
    const directive = readDirective(comment.text, comment.range.start + 4, comment.line, comment.range);
    if (directive) directives.push(directive);
  }
  // In the front matter, a YAML comment alone on its line: the parser's comments, so a "#" inside a
  // block scalar or a quoted value (text the author wrote) never switches a rule off.
  const { lines } = draft;
  for (const comment of draft.frontMatter?.comments ?? []) {
    const line = lines.lineOf(comment.range.start);
    if (draft.text.slice(lines.lineStart(line), comment.range.start).trim() !== '') continue;
    const directive = readDirective(comment.text.slice(1), comment.range.start + 1, line, comment.range);
    if (directive) directives.push(directive);
  }
  return directives;
}

function readDirective(body: string, bodyOffset: number, line: number, range: TextRange): Directive | undefined {
  const lead = body.length - body.trimStart().length;
  const trimmed = body.trimStart();
  if (!trimmed.startsWith(directivePrefix)) return undefined;
  const afterPrefix = trimmed.slice(directivePrefix.length);
  const kind = kinds.find((k) => afterPrefix.startsWith(k) && !/[\w-]/.test(afterPrefix[k.length] ?? ''));
  if (!kind) return undefined;
  const idsStart = lead + directivePrefix.length + kind.length;
  const ruleIds: Directive['ruleIds'] = [];
  const idPattern = /[A-Za-z0-9][\w-]*/g;
  const rest = body.slice(idsStart);
  let overflow: TextRange | undefined;
  for (let m = idPattern.exec(rest); m; m = idPattern.exec(rest)) {
    const start = bodyOffset + idsStart + m.index;
    if (ruleIds.length === maxRuleIdsPerDirective) {
      // More names than there are rules: text pasted into a comment, not a list of rules.
      overflow = { start, end: bodyOffset + body.length };
      break;
    }
    ruleIds.push({ id: m[0], range: { start, end: start + m[0].length } });
  }
  return { kind, ruleIds, line, range, ...(overflow ? { overflow } : {}) };
}

/** Answers "is this rule switched off on this line?" from the directives. */
export class Suppressions {
  private readonly lineRules = new Map<number, Set<string> | 'all'>();
  private readonly blocks: { start: number; end: number; ruleId: string | 'all' }[] = [];

  constructor(directives: Directive[], lineCount: number) {
    const open = new Map<string, number>();
    for (const d of directives) {
      const ids = d.ruleIds.map((r) => r.id);
      if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
        const target = d.kind === 'disable-next-line' ? d.line + 1 : d.line;
        this.addLine(target, ids);
      } else if (d.kind === 'disable') {
        for (const id of ids.length ? ids : ['all']) if (!open.has(id)) open.set(id, d.line);
      } else {
        const closing = ids.length ? ids : [...open.keys()];
        for (const id of closing) {
          const start = open.get(id);
          if (start !== undefined) {
            this.blocks.push({ start, end: d.line, ruleId: id });
            open.delete(id);
          }
        }
      }
    }
    for (const [id, start] of open) this.blocks.push({ start, end: lineCount, ruleId: id });
  }

  private addLine(line: number, ids: string[]): void {
    if (ids.length === 0) {
      this.lineRules.set(line, 'all');
      return;
    }
    const existing = this.lineRules.get(line);
    if (existing === 'all') return;
    const set = existing ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.lineRules.set(line, set);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    const rules = this.lineRules.get(line);
    if (rules === 'all' || rules?.has(ruleId)) return true;
    return this.blocks.some((b) => line >= b.start && line <= b.end && (b.ruleId === 'all' || b.ruleId === ruleId));
  }
}
