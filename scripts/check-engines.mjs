// Checks that every production dependency, transitively, accepts every Node version this project
// promises (the root package.json's `engines.node`, ">=20.19"): a dependency's own `engines.node` must
// contain that whole range (semver's subset test), so no supported Node is turned away or runs code
// its authors never meant for it. Packages that declare no engines make no claim and pass. Each
// published workspace package must declare the project's range itself.
//
//   node scripts/check-engines.mjs [--root <folder>]     exit 0 when all fit, 1 with a list when not
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import semver from 'semver';
import { readManifest, repositoryRoot, workspaceFolders } from './workspace.mjs';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? repositoryRoot);

/** Where Node would find `name` from `folder`: the nearest node_modules/<name> up the tree. */
function resolvePackage(name, folder) {
  for (let dir = realpathSync(folder); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

const required = readManifest(root).engines?.node;
if (!required || !semver.validRange(required)) {
  console.error(`The root package.json must declare engines.node as a semver range (it has ${JSON.stringify(required)}).`);
  process.exit(1);
}

const problems = [];
const seen = new Set();
let checked = 0;

function walk(folder, manifest, chain) {
  const dependencies = { ...manifest.dependencies, ...manifest.optionalDependencies };
  for (const name of Object.keys(dependencies).sort()) {
    const found = resolvePackage(name, folder);
    if (!found) {
      if (!manifest.optionalDependencies?.[name]) problems.push(`${[...chain, name].join(' > ')}: not installed (run pnpm install)`);
      continue;
    }
    if (seen.has(found)) continue;
    seen.add(found);
    checked += 1;
    const dependency = readManifest(found);
    const range = dependency.engines?.node;
    const path = [...chain, `${dependency.name}@${dependency.version}`].join(' > ');
    if (range !== undefined && !(semver.validRange(range) && semver.subset(required, range))) {
      problems.push(`${path} declares engines.node "${range}", which does not accept every Node in "${required}"`);
    }
    walk(found, dependency, [...chain, `${dependency.name}@${dependency.version}`]);
  }
}

for (const folder of workspaceFolders(root)) {
  const manifest = readManifest(folder);
  if (manifest.private) continue; // not installed by anyone: its bundles are checked as they ship
  if (manifest.engines?.node !== required)
    problems.push(
      `${manifest.name} must declare engines.node "${required}" like the root (it has ${JSON.stringify(manifest.engines?.node)})`,
    );
  walk(folder, manifest, [manifest.name]);
}

if (problems.length > 0) {
  console.error(
    `Dependencies that do not fit Node ${required}:\n${problems.map((p) => `  ${p}`).join('\n')}\nPin a major that fits, or replace the package.`,
  );
  process.exit(1);
}
console.log(`${checked} production dependencies accept every Node in "${required}".`);
