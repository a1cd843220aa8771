import { documentOutline, type OutlineSymbol } from '@ilacs/language-service';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Analysis } from '../analysis-cache.js';
import { toLspRange } from '../positions.js';

const kinds: Record<OutlineSymbol['kind'], SymbolKind> = {
  'front-matter': SymbolKind.Namespace,
  title: SymbolKind.File,
  table: SymbolKind.Array,
  'table-row': SymbolKind.Field,
  section: SymbolKind.String,
  subsection: SymbolKind.String,
};

function toSymbol(analysis: Analysis, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: kinds[symbol.kind],
    range: toLspRange(analysis.draft, symbol.range),
    selectionRange: toLspRange(analysis.draft, symbol.selectionRange),
    children: symbol.children.map((child) => toSymbol(analysis, child)),
  };
}

/** The outline: hierarchical symbols, or a flat list for clients that cannot nest them. */
export function documentSymbols(analysis: Analysis, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const symbols = documentOutline(analysis.draft).map((s) => toSymbol(analysis, s));
  if (hierarchical) return symbols;
  const flat: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, container?: string) => {
    flat.push({
      name: symbol.name,
      kind: symbol.kind,
      location: { uri: analysis.uri, range: symbol.range },
      ...(container ? { containerName: container } : {}),
    });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of symbols) visit(symbol);
  return flat;
}
