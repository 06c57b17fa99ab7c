// A fake OpenAI-compatible server for tests: POST /v1/chat/completions on 127.0.0.1, in the
// real wire format (the answer is a JSON string in choices[0].message.content). The test
// decides each answer: an object to return as the model's JSON, 'error' for a 500, 'hang'
// to never answer (until the client gives up or the simulator closes).
import { listenLoopback, readBody, sendJson } from './http.js';

export interface SimulatedChatMessage {
  role: string;
  content: string;
}

export type SimulatedReply = object | 'error' | 'hang';

export interface OpenAiSimulatorOptions {
  port?: number;
  respond: (messages: SimulatedChatMessage[]) => SimulatedReply | Promise<SimulatedReply>;
}

export interface OpenAiSimulator {
  /** Base URL for an OpenAI client (ends in /v1). */
  url: string;
  close(): Promise<void>;
  /** Chat completion requests received so far. */
  readonly calls: number;
  /** The parsed body of every chat completion request, in order. */
  readonly requests: unknown[];
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
      .join('');
  }
  return '';
}

export async function startOpenAiSimulator(opts: OpenAiSimulatorOptions): Promise<OpenAiSimulator> {
  const requests: unknown[] = [];
  let sequence = 0;
  const server = await listenLoopback(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      sendJson(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
      return;
    }
    const body = JSON.parse(await readBody(req)) as { model?: string; messages?: Array<{ role?: string; content?: unknown }> };
    requests.push(body);
    const messages = (body.messages ?? []).map((m) => ({ role: String(m.role), content: textOf(m.content) }));
    const reply = await opts.respond(messages);
    if (reply === 'hang') {
      await new Promise<void>((resolve) => res.once('close', () => resolve()));
      return;
    }
    if (reply === 'error') {
      sendJson(res, 500, { error: { message: 'simulated failure', type: 'server_error', code: null } });
      return;
    }
    sequence += 1;
    const content = JSON.stringify(reply);
    sendJson(res, 200, {
      id: `chatcmpl-sim-${sequence}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'simulated',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
  }, opts.port ?? 0);

  return {
    url: `${server.url}/v1`,
    close: () => server.close(),
    get calls() {
      return requests.length;
    },
    get requests() {
      return requests;
    },
  };
}
