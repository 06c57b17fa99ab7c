// Runs an install-time tool (go, mvn, javac) to completion, streaming its output lines to
// a callback and failing with the command, exit status and the tail of its output.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface RunCommandOptions {
  cwd?: string;
  /** Full environment of the child; the current one when omitted. */
  env?: NodeJS.ProcessEnv;
  /** Every output line (stdout and stderr) as it arrives. */
  onLine?: (line: string) => void;
}

const TAIL_LINES = 30;

export async function runCommand(command: string, args: string[], opts: RunCommandOptions = {}): Promise<string> {
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const tail: string[] = [];
  const collect = (line: string, isStdout: boolean): void => {
    if (isStdout) stdout.push(line);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    opts.onLine?.(line);
  };
  createInterface({ input: child.stdout }).on('line', (line) => collect(line, true));
  createInterface({ input: child.stderr }).on('line', (line) => collect(line, false));

  const shown = [command, ...args].join(' ');
  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new Error(`\`${command}\` was not found on PATH (needed for: ${shown})`)
          : new Error(`could not run ${shown}: ${err.message}`),
      );
    });
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  if (outcome.code !== 0) {
    const status = outcome.signal ? `signal ${outcome.signal}` : `exit code ${String(outcome.code)}`;
    throw new Error(`${shown} failed (${status}):\n${tail.join('\n')}`);
  }
  return stdout.join('\n');
}
