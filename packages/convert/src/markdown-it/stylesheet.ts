/**
 * The styles that go with {@link ilacsDraftPlugin}: Ofsted's published layout (Tahoma, the large title,
 * bold section headings, the two-column judgement table, hanging paragraph numbers, square bullets)
 * for the screen and for print. Everything is scoped under `.ilacs-draft`, and colours follow the page
 * (`currentColor`), so the same sheet serves an editor's preview in a dark theme and a printed page.
 * The build also writes it to `dist/markdown-it/draft-preview.css` for editors that take a file.
 */
export const draftStylesheet = `
.ilacs-draft { font-family: Tahoma, Verdana, "Segoe UI", Arial, sans-serif; font-size: 12pt; line-height: 1.45; max-width: 46em; }
.ilacs-draft h1.ilacs-title { font-size: 26pt; font-weight: normal; line-height: 1.2; border: none; margin: 0 0 0.6em; }
.ilacs-draft-letter h1.ilacs-title { font-size: 12pt; font-weight: bold; margin: 0 0 1em; }
.ilacs-draft h2 { font-size: 14pt; font-weight: bold; border: none; margin: 1.4em 0 0.6em; break-after: avoid; page-break-after: avoid; }
.ilacs-draft h3 { font-size: 12pt; font-weight: bold; margin: 1.2em 0 0.4em; break-after: avoid; page-break-after: avoid; }
.ilacs-draft p { margin: 0 0 0.9em; }
.ilacs-draft .ilacs-title-block { margin: 0 0 1.4em; }
.ilacs-draft .ilacs-title-line { margin: 0 0 0.5em; }
.ilacs-draft table.ilacs-judgements { border-collapse: collapse; width: 100%; margin: 0 0 1.6em; break-inside: avoid; page-break-inside: avoid; }
.ilacs-draft table.ilacs-judgements th, .ilacs-draft table.ilacs-judgements td { border: 1px solid color-mix(in srgb, currentColor 35%, transparent); padding: 0.45em 0.6em; text-align: left; vertical-align: middle; }
.ilacs-draft table.ilacs-judgements th { font-weight: bold; }
.ilacs-draft table.ilacs-judgements td:first-child { width: 60%; }
.ilacs-draft .ilacs-grade { font-weight: bold; border-left-width: 0.4em !important; }
.ilacs-draft .ilacs-grade-outstanding { border-left-color: #1d70b8 !important; }
.ilacs-draft .ilacs-grade-good { border-left-color: #00703c !important; }
.ilacs-draft .ilacs-grade-requires-improvement { border-left-color: #f47738 !important; }
.ilacs-draft .ilacs-grade-inadequate { border-left-color: #d4351c !important; }
.ilacs-draft h2.ilacs-judgement-heading { border-left: 0.3em solid transparent; padding-left: 0.4em; }
.ilacs-draft h2.ilacs-judgement-heading.ilacs-grade { border-left-width: 0.3em !important; border-left-style: solid; }
.ilacs-draft ol.ilacs-numbered { list-style: none; padding-left: 0; margin: 0; }
.ilacs-draft ol.ilacs-numbered > li { position: relative; padding-left: 2.6em; margin: 0 0 0.9em; }
.ilacs-draft ol.ilacs-numbered > li::before { content: attr(data-number) "."; position: absolute; left: 0; }
.ilacs-draft ul.ilacs-improvements { list-style: square; padding-left: 1.6em; }
.ilacs-draft ul.ilacs-improvements > li { margin: 0 0 0.6em; }
.ilacs-draft ul ul { list-style: "\\2212  "; }
.ilacs-draft .ilacs-letter-date { margin: 0 0 2em; }
.ilacs-draft .ilacs-letter-close { margin-top: 1.6em; }
.ilacs-draft .ilacs-signature { margin-top: 3em; }
@media print {
  @page { size: A4; margin: 2cm 2.5cm; }
  .ilacs-draft { max-width: none; color: #000; }
  .ilacs-draft a { color: inherit; text-decoration: none; }
  .ilacs-draft ol.ilacs-numbered > li, .ilacs-draft ul.ilacs-improvements > li { break-inside: avoid; page-break-inside: avoid; }
}
`.trim();
