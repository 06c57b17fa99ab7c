// A fake OpenAI-compatible server for tests: POST /v1/chat/completions on 127.0.0.1, in the
// real wire format (the answer is a JSON string in choices[0].message.content). The test
// decides each answer: an object to return as the model's JSON, 'error' for a 500, 'hang'
// to never answer (until the client gives up or the simulator closes), or `{ rawContent }` for
// a content string that is not the JSON asked for. POST /v1/embeddings answers with the
// vectors `embed` gives (404 without it).
import { listenLoopback, readBody, sendJson } from './http.js';

export interface SimulatedChatMessage {
  role: string;
  content: string;
}

export type SimulatedReply = object | { rawContent: string } | 'error' | 'hang';

export interface OpenAiSimulatorOptions {
  port?: number;
  respond: (messages: SimulatedChatMessage[]) => SimulatedReply | Promise<SimulatedReply>;
  embed?: (input: string) => number[];
}

export interface OpenAiSimulator {
  /** Base URL for an OpenAI client (ends in /v1). */
  url: string;
  close(): Promise<void>;
  /** Chat completion requests received so far. */
  readonly calls: number;
  /** The parsed body of every chat completion request, in order. */
  readonly requests: unknown[];
  /** Embedding requests received so far. */
  readonly embeddingCalls: number;
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
  let embeddingCalls = 0;
  const server = await listenLoopback(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'POST' && path === '/v1/embeddings' && opts.embed) {
      const body = JSON.parse(await readBody(req)) as { model?: string; input?: string | string[] };
      embeddingCalls += 1;
      const inputs = Array.isArray(body.input) ? body.input : [String(body.input ?? '')];
      const embed = opts.embed;
      sendJson(res, 200, {
        object: 'list',
        data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: embed(text) })),
        model: body.model ?? 'simulated',
        usage: { prompt_tokens: 0, total_tokens: 0 },
      });
      return;
    }
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
    const content = 'rawContent' in reply && typeof reply.rawContent === 'string' ? reply.rawContent : JSON.stringify(reply);
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
    get embeddingCalls() {
      return embeddingCalls;
    },
  };
}
