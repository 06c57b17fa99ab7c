// The message classifier: what a customer asks for, for which orders, in which language.
// classifyOffline works with no network at all; classifyHybrid asks an LLM (any
// OpenAI-compatible endpoint) about the messages the offline rules are unsure of.
export { classifyOffline, MAX_TEXT_CHARS } from './classify.js';
export { classifyHybrid, DEFAULT_CONFIDENCE_THRESHOLD } from './llm.js';
export type { HybridOptions, LlmConfig } from './llm.js';
export { MIN_DIGITS, MIN_DIGITS_LABELLED, MAX_DIGITS } from './order-ids.js';
export { OFFLINE_LANGUAGES } from './types.js';
export type { Classification, ClassifiedIntent, OfflineLanguage } from './types.js';
