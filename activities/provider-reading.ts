// Reading a provider's reply: the offline reader, with the LLM for replies it is unsure of
// when one is configured. Text in, a verdict out (confirmed / declined / ambiguous); the
// request decides what follows. A fallback from the LLM is logged, never silent.
import { Context } from '@temporalio/activity';
import { readProviderReply, type ProviderReplyReading } from './providers/replies.js';

export interface ProviderReadingDeps {
  llm: { baseURL: string; apiKey: string; model: string } | null;
}

export function createProviderReadingActivities(deps: ProviderReadingDeps) {
  return {
    async readProviderReply(input: { text: string; request?: string }): Promise<ProviderReplyReading> {
      return readProviderReply(input.text, {
        llm: deps.llm,
        request: input.request,
        onFallback: (reason, error) => activityLog()?.warn('provider reply read offline', { reason, error: error ? String(error) : undefined }),
      });
    },
  };
}

function activityLog() {
  try {
    return Context.current().log;
  } catch {
    return undefined; // called outside an activity (tests)
  }
}
