// Where the suite finds its subjects and inputs, resolved from this file so the suite runs from any folder.
import { fileURLToPath } from 'node:url';

const fromHere = (relative) => fileURLToPath(new URL(relative, import.meta.url));

export const repoRoot = fromHere('../../../');
export const benchDir = fromHere('../');
export const resultsFile = fromHere('../RESULTS.md');
export const readmeFile = fromHere('../../../README.md');
/** The shared corpus lives next to the repository, never inside it. */
export const corpusDraftsDir = fromHere('../../../../shared/corpus/drafts/');
export const cliBundle = fromHere('../../../packages/cli/dist/ilacs.js');
export const serverBundle = fromHere('../../../packages/language-server/dist/server.js');
export const browserServerBundle = fromHere('../../../packages/language-server/dist/browser-server.js');
export const vscodeExtensionDir = fromHere('../../../apps/vscode/');
