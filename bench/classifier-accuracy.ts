// Accuracy of the offline classifier on labelled messages (JSON lines {id, text, language,
// intents}). Usage: npx tsx bench/classifier-accuracy.ts [--verbose] [--by-language] [file...]
// Defaults to every tuning set (test/fixtures/messages/*.jsonl). Per file it prints:
//   intents   — the set of intents equals the label's
//   order IDs — for every intent, the set of order IDs equals the label's (exact)
//   IDs found — the set of all order IDs equals the label's, whatever intent they went to
//   language  — the language code equals the label's
//   unsure    — how many of the wrong readings had confidence below the hybrid threshold,
//               i.e. would have been handed to the LLM when one is configured
//   to LLM    — the share of all readings below that threshold: what the LLM would cost
// --by-language adds the same figures per language (how fresh batches are scored once).
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classifyOffline, DEFAULT_CONFIDENCE_THRESHOLD } from '../activities/classifier/index.js';
import type { Classification, ClassifiedIntent } from '../activities/classifier/index.js';

export interface LabelledMessage {
  id: string;
  text: string;
  language: string;
  intents: ClassifiedIntent[];
}

export interface Failure {
  message: LabelledMessage;
  got: Classification;
  wrong: Array<'intents' | 'orderIds' | 'language'>;
}

export interface AccuracyReport {
  total: number;
  intentAccuracy: number;
  orderIdAccuracy: number;
  /** All order IDs found, ignoring which intent they were given to. */
  idsFoundAccuracy: number;
  languageAccuracy: number;
  /** Readings, right or wrong, below the LLM threshold: the ones the LLM reads again. */
  unsureReadings: number;
  failures: Failure[];
}

export const TUNING_DIR = 'test/fixtures/messages';
export const DEFAULT_FILES = readdirSync(TUNING_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) => `${TUNING_DIR}/${f}`);

export function loadMessages(path: string): LabelledMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledMessage);
}

function idsByIntent(intents: ClassifiedIntent[]): Map<string, string> {
  const map = new Map<string, Set<string>>();
  for (const { intent, orderIds } of intents) {
    const set = map.get(intent) ?? new Set<string>();
    for (const id of orderIds) set.add(id);
    map.set(intent, set);
  }
  return new Map([...map].map(([intent, ids]) => [intent, [...ids].sort().join(',')]));
}

function sameIntents(a: ClassifiedIntent[], b: ClassifiedIntent[]): boolean {
  const x = new Set(a.map((i) => i.intent));
  const y = new Set(b.map((i) => i.intent));
  return x.size === y.size && [...x].every((i) => y.has(i));
}

function sameIdsFound(a: ClassifiedIntent[], b: ClassifiedIntent[]): boolean {
  const all = (x: ClassifiedIntent[]) => [...new Set(x.flatMap((i) => i.orderIds))].sort().join(',');
  return all(a) === all(b);
}

function sameOrderIds(a: ClassifiedIntent[], b: ClassifiedIntent[]): boolean {
  const x = idsByIntent(a);
  const y = idsByIntent(b);
  return x.size === y.size && [...x].every(([intent, ids]) => y.get(intent) === ids);
}

