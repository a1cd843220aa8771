// Synthetic drafts of any size made only of real text, for the scaling part: the head of a real report (front
// matter, title, judgement table, summary, what needs to improve) and its graded sections, filled with the real
// numbered paragraphs of every report in turn, numbered 1 to N as a report is. A valid draft at every size, so
// the scaling table measures the same work a real report costs, not an error path.

const gradedHeading = /^## [^\n]*: /;
const numberedParagraph = /^\d{1,4}\. /;

/** Splits a real report into the part kept as it is and the headings of its graded sections. */
function splitTemplate(text) {
  const lines = text.split(/\r?\n/);
  const firstGraded = lines.findIndex((line) => gradedHeading.test(line));
  if (firstGraded < 0) throw new Error('The template draft has no graded sections ("## <area>: <grade>") to fill.');
  const head = lines.slice(0, firstGraded).join('\n').trimEnd();
  const headings = lines.slice(firstGraded).filter((line) => gradedHeading.test(line));
  return { head, headings };
}

/** Every numbered paragraph of every report, without its number, in corpus order. */
export function realParagraphs(drafts) {
  const paragraphs = [];
  for (const { text } of drafts) {
    for (const line of text.split(/\r?\n/)) {
      if (numberedParagraph.test(line)) paragraphs.push(line.slice(line.indexOf(' ') + 1));
    }
  }
  if (paragraphs.length === 0) throw new Error('The corpus holds no numbered paragraphs to build synthetic drafts from.');
  return paragraphs;
}

/**
 * A draft of at least `targetBytes` (UTF-8), built on `template` (a real report) from `paragraphs`: one paragraph
 * per graded section at least, then one more to each section in turn until the size is reached.
 */
export function syntheticDraft(template, paragraphs, targetBytes) {
  const { head, headings } = splitTemplate(template.text);
  const bodies = headings.map(() => []);
  let bytes = Buffer.byteLength(head) + headings.reduce((sum, heading) => sum + Buffer.byteLength(heading) + 2, 0);
  let next = 0;
  while (next < headings.length || bytes < targetBytes) {
    const paragraph = paragraphs[next % paragraphs.length];
    bodies[next % headings.length].push(paragraph);
    // "N. " plus the blank line before it; the number grows with N, so allow its digits too.
    bytes += Buffer.byteLength(paragraph) + String(next + 1).length + 4;
    next++;
  }
  let number = 0;
  const sections = headings.map((heading, index) =>
    [heading, ...bodies[index].map((paragraph) => `${++number}. ${paragraph}`)].join('\n\n'),
  );
  return `${head}\n\n${sections.join('\n\n')}\n`;
}
