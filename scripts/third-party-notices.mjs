// Third-party notices for esbuild bundles, generated at build time from what the bundles contain.
// esbuild's metafile names every input file that put bytes into an output; a file under node_modules
// belongs to the package whose folder follows the last "node_modules/", and that package's licence
// files are copied whole (BSD, MIT and ISC require the notice to travel with the code). A bundle
// built from another bundle (the VS Code extension re-bundles the language server) cannot see
// through it, so the inner bundle's notices (third-party-notices.json beside it) are merged in.
//
// Written here rather than taken from a plugin: the metafile gives the exact set, and the few
// plugins that exist read the dependency tree instead (listing what is installed, not what ships).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const noticesFileName = 'THIRD-PARTY-NOTICES.txt';
export const noticesJsonName = 'third-party-notices.json';
/** esbuild's metafiles for the folder's bundles; built, never shipped. */
export const metafileName = 'metafile.json';

const licenceFile = /^(licen[cs]e|copying|notice)(\b|[-_.])/i;

/** The folder of the package an input file belongs to, or undefined for first-party code. */
export function packageFolderOf(inputPath) {
  const parts = inputPath.split(/[\\/]/);
  const last = parts.lastIndexOf('node_modules');
  if (last === -1) return undefined;
  const nameLength = parts[last + 1]?.startsWith('@') ? 2 : 1;
  return parts.slice(0, last + 1 + nameLength).join('/');
}

function readText(path) {
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n').trimEnd();
}

/** A Markdown document's section whose heading names a licence, up to the next heading; or undefined. */
export function licenceSection(markdown) {
  const lines = markdown.split('\n');
  const isHeading = (i) => /^#{1,6}\s/.test(lines[i]) || (lines[i].trim() !== '' && /^(=+|-+)\s*$/.test(lines[i + 1] ?? ''));
  const start = lines.findIndex((line, i) => isHeading(i) && /licen[cs]e/i.test(line));
  if (start === -1) return undefined;
  let end = start + 1;
  if (/^(=+|-+)\s*$/.test(lines[end] ?? '')) end += 1;
  while (end < lines.length && !isHeading(end)) end += 1;
  const section = lines.slice(start, end).join('\n').trim();
  return /copyright|permission|licen[cs]ed under/i.test(section) ? section : undefined;
}

function readPackage(folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const names = readdirSync(folder).sort();
  const files = names.filter((name) => licenceFile.test(name)).map((name) => ({ name, text: readText(join(folder, name)) }));
  // A few old packages state their licence only in the README (imurmurhash): copy that section.
  const readme = names.find((name) => /^readme(\.|$)/i.test(name));
  const readmeSection = files.length === 0 && readme ? licenceSection(readText(join(folder, readme))) : undefined;
  if (readmeSection) files.push({ name: `${readme} (licence section)`, text: readmeSection });
  // Fewer still ship neither (dfa, in pdfkit's font code) and declare MIT in package.json: the notice is
  // then the MIT licence's own text with the author the manifest names as copyright holder.
  const declared = files.length === 0 ? declaredLicence(manifest) : undefined;
  if (declared) files.push({ name: 'package.json (declared licence, standard text)', text: declared });
  if (files.length === 0) {
    throw new Error(
      `${manifest.name}@${manifest.version} (${folder}) is bundled but ships no licence file and no licence section in a README: its notice cannot be reproduced.`,
    );
  }
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return {
    name: manifest.name,
    version: manifest.version,
    license: typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN'),
    ...((repository ?? manifest.homepage) ? { source: repository ?? manifest.homepage } : {}),
    files,
  };
}

const mitText = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The MIT licence as a package without a licence file declares it, with its author as holder; else undefined. */
function declaredLicence(manifest) {
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  if (manifest.license !== 'MIT' || !author) return undefined;
  return `MIT License\n\nCopyright (c) ${author}\n\n${mitText}`;
}

/**
 * The third-party packages that put code into the outputs of the given metafiles, sorted by name and
 * version. `workingDir` is esbuild's working directory, against which the metafile's paths are relative.
 */
export function bundledPackages(metafiles, workingDir = process.cwd()) {
  const byKey = new Map();
  const add = (entry) => byKey.set(`${entry.name}@${entry.version}`, entry);
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (bytesInOutput === 0) continue; // tree-shaken away: nothing of it ships
        const path = resolve(workingDir, input);
        const folder = packageFolderOf(path);
        if (folder) add(readPackage(folder));
        else {
          const inner = join(dirname(path), noticesJsonName);
          if (existsSync(inner)) for (const entry of JSON.parse(readFileSync(inner, 'utf8')).packages) add(entry);
        }
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function noticesText(product, packages) {
  const rule = '-'.repeat(78);
  const sections = packages.map((p) =>
    [`${p.name} ${p.version} (${p.license})`, ...(p.source ? [p.source] : []), '', ...p.files.flatMap((f) => [f.text, ''])].join('\n'),
  );
  return `${product} includes the following third-party software, bundled into its code.
Each is listed with its version and licence, followed by its licence text as the package ships it.

${rule}
${sections.join(`${rule}\n`)}`;
}

/**
 * Writes THIRD-PARTY-NOTICES.txt (for people) and third-party-notices.json (for a bundle that bundles
 * this one, and for the tests) into `folder`, for the outputs of `metafiles`.
 */
export function writeThirdPartyNotices({ product, metafiles, folder, workingDir = process.cwd() }) {
  const packages = bundledPackages(metafiles, workingDir);
  writeFileSync(join(folder, noticesFileName), noticesText(product, packages));
  writeFileSync(join(folder, noticesJsonName), `${JSON.stringify({ product, packages }, null, 2)}\n`);
  // The tests check the notices against esbuild's own record of the inputs (paths relative to the package).
  writeFileSync(join(folder, metafileName), `${JSON.stringify(metafiles.map(({ outputs }) => ({ outputs })))}\n`);
  return packages;
}
