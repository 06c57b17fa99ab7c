// Workflows: deterministic orchestration only. This file is the worker's workflowsPath.
export { supportRequestWorkflow } from './support-request.js';
export { conversationWorkflow } from './conversation.js';
export { trackerWorkflow } from './tracker.js';
export { ticketPollerWorkflow } from './ticket-poller.js';
export { subscriptionWorkflow } from './subscription.js';
