/** Where a rule's documentation is published (rendered from its `docs` metadata into docs/rules/<id>.md). */
export const ruleDocsBaseUrl = 'https://ilacs.dev/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${ruleDocsBaseUrl}${encodeURIComponent(ruleId)}`;
}
