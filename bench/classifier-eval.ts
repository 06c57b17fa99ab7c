// Scores the classifier and the provider-reply reader on the sealed evaluation set: messages
// written independently of everything the classifier was built from, never tuned on. It
// prints aggregate figures only — never an item's text, id or reading — so its failures
// cannot be read and fixed one by one (that would turn it into one more tuning set).
// The files' SHA-256 must match sealed/SHA256SUMS: an edited set fails loudly.
// Usage: npm run eval:classifier
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../activities/classifier/index.js';
import {
  readProviderReplyOffline,
  DEFAULT_REPLY_CONFIDENCE_THRESHOLD,
  type ProviderVerdict,
} from '../activities/providers/replies.js';
import { figuresTable, loadMessages, type LabelledMessage } from './classifier-accuracy.js';

export const SEALED_DIR = 'test/fixtures/messages/sealed';
export const SEALED_FILES = ['eval.jsonl', 'provider-replies.jsonl'] as const;

export interface LabelledReply {
  id: string;
  text: string;
  language: string;
  reading: ProviderVerdict;
}

/** The recorded hash of each sealed file (sha256sum format). */
function recordedHashes(dir: string): Map<string, string> {
  const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Map(lines.map((l) => {
    const [hash = '', name = ''] = l.trim().split(/\s+\*?/);
    return [name, hash];
  }));
}

/** Throws unless every sealed file is present and unchanged since its hash was recorded. */
export function verifySealed(dir = SEALED_DIR): void {
  const hashes = recordedHashes(dir);
  for (const name of SEALED_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`sealed set: ${path} is missing`);
    const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (hashes.get(name) !== actual) {
      throw new Error(`sealed set: ${path} does not match its recorded SHA-256 (edited?); refusing to score it`);
    }
  }
}

export function loadSealedMessages(dir = SEALED_DIR): LabelledMessage[] {
  return loadMessages(join(dir, 'eval.jsonl'));
}

export function loadSealedReplies(dir = SEALED_DIR): LabelledReply[] {
  return readFileSync(join(dir, 'provider-replies.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledReply);
}

const pct = (n: number, total: number) => (total === 0 ? '—' : `${((n / total) * 100).toFixed(1)}%`);

function scoreMessages(messages: LabelledMessage[]): void {
  console.log(`customer messages (${messages.length}); unsure = wrong readings below the LLM threshold ${DEFAULT_CONFIDENCE_THRESHOLD}`);
  for (const row of figuresTable(messages)) console.log(row);
}

function scoreReplies(replies: LabelledReply[]): void {
  const readings = replies.map((r) => ({ r, got: readProviderReplyOffline(r.text) }));
  const right = (xs: typeof readings) => xs.filter((x) => x.got.verdict === x.r.reading).length;
  const wrong = readings.filter((x) => x.got.verdict !== x.r.reading);
  const unsure = wrong.filter((x) => x.got.confidence < DEFAULT_REPLY_CONFIDENCE_THRESHOLD).length;
  console.log(`\nprovider replies (${replies.length})`);
  console.log(`all       ${pct(right(readings), readings.length)} right; ${unsure}/${wrong.length} wrong readings below the LLM threshold`);
  for (const reading of ['confirmed', 'declined', 'ambiguous'] as const) {
    const xs = readings.filter((x) => x.r.reading === reading);
    console.log(`${reading.padEnd(9)} ${pct(right(xs), xs.length)} of ${xs.length}`);
  }
  for (const language of [...new Set(replies.map((r) => r.language))].sort()) {
    const xs = readings.filter((x) => x.r.language === language);
    console.log(`${language.padEnd(9)} ${pct(right(xs), xs.length)} of ${xs.length}`);
  }
}

function main(): void {
  try {
    verifySealed();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  scoreMessages(loadSealedMessages());
  scoreReplies(loadSealedReplies());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
