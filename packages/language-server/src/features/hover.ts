import { hoverAt, type EditorOptions } from '@ilacs/language-service';
import type { Hover, Position } from 'vscode-languageserver';
import type { Analysis } from '../analysis-cache.js';
import { toLspRange, toOffset } from '../positions.js';

export function hover(analysis: Analysis, position: Position, options: EditorOptions): Hover | null {
  const found = hoverAt(analysis.draft, analysis.facts, toOffset(analysis.draft, position), options);
  return found ? { contents: { kind: 'markdown', value: found.markdown }, range: toLspRange(analysis.draft, found.range) } : null;
}
