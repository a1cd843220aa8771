// pdfkit's standard-font data modules (used with its browser build) ship without declarations.
declare module 'pdfkit/standard-fonts/*' {
  const font: unknown;
  export default font;
}
