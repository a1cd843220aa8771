import { githubFormatter } from './github.js';
import { jsonFormatter } from './json.js';
import { sarifFormatter } from './sarif.js';
import { stylishFormatter } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = {
  stylish: stylishFormatter,
  json: jsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
};

export type { FileResult, Formatter, FormatterContext } from './types.js';
