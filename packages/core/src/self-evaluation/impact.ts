import { hasFigure } from './measures.js';
import { findPhrase, scanWords, type Word } from './words.js';

/**
 * Does a strength report only a process, or also what changed for children and families? Word
 * lists and windows of a few words; linear in the text. `impact-over-process` documents these lists
 * word for word; change both together.
 */

export const processWords: readonly string[] = [
  'strategy',
  'strategies',
  'policy',
  'policies',
  'plan',
  'plans',
  'procedure',
  'procedures',
  'protocol',
  'protocols',
  'framework',
  'frameworks',
  'panel',
  'panels',
  'pathway',
  'pathways',
  'model',
  'toolkit',
  'training',
  'guidance',
  'audit',
  'audits',
  'board',
  'meeting',
  'meetings',
  'process',
  'processes',
  'programme',
  'forum',
  'structure',
  'restructure',
  'template',
  'templates',
  'pilot',
  'offer',
  'charter',
  'launched',
  'introduced',
  'implemented',
  'established',
  'developed',
  'embedded',
  'created',
  'commissioned',
  'refreshed',
  'revised',
  'updated',
  'agreed',
  'published',
  'approved',
  'redesigned',
  'restructured',
  'trained',
  'delivered',
  'appointed',
  'issued',
];
const processPhrases: readonly (readonly string[])[] = [
  ['rolled', 'out'],
  ['put', 'in', 'place'],
  ['set', 'up'],
];

export const peopleWords: readonly string[] = [
  'child',
  'children',
  'young',
  'families',
  'family',
  'parents',
  'parent',
  'carers',
  'carer',
  'leavers',
  'babies',
  'baby',
  'newborns',
  'siblings',
  'adolescents',
  'teenagers',
  'mothers',
  'fathers',
];
export const outcomeWords: readonly string[] = [
  'feel',
  'feels',
  'felt',
  'say',
  'says',
  'said',
  'tell',
  'tells',
  'told',
  'describe',
  'described',
  'receive',
  'receives',
  'received',
  'get',
  'gets',
  'got',
  'benefit',
  'benefits',
  'benefited',
  'benefitted',
  'achieve',
  'achieves',
  'achieved',
  'attend',
  'attends',
  'attended',
  'attendance',
  'live',
  'lives',
  'living',
  'lived',
  'stay',
  'stays',
  'stayed',
  'remain',
  'remains',
  'remained',
  'return',
  'returned',
  'reunified',
  'safer',
  'safely',
  'stable',
  'stability',
  'settled',
  'better',
  'improved',
  'fewer',
  'more',
  'less',
  'quicker',
  'quickly',
  'sooner',
  'earlier',
  'timely',
  'now',
  'helped',
  'thrive',
  'thriving',
  'enjoy',
  'enjoyed',
  'seen',
  'visited',
  'understand',
  'understood',
  'know',
  'knows',
  'listened',
  'heard',
  'included',
  'participate',
  'participated',
  'engaged',
  'wait',
  'waited',
];
/** Comparatives that may come just before the people they describe: "fewer children". */
const comparatives = new Set(['fewer', 'more', 'less']);
/** Words that turn what follows into an aim rather than a result: "so that children get", "will be seen". */
export const intentWords: readonly string[] = [
  'will',
  'would',
  'should',
  'could',
  'aim',
  'aims',
  'aimed',
  'intended',
  'ensure',
  'ensuring',
];
export const changeWords: readonly string[] = [
  'fewer',
  'more',
  'less',
  'reduced',
  'reduction',
  'increased',
  'increase',
  'rose',
  'risen',
  'fell',
  'fallen',
  'falling',
  'down',
  'up',
  'higher',
  'lower',
  'halved',
  'doubled',
  'improved',
  'improvement',
  'compared',
];
const resultPhrases: readonly (readonly string[])[] = [
  ['as', 'a', 'result'],
  ['resulting', 'in'],
  ['resulted', 'in'],
  ['led', 'to'],
  ['leading', 'to'],
  ['which', 'means'],
  ['this', 'means'],
  ['meaning', 'that'],
  ['positive', 'impact'],
  ['positive', 'difference'],
  ['difference', 'to'],
];

/** Words after a people word within which an outcome word counts. */
export const outcomeWindow = 8;
/** Words before a people word within which a comparative counts. */
export const leadWindow = 3;
/** Words before a people word (or a comparative) within which an aim word cancels the outcome. */
export const intentWindow = 2;

const processSet = new Set(processWords);
const peopleSet = new Set(peopleWords);
const outcomeSet = new Set(outcomeWords);
const intentSet = new Set(intentWords);
const changeSet = new Set(changeWords);

export interface StrengthReading {
  /** The first word or phrase that reports a process, if any. */
  process?: string;
  /** What shows impact, if anything: the words found. */
  impact?: string;
}

/** An aim word, or "so that" (a bare "so" usually means "and therefore"). */
function isIntent(words: readonly Word[], k: number): boolean {
  return intentSet.has(words[k]!.text) || (words[k]!.text === 'that' && words[k - 1]?.text === 'so');
}

function intentBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (isIntent(words, k)) return true;
  return false;
}

function peopleOutcome(words: readonly Word[]): string | undefined {
  for (let p = 0; p < words.length; p++) {
    if (!peopleSet.has(words[p]!.text)) continue;
    for (let o = p + 1; o <= Math.min(words.length - 1, p + outcomeWindow); o++) {
      if (outcomeSet.has(words[o]!.text) && !intentBetween(words, p - intentWindow, o)) return `${words[p]!.text} ... ${words[o]!.text}`;
    }
    for (let c = Math.max(0, p - leadWindow); c < p; c++) {
      if (comparatives.has(words[c]!.text) && !intentBetween(words, c - intentWindow, p)) return `${words[c]!.text} ${words[p]!.text}`;
    }
  }
  return undefined;
}

function measuredChange(words: readonly Word[]): string | undefined {
  if (!hasFigure(words)) return undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (changeSet.has(w.text)) return `${w.text} (with a figure)`;
    if (w.text === 'from' && words[i + 1]?.value !== undefined) {
      for (let k = i + 2; k <= Math.min(words.length - 2, i + 4); k++)
        if (words[k]!.text === 'to' && words[k + 1]!.value !== undefined) return 'from ... to ...';
    }
  }
  return undefined;
}

export function readStrength(text: string): StrengthReading {
  const words = scanWords(text);
  const reading: StrengthReading = {};
  const processWord = words.find((w) => processSet.has(w.text));
  const processPhrase = findPhrase(words, processPhrases);
  if (processWord) reading.process = processWord.text;
  else if (processPhrase) reading.process = processPhrase.phrase.join(' ');
  const result = findPhrase(words, resultPhrases);
  const impact = (result ? result.phrase.join(' ') : undefined) ?? measuredChange(words) ?? peopleOutcome(words);
  if (impact) reading.impact = impact;
  return reading;
}

/** A strength that reports a process with nothing about its impact on children, young people or families. */
export function isProcessOnly(text: string): boolean {
  const reading = readStrength(text);
  return reading.process !== undefined && reading.impact === undefined;
}
