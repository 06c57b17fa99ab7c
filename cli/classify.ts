// `supportai classify`: one output line per input line, offline. A bad line gets an
// {"id","error"} line and a message on stderr; the others are still classified.
import { z } from 'zod';
import { classifyOffline } from '../activities/classifier/index.js';
import { lines } from './stdin.js';

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
});

export async function runClassify(): Promise<number> {
  let n = 0;
  let bad = 0;
  for await (const raw of lines()) {
    n++;
    if (!raw.trim()) continue;
    let id: string | null = null;
    try {
      const json: unknown = JSON.parse(raw);
      const parsed = LineSchema.safeParse(json);
      if (!parsed.success) {
        id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : null;
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      }
      id = parsed.data.id;
      const c = classifyOffline(parsed.data.text);
      process.stdout.write(`${JSON.stringify({ id, language: c.language, intents: c.intents })}\n`);
    } catch (err) {
      bad++;
      const message = err instanceof SyntaxError ? 'not valid JSON' : err instanceof Error ? err.message : String(err);
      process.stderr.write(`supportai classify: line ${n}: ${message}\n`);
      process.stdout.write(`${JSON.stringify({ id, error: `line ${n}: ${message}` })}\n`);
    }
  }
  return bad ? 1 : 0;
}
