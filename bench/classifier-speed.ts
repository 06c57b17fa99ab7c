// Per-message time of the offline classifier (it runs on every customer message): the
// tuning messages classified in a loop after a warm-up, reported as mean and p99.
// Usage: npx tsx --expose-gc bench/classifier-speed.ts [rounds] [file...] (default: every
// tuning set); with --expose-gc it also prints the heap held once lexicons and models are loaded.
import { performance } from 'node:perf_hooks';
import { classifyOffline } from '../activities/classifier/index.js';
import { DEFAULT_FILES, loadMessages } from './classifier-accuracy.js';

const rounds = Number(process.argv[2] ?? 5);
const files = process.argv.slice(3);
const texts = (files.length > 0 ? files : DEFAULT_FILES).flatMap((f) => loadMessages(f)).map((m) => m.text);
const started = performance.now();
classifyOffline('warm up: load the lexicons and the intent model');
const firstCall = performance.now() - started;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapMb = process.memoryUsage().heapUsed / 1048576;
for (const t of texts) classifyOffline(t);

const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const t of texts) {
    const t0 = performance.now();
    classifyOffline(t);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
console.log(`first call (loads lexicons and model): ${firstCall.toFixed(1)} ms`);
console.log(`${times.length} classifications: mean ${mean.toFixed(3)} ms, p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms`);
if (gc) console.log(`heap with lexicons and models loaded: ${heapMb.toFixed(1)} MB`);
