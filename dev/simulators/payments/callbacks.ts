// How a gateway calls a shop back: POST the signed body, and retry with backoff until the
// shop answers 2xx or the attempts run out. Every attempt is recorded so tests can wait for
// the delivery they caused instead of sleeping.
export interface CallbackAttempt {
  url: string;
  body: string;
  status: number | null;
}

export interface CallbackSender {
  /** Delivers in the background; resolves with the last status once it stops trying. */
  send(url: string, body: string, headers: Record<string, string>): Promise<number | null>;
  readonly attempts: CallbackAttempt[];
  /** Resolves when every delivery started so far has finished. */
  idle(): Promise<void>;
}

export function createCallbackSender(opts: { maxAttempts?: number; firstDelayMs?: number } = {}): CallbackSender {
  const attempts: CallbackAttempt[] = [];
  const inFlight = new Set<Promise<number | null>>();
  const maxAttempts = opts.maxAttempts ?? 6;
  const firstDelayMs = opts.firstDelayMs ?? 200;

  async function deliver(url: string, body: string, headers: Record<string, string>): Promise<number | null> {
    let status: number | null = null;
    for (let i = 0; i < maxAttempts; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, firstDelayMs * 2 ** (i - 1)));
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = null;
      }
      attempts.push({ url, body, status });
      if (status !== null && status >= 200 && status < 300) break;
      // A shop that refuses the signature will refuse it again: real gateways stop too.
      if (status === 401) break;
    }
    return status;
  }

  return {
    attempts,
    send(url, body, headers) {
      const p = deliver(url, body, headers);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      return p;
    },
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
