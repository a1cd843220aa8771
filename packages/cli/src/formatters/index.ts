import { githubFormatter } from './github.js';
import { gitlabFormatter } from './gitlab.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { sarifFormatter } from './sarif.js';
import { stylishFormatter } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = {
  stylish: stylishFormatter,
  json: jsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
  gitlab: gitlabFormatter,
  junit: junitFormatter,
};

export type { FileResult, Formatter, FormatterContext } from './types.js';
