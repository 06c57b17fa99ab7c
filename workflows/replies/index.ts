// Customer-facing texts: replies to decisions and follow-ups on outcomes, in every
// supported language. Pure and deterministic, so workflows can call them directly.
export {
  renderReply,
  renderConversationReply,
  renderMissingOrderId,
  type ReplyContext,
  type ConversationPart,
} from './render.js';
export { renderOutcome, OUTCOME_CODES, type OutcomeCode, type OutcomeContext } from './outcomes.js';
export { SUPPORTED_REPLY_LANGUAGES, resolveReplyLanguage, type ReplyLanguage } from './languages.js';
export {
  detectObjection,
  planObjection,
  nextDisputeCount,
  renderObjectionReply,
  OBJECTION_SIGNALS,
  type ObjectionPlan,
  type ObjectionSignal,
  type NextStep,
} from './objections.js';
