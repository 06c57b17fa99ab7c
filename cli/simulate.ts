// `supportai simulate`: one JSON document in, the decisions out, nothing touched.
import { simulate } from '../app/simulate.js';
import { SimulateInputSchema } from '../app/simulate-schema.js';
import { describeZodIssues, readAll } from './stdin.js';

export async function runSimulate(): Promise<number> {
  const text = await readAll();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    process.stderr.write(`supportai simulate: stdin is not valid JSON (${(err as Error).message})\n`);
    return 2;
  }
  const parsed = SimulateInputSchema.safeParse(json);
  if (!parsed.success) {
    process.stderr.write(`supportai simulate: the input is not valid:\n${describeZodIssues(parsed.error.issues)}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(simulate(parsed.data), null, 2)}\n`);
  return 0;
}
