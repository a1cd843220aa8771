import { jsonFormatter } from './json.js';
import { stylishFormatter } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = {
  stylish: stylishFormatter,
  json: jsonFormatter,
};

export type { FileResult, Formatter, FormatterContext } from './types.js';
