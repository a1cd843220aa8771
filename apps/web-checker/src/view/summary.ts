import type { JudgementSummary } from '../judgement-summary.js';

/** The facts from the front matter as a description list, and the judgements as a table. */
export function renderSummary(container: HTMLElement, summary: JudgementSummary | undefined): void {
  if (!summary) {
    const empty = document.createElement('p');
    empty.className = 'muted';
    empty.textContent = 'The summary appears when the text is an ILACS draft (front matter with an ilacs: key).';
    container.replaceChildren(empty);
    return;
  }
  const parts: HTMLElement[] = [];
  if (summary.facts.length > 0) {
    const list = document.createElement('dl');
    list.className = 'facts';
    for (const { label, value } of summary.facts) {
      const term = document.createElement('dt');
      term.textContent = label;
      const detail = document.createElement('dd');
      detail.textContent = value;
      list.append(term, detail);
    }
    parts.push(list);
  }
  if (summary.rows.length > 0) {
    const table = document.createElement('table');
    table.className = 'judgements';
    const caption = document.createElement('caption');
    caption.textContent = 'Judgements for the framework in force';
    const head = document.createElement('thead');
    head.innerHTML = '<tr><th scope="col">Judgement</th><th scope="col">Grade</th></tr>';
    const body = document.createElement('tbody');
    for (const row of summary.rows) {
      const tr = document.createElement('tr');
      tr.dataset.area = row.area;
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = row.title;
      const grade = document.createElement('td');
      if (row.grade) {
        const pill = document.createElement('span');
        pill.className = `grade grade-${row.grade.id}`;
        pill.textContent = row.grade.label;
        grade.append(pill);
        if (row.source === 'heading') grade.append(' (from the heading)');
      } else {
        grade.className = 'muted';
        grade.textContent = 'Not graded yet';
      }
      tr.append(name, grade);
      body.append(tr);
    }
    table.append(caption, head, body);
    parts.push(table);
  }
  if (summary.note) {
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = summary.note;
    parts.push(note);
  }
  container.replaceChildren(...parts);
}
