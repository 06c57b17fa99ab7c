// `npx tsx bench/start-time.ts [runs]`: how long `npm start`'s entry takes until it prints
// its URLs, on a fresh data folder (cold: initdb, new Temporal database, demo tenant) and on
// the same folder again (warm). The Temporal CLI must already be built.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocatePorts, startServiceProcess } from '../test/helpers/service-process.js';

const runs = Number(process.argv[2] ?? 3);
const cold: number[] = [];
const warm: number[] = [];

for (let i = 0; i < runs; i++) {
  const dir = await mkdtemp(join(tmpdir(), 'supportai-bench-'));
  const ports = await allocatePorts();
  try {
    for (const bucket of [cold, warm]) {
      const t0 = performance.now();
      const svc = await startServiceProcess(dir, ports);
      bucket.push(performance.now() - t0);
      const code = await svc.interrupt();
      if (code !== 0) throw new Error(`exit ${code}:\n${svc.output()}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${(s[Math.floor(s.length / 2)]! / 1000).toFixed(2)} s (min ${(s[0]! / 1000).toFixed(2)}, max ${(s.at(-1)! / 1000).toFixed(2)}, n=${s.length})`;
};
console.log(`cold start (new data folder): ${fmt(cold)}`);
console.log(`warm start (existing data):   ${fmt(warm)}`);
