/** A 0-based line and a 0-based column in UTF-16 code units (what LSP and JavaScript strings use). */
export interface Position {
  line: number;
  column: number;
}

/** A half-open span of UTF-16 offsets into the document text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Maps offsets to lines and columns and back; built once per document text. */
export class LineIndex {
  readonly lineStarts: number[];

  /** Line endings are CommonMark's: "\n", "\r\n" and a lone "\r", as markdown-it and YAML count them. */
  constructor(readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case: native indexOf is several times faster than a character loop.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, column: clamped - this.lineStarts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.column), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** Offset of the end of the line's content, before its "\r\n", "\n" or "\r". */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const next = this.lineStarts[line + 1]! - 1; // the "\n" or lone "\r"
    return next > this.lineStart(line) && this.text.charCodeAt(next) === 10 && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The range of a whole line's content. */
  lineRange(line: number): TextRange {
    return { start: this.lineStart(line), end: this.lineEnd(line) };
  }
}
