// The WhatsApp Cloud API (Meta's Graph API), the few calls the service makes: send a text or
// an interactive message with up to three reply buttons, and read the phone number a
// phone-number ID stands for. Failures are sorted the way a retry policy needs them: Meta busy,
// rate limiting or unreachable is a plain Error worth retrying; a refusal no retry changes (a
// bad token, the 24-hour window closed, an unknown recipient) is a WhatsAppPermanentError.

/** The real Graph API root; WHATSAPP_API_ROOT replaces it (a simulator, a compatible server). */
export const GRAPH_API_ROOT = 'https://graph.facebook.com/v21.0';

/** Meta's code for a free-form message outside the customer-service window. */
export const OUTSIDE_WINDOW_CODE = 131047;

/** Meta allows this many reply buttons, with titles of at most 20 characters. */
export const MAX_REPLY_BUTTONS = 3;
const MAX_BUTTON_TITLE = 20;
const MAX_TEXT_CHARS = 4096;
const DEFAULT_TIMEOUT_MS = 15_000;

export class WhatsAppPermanentError extends Error {
  override readonly name = 'WhatsAppPermanentError';

  constructor(
    message: string,
    /** Meta's error code, when Meta answered. */
    readonly code: number | null = null,
  ) {
    super(message);
  }
}

export interface GraphAccount {
  /** WHATSAPP_API_ROOT. */
  apiRoot: string;
  phoneNumberId: string;
  accessToken: string;
  timeoutMs?: number;
}

export interface ReplyButton {
  /** Comes back in the button reply; at most 256 characters. */
  id: string;
  title: string;
}

export interface OutgoingMessage {
  /** The customer's WhatsApp ID (their number, digits only). */
  to: string;
  text: string;
  buttons?: ReplyButton[];
}

export async function sendWhatsAppMessage(account: GraphAccount, msg: OutgoingMessage): Promise<{ messageId: string }> {
  const text = msg.text.length > MAX_TEXT_CHARS ? `${msg.text.slice(0, MAX_TEXT_CHARS - 1)}…` : msg.text;
  const buttons = (msg.buttons ?? []).slice(0, MAX_REPLY_BUTTONS);
  const body = buttons.length
    ? {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: msg.to,
        type: 'interactive',
        interactive: {
          type: 'button',
          // An interactive body holds at most 1024 characters.
          body: { text: text.slice(0, 1024) },
          action: { buttons: buttons.map((b) => ({ type: 'reply', reply: { id: b.id, title: b.title.slice(0, MAX_BUTTON_TITLE) } })) },
        },
      }
    : { messaging_product: 'whatsapp', recipient_type: 'individual', to: msg.to, type: 'text', text: { body: text, preview_url: false } };
  const answer = await graphCall(account, 'POST', `/${encodeURIComponent(account.phoneNumberId)}/messages`, body);
  const id = (answer as { messages?: Array<{ id?: unknown }> }).messages?.[0]?.id;
  if (typeof id !== 'string') throw new Error('whatsapp: the send was answered without a message id');
  return { messageId: id };
}

/** The number behind a phone-number ID; also proves the token may use it. */
export async function readPhoneNumber(account: GraphAccount): Promise<{ displayPhoneNumber: string | null }> {
  const answer = await graphCall(account, 'GET', `/${encodeURIComponent(account.phoneNumberId)}?fields=display_phone_number,verified_name`);
  const shown = (answer as { display_phone_number?: unknown }).display_phone_number;
  return { displayPhoneNumber: typeof shown === 'string' ? shown : null };
}

async function graphCall(account: GraphAccount, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const url = `${account.apiRoot.replace(/\/$/, '')}${path}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${account.accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(account.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (err) {
    // The token is in a header, never in the message: safe to log.
    throw new Error(`whatsapp ${method} ${path.split('?')[0]}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const answer = (await res.json().catch(() => ({}))) as { error?: { message?: string; code?: number } };
  if (res.ok) return answer;
  const code = typeof answer.error?.code === 'number' ? answer.error.code : null;
  const what = `whatsapp ${method}: ${res.status}${code === null ? '' : ` (code ${code})`} ${answer.error?.message ?? ''}`.trim();
  if (isTransient(res.status, code)) throw new Error(what);
  throw new WhatsAppPermanentError(what, code);
}

/** Meta busy (5xx) or throttling (429 and its rate-limit codes): a later try may work. */
function isTransient(status: number, code: number | null): boolean {
  if (status >= 500 || status === 429) return true;
  return code !== null && [4, 80007, 130429, 131056, 133016].includes(code);
}
