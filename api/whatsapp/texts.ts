// What the shop's WhatsApp number says by itself (links, prompts); replies about orders come
// from the conversation workflow like on every channel.
import type { RedeemResult } from './links.js';

export const texts = {
  linked: (customer: string) =>
    `This WhatsApp number is now linked to your account "${customer}". Write your order number and what you need, for example "refill 1001".`,
  linkRefused: (reason: Extract<RedeemResult, { ok: false }>['reason']) =>
    ({
      invalid: 'This link is not valid. Please open the WhatsApp link on your account page again.',
      expired: 'This link has expired. Please open the WhatsApp link on your account page again to get a new one.',
      used: 'This link was already used. Please open the WhatsApp link on your account page again to get a new one.',
    })[reason],
  notLinked:
    'To help with your orders I need to know your account first: open the WhatsApp link on your account page on our site. It sends a message that starts with LINK.',
  orderQuestion: (orderId: string) => `What would you like to do with order ${orderId}?`,
  unsupported: 'I can read text messages and screenshots. Please write your request with the order number.',
};
