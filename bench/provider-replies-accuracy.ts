// Accuracy of the offline provider-reply reader on labelled replies (JSON lines {id, text,
// language, verdict, request?}). How a fresh round is scored once before anyone reads it.
// Usage: npx tsx bench/provider-replies-accuracy.ts [--failures] [file...]
// Defaults to every provider tuning file (test/fixtures/providers/*.jsonl). It prints, per
// file and in total: accuracy, per verdict, per language, and how many wrong readings fall
// below the reply LLM threshold (a configured LLM would be asked about those), and the mean
// time one reading took.
// --failures lists the wrong readings too: for tuning files only, never for a fresh round
// before its figure is recorded, never for the sealed set.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  readProviderReplyOffline,
  DEFAULT_REPLY_CONFIDENCE_THRESHOLD,
  PROVIDER_VERDICTS,
  type ProviderReading,
  type ProviderVerdict,
} from '../activities/providers/replies.js';

export interface LabelledProviderReply {
  id: string;
  text: string;
  language: string;
  verdict: ProviderVerdict;
  /** What the panel had asked, when the writer gave it. */
  request?: string;
}

export const PROVIDER_TUNING_DIR = 'test/fixtures/providers';

export function providerTuningFiles(dir = PROVIDER_TUNING_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

export function loadProviderReplies(path: string): LabelledProviderReply[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledProviderReply);
}

export interface ReplyReport {
  total: number;
  right: number;
  /** Wrong readings whose confidence is below the LLM threshold. */
  unsure: number;
  byVerdict: Map<string, { right: number; total: number }>;
  byLanguage: Map<string, { right: number; total: number }>;
  failures: Array<{ reply: LabelledProviderReply; got: ProviderReading }>;
}

export function scoreReplies(replies: LabelledProviderReply[]): ReplyReport {
  const report: ReplyReport = { total: replies.length, right: 0, unsure: 0, byVerdict: new Map(), byLanguage: new Map(), failures: [] };
  const tally = (map: Map<string, { right: number; total: number }>, key: string, ok: boolean) => {
    const t = map.get(key) ?? { right: 0, total: 0 };
    t.total++;
    if (ok) t.right++;
    map.set(key, t);
  };
  for (const reply of replies) {
    const got = readProviderReplyOffline(reply.text);
    const ok = got.verdict === reply.verdict;
    if (ok) report.right++;
    else {
      report.failures.push({ reply, got });
      if (got.confidence < DEFAULT_REPLY_CONFIDENCE_THRESHOLD) report.unsure++;
    }
    tally(report.byVerdict, reply.verdict, ok);
    tally(report.byLanguage, reply.language, ok);
  }
  return report;
}

const pct = (n: number, total: number) => (total === 0 ? '—' : `${((n / total) * 100).toFixed(1)}%`);

export function formatReport(name: string, r: ReplyReport): string[] {
  const lines = [`${name}: ${pct(r.right, r.total)} of ${r.total} right; ${r.unsure} of ${r.total - r.right} wrong readings below the LLM threshold ${DEFAULT_REPLY_CONFIDENCE_THRESHOLD}`];
  lines.push(`  ${PROVIDER_VERDICTS.map((v) => `${v} ${pct(r.byVerdict.get(v)?.right ?? 0, r.byVerdict.get(v)?.total ?? 0)} of ${r.byVerdict.get(v)?.total ?? 0}`).join(', ')}`);
  lines.push(`  ${[...r.byLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([l, t]) => `${l} ${pct(t.right, t.total)}`).join(', ')}`);
  return lines;
}

function main(argv: string[]): void {
  const showFailures = argv.includes('--failures');
  const files = argv.filter((a) => !a.startsWith('--'));
  const paths = files.length > 0 ? files : providerTuningFiles();
  if (paths.some((p) => p.includes('/sealed/'))) throw new Error('the sealed set is scored by bench/classifier-eval.ts only');
  const all: LabelledProviderReply[] = [];
  for (const path of paths) {
    const replies = loadProviderReplies(path);
    all.push(...replies);
    const report = scoreReplies(replies);
    for (const line of formatReport(path, report)) console.log(line);
    if (showFailures) {
      for (const { reply, got } of report.failures) {
        console.log(`    ${reply.id} [${reply.language}] want ${reply.verdict}, got ${got.verdict} ${got.confidence}: ${JSON.stringify(reply.text)}`);
      }
    }
  }
  readProviderReplyOffline('warm up'); // loads the model once, as a running worker has
  const started = performance.now();
  const report = scoreReplies(all);
  const ms = (performance.now() - started) / Math.max(1, all.length);
  if (paths.length > 1) for (const line of formatReport('all', report)) console.log(line);
  console.log(`reading took ${ms.toFixed(3)} ms per reply (mean over ${all.length})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
