// Screenshots and receipts attached in the widget, kept in PostgreSQL (no public bucket to
// configure, no URL that outlives the shop's database). The type is read from the bytes, not
// from what the browser claims.
import { randomBytes } from 'node:crypto';
import type { Sql } from '../../infra/db/database.js';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const SIGNATURES: Array<{ mime: string; test: (b: Buffer) => boolean }> = [
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'image/gif', test: (b) => b.subarray(0, 6).toString('latin1').startsWith('GIF8') },
  { mime: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

export const ACCEPTED_TYPES = SIGNATURES.map((s) => s.mime);

export function sniffType(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.mime ?? null;
}

export async function storeAttachment(
  sql: Sql,
  a: { tenantId: string; thread: string; mimeType: string; name: string | null; bytes: Buffer },
): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await sql`
    insert into widget_attachments (id, tenant_id, thread, mime_type, name, bytes)
    values (${id}, ${a.tenantId}, ${a.thread}, ${a.mimeType}, ${a.name}, ${a.bytes})`;
  return id;
}

export async function findAttachment(sql: Sql, tenantId: string, id: string): Promise<{ thread: string; mime_type: string; name: string | null; bytes: Buffer } | null> {
  const [row] = await sql<{ thread: string; mime_type: string; name: string | null; bytes: Buffer }[]>`
    select thread, mime_type, name, bytes from widget_attachments where tenant_id = ${tenantId} and id = ${id}`;
  return row ?? null;
}
