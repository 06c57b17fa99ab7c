// What the bot says to staff in the admin chat, in English. Plain text (no parse mode), so
// nothing a customer or a panel username contains can turn into markup. What it says to
// customers, in every reply language, is bot-texts.ts.

export const texts = {
  adminOnly: 'Only members of the shop\'s admin chat can decide escalations.',
  noSuchRequest: 'No such request.',
  decided: (requestId: string, state: string) => `Request ${requestId} is now ${state}.`,
  decisionPending: (requestId: string) => `Decision for request ${requestId} sent; it is not confirmed yet.`,
  decisionRefused: (reason: string) => `Not applied: ${reason}`,
  requestFinished: (requestId: string) => `Request ${requestId} has already finished.`,
  decidedLine: (action: string, by: string) => `Decided: ${action} (by ${by})`,
} as const;
