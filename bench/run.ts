// `npm run bench`: builds the product, then runs the open-loop benchmark (bench/open-loop.ts)
// at 2, 5, 10 and 20 messages/s for 20 s each (about 15 minutes on 2 cores, most of it
// draining the backlog of the highest rates). `npm run bench -- --quick`: 2 and 5 messages/s
// for 10 s each (about 3 minutes). `npm run bench -- 5,10 30`: your own rates and seconds.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const rest = args.filter((a) => a !== '--quick');
const [rates, seconds] = quick ? ['2,5', '10'] : [rest[0] ?? '2,5,10,20', rest[1] ?? '20'];

const run = (cmd: string, argv: string[]) => {
  const r = spawnSync(cmd, argv, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', 'build']);
run(process.execPath, ['--import', 'tsx', 'bench/open-loop.ts', rates, seconds]);