export function measure(
  messages: LabelledMessage[],
  classify: (text: string) => Classification = classifyOffline,
): AccuracyReport {
  const failures: Failure[] = [];
  let intents = 0;
  let orderIds = 0;
  let idsFound = 0;
  let languages = 0;
  let unsureReadings = 0;
  for (const message of messages) {
    const got = classify(message.text);
    if (got.confidence < DEFAULT_CONFIDENCE_THRESHOLD) unsureReadings++;
    const wrong: Failure['wrong'] = [];
    if (sameIntents(message.intents, got.intents)) intents++;
    else wrong.push('intents');
    if (sameOrderIds(message.intents, got.intents)) orderIds++;
    else wrong.push('orderIds');
    if (sameIdsFound(message.intents, got.intents)) idsFound++;
    if (got.language === message.language) languages++;
    else wrong.push('language');
    if (wrong.length > 0) failures.push({ message, got, wrong });
  }
  const total = messages.length;
  const share = (n: number) => (total === 0 ? 1 : n / total);
  return {
    total,
    intentAccuracy: share(intents),
    orderIdAccuracy: share(orderIds),
    idsFoundAccuracy: share(idsFound),
    languageAccuracy: share(languages),
    unsureReadings,
    failures,
  };
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

const pct = (n: number, total: number) => (total === 0 ? '—' : `${((n / total) * 100).toFixed(1)}%`);

/**
 * One table row: intents, order IDs per intent, IDs found, language, wrong readings below
 * the LLM threshold, and the share of all readings below it.
 */
export function figuresRow(label: string, report: AccuracyReport): string {
  const n = report.total;
  const c = (x: number) => Math.round(x * n);
  const wrong = report.failures.filter((f) => f.wrong.some((w) => w !== 'language'));
  const unsure = wrong.filter((f) => f.got.confidence < DEFAULT_CONFIDENCE_THRESHOLD).length;
  return [
    label.padEnd(8),
    String(n).padStart(4),
    pct(c(report.intentAccuracy), n).padStart(8),
    pct(c(report.orderIdAccuracy), n).padStart(8),
    pct(c(report.idsFoundAccuracy), n).padStart(8),
    pct(c(report.languageAccuracy), n).padStart(8),
    `${unsure}/${wrong.length}`.padStart(8),
    pct(report.unsureReadings, n).padStart(7),
  ].join(' ');
}

/** The figures for all messages, then per language. */
export function figuresTable(messages: LabelledMessage[]): string[] {
  const rows = ['language    n  intents  IDs/int IDs any language   unsure to LLM', figuresRow('all', measure(messages))];
  for (const language of [...new Set(messages.map((m) => m.language))].sort()) {
    rows.push(figuresRow(language, measure(messages.filter((m) => m.language === language))));
  }
  return rows;
}

function describe(intents: ClassifiedIntent[]): string {
  return intents.map((i) => `${i.intent}[${i.orderIds.join(',')}]`).join(' ');
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const files = argv.filter((a) => !a.startsWith('--'));
  for (const file of files.length > 0 ? files : DEFAULT_FILES) {
    const messages = loadMessages(file);
    if (argv.includes('--by-language')) {
      console.log(`${file}: ${messages.length} messages; unsure = wrong readings below the LLM threshold`);
      for (const row of figuresTable(messages)) console.log(`  ${row}`);
      continue;
    }
    const report = measure(messages);
    const count = (x: number) => Math.round(x * report.total);
    console.log(`${file}: ${report.total} messages`);
    console.log(`  intents    ${percent(report.intentAccuracy)} (${count(report.intentAccuracy)}/${report.total})`);
    console.log(`  order IDs  ${percent(report.orderIdAccuracy)} (${count(report.orderIdAccuracy)}/${report.total})`);
    console.log(`  IDs found  ${percent(report.idsFoundAccuracy)} (${count(report.idsFoundAccuracy)}/${report.total})`);
    console.log(`  language   ${percent(report.languageAccuracy)} (${count(report.languageAccuracy)}/${report.total})`);
    const readingFailures = report.failures.filter((f) => f.wrong.some((w) => w !== 'language'));
    const unsure = readingFailures.filter((f) => f.got.confidence < DEFAULT_CONFIDENCE_THRESHOLD).length;
    console.log(`  unsure     ${unsure} of ${readingFailures.length} wrong readings (LLM asked when configured)`);
    console.log(`  to LLM     ${percent(report.unsureReadings / Math.max(1, report.total))} of all readings (${report.unsureReadings}/${report.total})`);
    if (!verbose) continue;
    for (const { message, got, wrong } of report.failures) {
      console.log(`  ✗ ${message.id} [${wrong.join(', ')}] ${JSON.stringify(message.text)}`);
      console.log(`      want ${message.language} ${describe(message.intents)}`);
      console.log(`      got  ${got.language} ${describe(got.intents)} (confidence ${got.confidence})`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
