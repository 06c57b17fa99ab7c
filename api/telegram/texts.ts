// What the bot says, in one place. Plain text (no parse mode), so nothing a customer or a
// panel username contains can turn into markup.

export const texts = {
  welcome: [
    'Hi! I answer questions about your orders on the shop: refills, cancellations, speed-ups and where an order stands.',
    '',
    'Write what you need with your order number, in any language, for example "refill 1001" or "cancel 1002".',
    '',
    'First, link this chat to your account on the shop:',
    '• open the Telegram link from your account page, or',
    '• send /link followed by your username on the shop (for example /link alice); we post a 6-digit code into a ticket on your account, and you send that code here.',
  ].join('\n'),

  welcomeLinked: (customer: string) =>
    `Welcome back! This chat is linked to your account "${customer}". Write what you need with your order number, for example "refill 1001". /help lists what I can do.`,

  help: [
    'What I can do:',
    '• Write your request with the order number, in any language: "refill 1001", "cancel 1002", "speed up 1003", "where is 1004?". Several orders in one message are fine.',
    '• Send a screenshot (with the order number in the caption) when we ask for proof.',
    '• Send just an order number to get buttons: Refill, Cancel, Speed up, Status.',
    '• /status 1001: where an order stands.',
    '• /link <username>: link this chat to your account on the shop with a one-time code.',
  ].join('\n'),

  howToLink: [
    'Before I can help with your orders, this chat must be linked to your account on the shop.',
    '• Open the Telegram link from your account page, or',
    '• send /link followed by your username on the shop (for example /link alice); a 6-digit code will wait for you in a ticket on your account. Send that code here.',
  ].join('\n'),

  linked: (customer: string) =>
    `Done: this chat is now linked to your account "${customer}". Write what you need with your order number, for example "refill 1001".`,
  tokenExpired: 'This link has expired. Please get a new one from your account page, or send /link <your username>.',
  tokenUsed: 'This link has already been used. Please get a new one from your account page, or send /link <your username>.',
  tokenInvalid: 'This link is not valid. Please open the link from your account page again, or send /link <your username>.',

  linkUsage: 'Send /link followed by your username on the shop, for example: /link alice',
  codeSent: (customer: string) =>
    `If "${customer}" is your account, a ticket with a 6-digit code is waiting for you on the shop. Send the code here within 15 minutes.`,
  codeCooldown: (seconds: number) => `A code was just sent. Please wait ${seconds} s before asking for another one.`,
  codeNoPanel: 'Linking with a code is not available for this shop. Please open the link from your account page instead.',
  codeNotSent: 'The code could not be posted to the shop right now. Please check the username and try again in a few minutes.',
  codeWrong: (left: number) => `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
  codeExhausted: 'That code is not right, and no tries are left. Send /link <your username> to get a new code.',
  codeExpired: 'That code has expired. Send /link <your username> to get a new one.',

  statusUsage: 'Send /status followed by the order number, for example: /status 1001',
  orderQuestion: (orderId: string) => `What would you like to do with order ${orderId}?`,
  orderSent: (text: string) => `Sent: "${text}"`,
  unsupported: 'I can read text messages and screenshots. Please write your request with the order number.',
  notAccepted: 'Your message could not be taken right now. Please send it again in a minute.',
  linkFirst: 'Please link this chat to your account first: send /start.',

  adminOnly: 'Only members of the shop\'s admin chat can decide escalations.',
  noSuchRequest: 'No such request.',
  decided: (requestId: string, state: string) => `Request ${requestId} is now ${state}.`,
  decisionPending: (requestId: string) => `Decision for request ${requestId} sent; it is not confirmed yet.`,
  decisionRefused: (reason: string) => `Not applied: ${reason}`,
  requestFinished: (requestId: string) => `Request ${requestId} has already finished.`,
  decidedLine: (action: string, by: string) => `Decided: ${action} (by ${by})`,
} as const;
