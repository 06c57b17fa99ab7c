// A small linear model over the same hashed character n-grams the intent model reads
// (softmax over confirmed / declined / ambiguous), for replies the word lists read weakly:
// phrasings no list has, transliterations, refusals explained without a refusal word.
// Trained from the labelled tuning replies by dev/train-provider-model.ts and committed as
// reply-weights.ts (weights quantised to 8 bits; a module, so builds carry it). The rules
// keep what they read exactly.
import { features } from '../../classifier/model/features.js';
import type { ProviderVerdict } from '../replies.js';
import { REPLY_WEIGHTS } from './reply-weights.js';

/** Fewer buckets than the intent model: a few thousand replies fill no more. */
export const REPLY_BUCKETS = 1 << 15;

export interface ReplyModelFile {
  buckets: number;
  verdicts: ProviderVerdict[];
  bias: number[];
  /** Per verdict: base64 of REPLY_BUCKETS signed bytes; weight = byte * scale. */
  weights: string[];
  scale: number;
}

export interface ReplyModel {
  verdicts: ProviderVerdict[];
  bias: number[];
  weights: Float32Array[];
}

export type VerdictScores = Record<ProviderVerdict, number>;

/** Feature indexes of a reply, with each one's value (repeats add; length-normalised). */
export function replyFeatures(text: string): Map<number, number> {
  const feats = features(text);
  const norm = 1 / Math.sqrt(Math.max(1, feats.length));
  const out = new Map<number, number>();
  for (const f of feats) {
    const k = f & (REPLY_BUCKETS - 1);
    out.set(k, (out.get(k) ?? 0) + norm);
  }
  return out;
}

export function decodeReplyModel(file: ReplyModelFile): ReplyModel {
  if (file.buckets !== REPLY_BUCKETS) throw new Error(`reply model has ${file.buckets} buckets, features use ${REPLY_BUCKETS}`);
  const weights = file.weights.map((b64) => Float32Array.from(new Int8Array(Buffer.from(b64, 'base64').buffer.slice(0)), (b) => b * file.scale));
  return { verdicts: file.verdicts, bias: file.bias, weights };
}

let loaded: ReplyModel | undefined;

function model(): ReplyModel {
  loaded ??= decodeReplyModel(REPLY_WEIGHTS);
  return loaded;
}

/** Softmax logits of a feature map. */
export function logits(x: Map<number, number>, m: ReplyModel): number[] {
  return m.verdicts.map((_, k) => {
    const w = m.weights[k];
    let z = m.bias[k] ?? 0;
    if (w) for (const [f, v] of x) z += (w[f] ?? 0) * v;
    return z;
  });
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Probability of each verdict for a reply. */
export function scoreReply(text: string, m: ReplyModel = model()): VerdictScores {
  const p = softmax(logits(replyFeatures(text), m));
  const out: VerdictScores = { confirmed: 0, declined: 0, ambiguous: 0 };
  m.verdicts.forEach((v, k) => {
    out[v] = p[k] ?? 0;
  });
  return out;
}
