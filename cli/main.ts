// The `supportai` command: offline classification and side-effect-free decisions for
// scripts, and tenant administration for self-hosters.
import { runClassify } from './classify.js';
import { runSimulate } from './simulate.js';
import { runTenants } from './tenants.js';

const USAGE = `usage: supportai <command>

  classify              JSON lines {"id","text"} on stdin → one JSON line per input:
                        {"id","language","intents":[{"intent","orderIds":[...]}]}
  simulate              one JSON document on stdin → the decisions (no side effects)
  tenants create NAME   create a tenant (DATABASE_URL, or the embedded default) and print its API key
`;

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = {
  classify: runClassify,
  simulate: runSimulate,
  tenants: runTenants,
};

const run = command ? commands[command] : undefined;
if (!run) {
  process.stderr.write(command && command !== '--help' && command !== '-h' ? `supportai: unknown command "${command}"\n\n${USAGE}` : USAGE);
  process.exitCode = command && command !== '--help' && command !== '-h' ? 2 : 0;
} else {
  process.exitCode = await run(rest);
}
