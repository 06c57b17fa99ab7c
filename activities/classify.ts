// Reading a customer message: the offline classifier, with the LLM for messages it is
// unsure of when one is configured. Text in, intents and order IDs out; never a decision.
import { classifyHybrid, type Classification } from './classifier/index.js';

export interface ClassifyDeps {
  llm: { baseURL: string; apiKey: string; model: string } | null;
}

export function createClassifyActivities(deps: ClassifyDeps) {
  return {
    async classifyMessage(input: { text: string }): Promise<Classification> {
      return classifyHybrid(input.text, { llm: deps.llm });
    },
  };
}
