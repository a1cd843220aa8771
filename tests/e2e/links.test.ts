/**
 * Every link the tools emit, and every link in the repository's Markdown, resolves: rule-doc links
 * (the CLI's `rules --json` and SARIF, and the one function the language server's diagnostics and
 * hovers call) name files that exist at that path in the repository; relative links and images in
 * READMEs, changelogs and docs name files that exist, with the headings their anchors name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, repositoryUrl, ruleDocsPath, ruleDocsUrl } from '@ilacs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDrafts, ilacs, repoRoot, scratchFolder } from './cli-support.js';
import { checkMarkdownLink, checkRepositoryUrl, headingAnchors, markdownLinks, trackedMarkdown } from './support/links.js';

const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>()\]`]+/g)].map((match) => match[0].replace(/[.,;:]+$/, ''));

describe('links the tools emit', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.remove());

  it('the link checker itself tells a missing file, a missing heading and a good link apart', () => {
    expect(checkRepositoryUrl(ruleDocsUrl('title'))).toBeUndefined();
    expect(checkRepositoryUrl(`${repositoryUrl}/blob/HEAD/docs/rules/no-such-rule.md`)).toMatch(/does not exist/);
    expect(checkRepositoryUrl(`${repositoryUrl}#no-such-heading`)).toMatch(/no heading #no-such-heading/);
    expect(checkRepositoryUrl(`${repositoryUrl}#command-line`)).toBeUndefined();
    expect(checkRepositoryUrl(`${repositoryUrl}/wiki/rules`)).toMatch(/names no file/);
    expect(checkRepositoryUrl('https://pre-commit.com/')).toBe('elsewhere');
    expect(checkMarkdownLink('README.md', 'docs/rules/nope.md')).toMatch(/does not exist/);
  });

  it('every rule has a doc page at the path its link names, in the repository and relative to the extension', () => {
    for (const { meta } of builtinRules) {
      expect(checkRepositoryUrl(ruleDocsUrl(meta.id)), meta.id).toBeUndefined();
      expect(ruleDocsUrl(meta.id)).toBe(`${repositoryUrl}/blob/HEAD/${ruleDocsPath(meta.id)}`);
      expect(readFileSync(join(repoRoot, ruleDocsPath(meta.id)), 'utf8')).toContain(`# ${meta.id}\n`);
    }
  });

  it('ilacs rules --json and ilacs rules <id> give links that resolve and the page they name', () => {
    const listed = JSON.parse(ilacs(['rules', '--json'], { cwd: repoRoot }).stdout) as { id: string; docsUrl: string }[];
    expect(listed).toHaveLength(builtinRules.length);
    for (const rule of listed) expect(checkRepositoryUrl(rule.docsUrl), rule.id).toBeUndefined();

    for (const { id } of [listed[0]!, listed.at(-1)!]) {
      const page = ilacs(['rules', id], { cwd: repoRoot });
      expect(page.status).toBe(0);
      // The page the link names, less the generator's note to editors.
      expect(page.stdout).toBe(readFileSync(join(repoRoot, ruleDocsPath(id)), 'utf8').replace(/^<!--[^\n]*-->\n/, ''));
    }
    const unknown = ilacs(['rules', 'no-such-rule'], { cwd: repoRoot });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('No rule is called "no-such-rule"');
    expect(ilacs(['rules', '../../README'], { cwd: repoRoot }).status).toBe(2);
  });

  it('every URL in a SARIF report on this project resolves (helpUri, help text, informationUri)', () => {
    const draft = corpusDrafts()[0]!.text.replace(/^local_authority: .*$/m, 'local_authority: Narnia');
    scratch.write('broken.md', draft);
    const run = ilacs(['lint', '-f', 'sarif', 'broken.md'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    const driver = JSON.parse(run.stdout).runs[0].tool.driver;
    const urls = urlsIn(
      JSON.stringify({
        informationUri: driver.informationUri,
        rules: driver.rules.map((r: { helpUri: string; help: { text: string } }) => [r.helpUri, r.help.text]),
      }),
    );
    expect(urls.length).toBeGreaterThan(builtinRules.length * 2);
    for (const url of urls) expect(checkRepositoryUrl(url), url).toBeUndefined();
  });
});

describe('links in the repository', () => {
  const files = trackedMarkdown();

  it('finds the READMEs and package READMEs', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'apps/vscode/README.md', 'packages/core/README.md', 'apps/web-checker/README.md']),
    );
  });

  it('every relative link and image in Markdown names a file that exists, and a heading that exists', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const { href } of markdownLinks(readFileSync(join(repoRoot, file), 'utf8'))) {
        checked += 1;
        const problem = checkMarkdownLink(file, href);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('every package.json links to the repository, its page and its issues, and they resolve', () => {
    const manifests = ['package.json', ...trackedManifests()];
    for (const path of manifests) {
      const manifest = JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));
      for (const url of [manifest.homepage, manifest.bugs?.url]) expect(checkRepositoryUrl(url), `${path}: ${url}`).toBeUndefined();
    }
  });

  it('counts a heading anchor as GitHub does', () => {
    expect(headingAnchors('# Use it in CI\n## `ilacs rules`\n## Rules\n## Rules\n')).toEqual(
      new Set(['use-it-in-ci', 'ilacs-rules', 'rules', 'rules-1']),
    );
  });
});

function trackedManifests(): string[] {
  return ['packages/core', 'packages/config', 'packages/cli', 'packages/language-server', 'apps/vscode', 'apps/web-checker', 'tests'].map(
    (folder) => `${folder}/package.json`,
  );
}
