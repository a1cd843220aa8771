// Writes the preview stylesheet as a file (dist/markdown-it/draft-preview.css) for editors that take
// styles as a file, such as VS Code's "markdown.previewStyles". The text lives in one place:
// src/markdown-it/stylesheet.ts.
import { writeFileSync } from 'node:fs';
import { draftStylesheet } from '../dist/markdown-it/stylesheet.js';

writeFileSync(new URL('../dist/markdown-it/draft-preview.css', import.meta.url), `${draftStylesheet}\n`);
