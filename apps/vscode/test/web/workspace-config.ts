import type { IlacsConfig } from '@ilacs/core';

/** The `.ilacsrc.json` the web extension's workspace holds (written by the e2e test, read by the suite). */
export const workspaceConfig: IlacsConfig = { rules: { 'grade-case': 'off', 'paragraph-numbering': 'warning' } };
