import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repositoryUrl } from '@ilacs/core';
import MarkdownIt from 'markdown-it';
import { repoRoot } from '../cli-support.js';

/**
 * Link checking without a network: a link to this project's repository host names a file (or folder)
 * in the repository, so it resolves when that file exists here, at that path, and has the heading its
 * #anchor names. Relative links in Markdown are resolved against the file that holds them.
 */

/** Every Markdown file git tracks, less the draft examples (whose links are the drafts' own). */
export function trackedMarkdown(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.startsWith('examples/') && !file.includes('/fixtures/') && existsSync(join(repoRoot, file)));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = (tokens[index + 1]?.children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('');
    const slug = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let unique = slug;
    for (let n = 1; anchors.has(unique); n += 1) unique = `${slug}-${n}`;
    anchors.add(unique);
  });
  return anchors;
}

/** The links and image sources of a Markdown text, as written. */
export function markdownLinks(markdown: string): { href: string; image: boolean }[] {
  const links: { href: string; image: boolean }[] = [];
  const visit = (tokens: ReturnType<MarkdownIt['parse']>) => {
    for (const token of tokens) {
      if (token.type === 'link_open') links.push({ href: token.attrGet('href') ?? '', image: false });
      if (token.type === 'image') links.push({ href: token.attrGet('src') ?? '', image: true });
      if (token.type === 'html_block' || token.type === 'html_inline') {
        for (const match of token.content.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)) links.push({ href: match[1]!, image: true });
      }
      if (token.children) visit(token.children);
    }
  };
  visit(new MarkdownIt({ html: true }).parse(markdown, {}));
  return links;
}

/** Why a file path with an optional anchor does not resolve in the repository, or undefined if it does. */
function checkPath(path: string, anchor: string | undefined): string | undefined {
  const file = join(repoRoot, path);
  if (relative(repoRoot, file).startsWith('..')) return `${path} is outside the repository`;
  if (!existsSync(file)) return `${path} does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  const target = statSync(file).isDirectory() ? join(file, 'README.md') : file;
  if (statSync(file).isDirectory() && anchor === 'readme') return existsSync(target) ? undefined : `${path} has no README.md`;
  if (!target.endsWith('.md')) return `${path} is not Markdown, so #${anchor} names nothing`;
  return headingAnchors(readFileSync(target, 'utf8')).has(anchor) ? undefined : `${relative(repoRoot, target)} has no heading #${anchor}`;
}

/**
 * Why an absolute URL on the repository's host does not resolve, undefined if it does, or 'elsewhere'
 * for a URL that names another site (not checkable here).
 */
export function checkRepositoryUrl(url: string): string | undefined | 'elsewhere' {
  const parsed = new URL(url);
  const base = new URL(repositoryUrl);
  if (parsed.origin !== base.origin) return 'elsewhere';
  if (parsed.pathname !== base.pathname && !parsed.pathname.startsWith(`${base.pathname}/`)) return 'elsewhere';
  const rest = parsed.pathname.slice(base.pathname.length);
  const anchor = parsed.hash ? decodeURIComponent(parsed.hash.slice(1)) : undefined;
  if (rest === '' || rest === '/') return checkPath('README.md', anchor === 'readme' ? undefined : anchor);
  if (rest === '/issues') return undefined; // the host's issue tracker for the repository
  const match = /^\/(blob|raw|tree)\/HEAD\/(.+)$/.exec(rest);
  if (!match) return `${url} is on the repository's host but names no file in it (expected ${repositoryUrl}/blob/HEAD/<path>)`;
  const problem = checkPath(decodeURIComponent(match[2]!), anchor);
  return problem && `${url}: ${problem}`;
}

/** Why a link in the Markdown file `from` (repository-relative) does not resolve, or undefined. */
export function checkMarkdownLink(from: string, href: string): string | undefined {
  if (/^(mailto|command):/i.test(href)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    const problem = checkRepositoryUrl(href);
    return problem === 'elsewhere' ? undefined : problem;
  }
  const [path, anchor] = href.split('#', 2) as [string, string | undefined];
  const target = path === '' ? from : relative(repoRoot, join(repoRoot, dirname(from), decodeURIComponent(path)));
  const problem = checkPath(target, anchor);
  return problem && `${from}: ${href}: ${problem}`;
}
