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
  /**
   * Disabled line spans per rule id ('all' for every rule). A rule is never disabled twice without an
   * enable in between, so each id's spans are disjoint and in order: a lookup is a binary search, and
   * a draft with thousands of disable/enable pairs costs no more per diagnostic than one with none.
   */
  private readonly blocks = new Map<string, { start: number; end: number }[]>();

  constructor(directives: Directive[], lineCount: number) {
    const open = new Map<string, number>();
    const close = (id: string, start: number, end: number) => {
      const spans = this.blocks.get(id);
      if (spans) spans.push({ start, end });
      else this.blocks.set(id, [{ start, end }]);
    };
    // In document order (front-matter comments are read after the body's), so each id's spans come in order.
    for (const d of [...directives].sort((a, b) => a.line - b.line)) {
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
            close(id, start, d.line);
            open.delete(id);
          }
        }
      }
    }
    for (const [id, start] of open) close(id, start, lineCount);
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
    return this.inBlock(ruleId, line) || this.inBlock('all', line);
  }

  private inBlock(id: string, line: number): boolean {
    const spans = this.blocks.get(id);
    if (!spans) return false;
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = spans[mid]!;
      if (line < span.start) high = mid - 1;
      else if (line > span.end) low = mid + 1;
      else return true;
    }
    return false;
  }
}
