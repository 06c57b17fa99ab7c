// The OpenAI-compatible simulator as its own process, for trying written replies by hand:
//   npx tsx dev/llm-simulator.ts            (prints the OPENAI_BASE_URL to start npm start with)
// It plays the reply writer (a courtesy line in the customer's language before the template's
// facts) and the embeddings; any other prompt (the classifier's or the provider reader's
// second look) gets a 500, so those fall back to their offline readings as they would with
// the model down.
import { startOpenAiSimulator, type SimulatedChatMessage } from './simulators/openai.js';
import { hashedEmbedding, scriptedWriter } from './simulators/openai-model.js';

const writer = scriptedWriter();
const writesReply = (messages: SimulatedChatMessage[]) => messages.some((m) => m.role === 'user' && m.content.includes('<facts>'));

const sim = await startOpenAiSimulator({
  port: Number(process.env.PORT ?? 0),
  respond: (messages) => (writesReply(messages) ? writer(messages) : 'error'),
  embed: (text) => hashedEmbedding(text),
});
console.log(`LLM simulator listening. Start the service with:\n  OPENAI_BASE_URL=${sim.url} OPENAI_API_KEY=sim npm start`);
const stop = (): void => void sim.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
