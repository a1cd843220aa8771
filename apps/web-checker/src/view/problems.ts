import type { Diagnostic, Fix } from '@ilacs/core';
import { hasFix } from '../check.js';
import { severityBadge } from './severity.js';

export interface ProblemActions {
  /** Select the problem's text in the draft. */
  goTo(diagnostic: Diagnostic): void;
  /** Apply one fix (the problem's own, or one of its suggestions). */
  applyFix(diagnostic: Diagnostic, fix: Fix): void;
}

/** Lists the problems in document order, each with its line, severity, rule and fixes. */
export function renderProblems(list: HTMLOListElement, diagnostics: readonly Diagnostic[], actions: ProblemActions): void {
  const items = diagnostics.map((diagnostic, index) => {
    const item = document.createElement('li');
    item.className = `problem problem-${diagnostic.severity}`;
    item.dataset.rule = diagnostic.ruleId;
    item.dataset.severity = diagnostic.severity;
    item.dataset.line = String(diagnostic.start.line + 1);
    item.id = `problem-${index}`;

    const header = document.createElement('div');
    header.className = 'problem-header';
    const location = document.createElement('button');
    location.type = 'button';
    location.className = 'location';
    location.textContent = `Line ${diagnostic.start.line + 1}, column ${diagnostic.start.column + 1}`;
    location.title = 'Show in the draft';
    location.addEventListener('click', () => actions.goTo(diagnostic));
    const rule = document.createElement('code');
    rule.className = 'rule-id';
    rule.textContent = diagnostic.ruleId;
    header.append(severityBadge(diagnostic.severity), location, rule);

    const message = document.createElement('p');
    message.className = 'message';
    message.id = `problem-${index}-message`;
    message.textContent = diagnostic.message;
    item.append(header, message);

    const fixes: { fix: Fix; primary: boolean }[] = [];
    if (hasFix(diagnostic)) fixes.push({ fix: diagnostic.fix!, primary: true });
    for (const suggestion of diagnostic.suggestions ?? []) if (suggestion.edits.length > 0) fixes.push({ fix: suggestion, primary: false });
    if (fixes.length > 0) {
      const buttons = document.createElement('div');
      buttons.className = 'fix-buttons';
      for (const { fix, primary } of fixes) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = primary ? 'button fix' : 'button suggestion';
        button.textContent = primary ? `Fix: ${fix.description}` : `Suggestion: ${fix.description}`;
        button.setAttribute('aria-describedby', message.id);
        button.addEventListener('click', () => actions.applyFix(diagnostic, fix));
        buttons.append(button);
      }
      item.append(buttons);
    }
    return item;
  });
  list.replaceChildren(...items);
}
