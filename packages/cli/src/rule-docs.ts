/** Where each rule's page (generated into docs/rules/<id>.md) is published, for help links in reports. */
export const ruleDocsBaseUrl = 'https://ilacs.dev/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${ruleDocsBaseUrl}${ruleId}`;
}
