// The parts of Meta's webhook payload the service reads (PANEL-APIS.md). Unknown fields and
// message types pass through; statuses (sent, delivered, read) are not read.
import { z } from 'zod';

const Base = {
  /** The customer's WhatsApp ID: their number, digits only. */
  from: z.string().regex(/^\d{5,20}$/),
  /** wamid…: unique per message, the key deliveries are deduplicated on. */
  id: z.string().min(1).max(200),
  /** Seconds since the epoch, as a string. */
  timestamp: z.string().regex(/^\d{1,12}$/),
  context: z.looseObject({ id: z.string().max(200).optional() }).optional(),
};

export const WhatsAppMessageSchema = z.discriminatedUnion('type', [
  z.looseObject({ ...Base, type: z.literal('text'), text: z.looseObject({ body: z.string().max(10_000) }) }),
  z.looseObject({
    ...Base,
    type: z.literal('image'),
    image: z.looseObject({ id: z.string().min(1).max(200), mime_type: z.string().max(100).optional(), caption: z.string().max(10_000).optional() }),
  }),
  z.looseObject({
    ...Base,
    type: z.literal('interactive'),
    interactive: z.looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string().max(256), title: z.string().max(100) }).optional(),
    }),
  }),
  z.looseObject({ ...Base, type: z.enum(['audio', 'video', 'document', 'sticker', 'location', 'contacts', 'button', 'reaction', 'order', 'system', 'unknown', 'unsupported']) }),
]);

export type WhatsAppMessage = z.infer<typeof WhatsAppMessageSchema>;

export const WebhookPayloadSchema = z.looseObject({
  object: z.string(),
  entry: z.array(z.looseObject({
    changes: z.array(z.looseObject({
      field: z.string(),
      value: z.looseObject({
        metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
        messages: z.array(z.unknown()).optional(),
      }),
    })).max(100),
  })).max(100),
});
