/**
 * Where the runs of ASCII digits are in a text, as [start, end) pairs. Phone, NHS and National
 * Insurance numbers, postcodes and ages all start from a digit, and prose is mostly not digits, so
 * the detectors walk this list instead of each scanning the whole text again. The last text's runs
 * are kept: the privacy rules run one after another on the same text.
 */
export function digitRuns(text: string): Int32Array {
  if (text === lastText) return lastRuns;
  const found: number[] = [];
  const run = /[0-9]+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) found.push(m.index, m.index + m[0].length);
  lastText = text;
  lastRuns = Int32Array.from(found);
  return lastRuns;
}

let lastText: string | undefined;
let lastRuns = new Int32Array(0);
