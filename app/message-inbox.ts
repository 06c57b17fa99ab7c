// Customer messages in order of arrival. A message is accepted once its inbox row is written.
// While few messages are being answered it goes to its conversation at once; when the worker
// is behind (limits.inFlight messages handed over and not yet answered), it waits here and the
// dispatcher hands messages over oldest first as earlier ones are answered. Without this, an
// overloaded worker ran every accepted message at once and each one slowed all the others, so
// later messages were answered before earlier ones (bench/open-loop.ts: overtookPct).
import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Sql } from '../infra/db/database.js';
import { productMetrics } from '../infra/metrics.js';
import { conversationWorkflowId, customerMessageSignal, type ConversationInput, type CustomerMessage } from '../workflows/definitions.js';

export interface AdmissionLimits {
  /** Messages handed to their conversations and not yet answered, at most; 0: no limit. */
  inFlight: number;
  /**
   * A handed-over message stops counting this long after, answered or not: a message waiting
   * on a slow panel (or a pilot's staff) costs the worker nothing and must not hold the gate.
   */
  leaseSeconds: number;
}

/** No gate: every message goes to its conversation at once (callers without configured limits). */
export const NO_ADMISSION_LIMIT: AdmissionLimits = { inFlight: 0, leaseSeconds: 1 };

/** MESSAGES_IN_FLIGHT and MESSAGE_LEASE_SECONDS (infra/config.ts); README "Speed" has the measurement. */
export function admissionOf(config: { MESSAGES_IN_FLIGHT: number; MESSAGE_LEASE_SECONDS: number }): AdmissionLimits {
  return { inFlight: config.MESSAGES_IN_FLIGHT, leaseSeconds: config.MESSAGE_LEASE_SECONDS };
}

/** How long an intake's own hand-over may take before the dispatcher takes the message over. */
const CLAIM_SECONDS = 30;
/** Handed-over rows are kept this long so a repeated delivery is recognised. */
const KEEP_HOURS = 24;
const BATCH = 50;

/** Signal-with-start: the conversation handles a message ID once, so a repeat is harmless. */
export async function signalConversation(temporal: Client, taskQueue: string, conversation: ConversationInput, message: CustomerMessage): Promise<void> {
  await temporal.workflow.signalWithStart('conversationWorkflow', {
    workflowId: conversationWorkflowId(conversation.tenantId, conversation.conversationId),
    taskQueue,
    args: [conversation],
    signal: customerMessageSignal,
    signalArgs: [message],
  });
}

/** On this queue, handed over (or being handed over) within the lease, and not yet answered. */
function inFlightCount(sql: Sql, taskQueue: string, limits: AdmissionLimits) {
  const unanswered = sql`not exists (select 1 from replies r where r.conversation_id = i.conversation_id and r.reply_key = 'msg:' || i.message_id)`;
  return sql`(
    (select count(*) from message_inbox i where i.task_queue = ${taskQueue} and i.dispatched_at > now() - make_interval(secs => ${limits.leaseSeconds}) and ${unanswered})
    + (select count(*) from message_inbox i where i.task_queue = ${taskQueue} and i.dispatched_at is null and i.claimed_until > now() and ${unanswered}))`;
}

/** One lock per queue (transaction-scoped) around the gate's count and what it lets through. */
const gateLock = (taskQueue: string) => hashLock(`message_inbox:${taskQueue}`);
function hashLock(key: string): string {
  // A stable signed 64-bit key from the queue name; PostgreSQL's advisory locks take a bigint.
  return createHash('sha256').update(key).digest().readBigInt64BE(0).toString();
}

/** Waiting its turn: not handed over, and nobody handing it over now. */
function waiting(sql: Sql, taskQueue: string) {
  return sql`task_queue = ${taskQueue} and dispatched_at is null and (claimed_until is null or claimed_until < now())`;
}

/**
 * Writes the message to the inbox. `claimed`: the caller hands it over itself (then calls
 * handedOver or released), because the gate was open and nobody waits ahead, or because this
 * is a repeat of a message still waiting. Null: a repeat of a message already handed over or
 * being handed over. `repeat`: the message had been accepted before.
 */
export async function acceptMessage(sql: Sql, taskQueue: string, limits: AdmissionLimits, conversation: ConversationInput, message: CustomerMessage): Promise<{ id: string; claimed: boolean; repeat?: boolean } | null> {
  // Under the queue's gate lock, so messages arriving together cannot all see room for one.
  const rows: Array<{ id: string; claimed: boolean }> = await sql.begin(async (tx) => {
    const q = tx as unknown as Sql;
    const open = limits.inFlight === 0
      ? tx`true`
      : tx`not exists (select 1 from message_inbox where ${waiting(q, taskQueue)}) and ${inFlightCount(q, taskQueue, limits)} < ${limits.inFlight}`;
    if (limits.inFlight > 0) await tx`select pg_advisory_xact_lock(${gateLock(taskQueue)}::bigint)`;
    return tx<{ id: string; claimed: boolean }[]>`
    insert into message_inbox (task_queue, conversation_id, message_id, conversation, message, claimed_until)
    select ${taskQueue}, ${conversation.conversationId}, ${message.messageId}, ${tx.json(conversation as never)}, ${tx.json(message as never)},
           case when ${open} then now() + make_interval(secs => ${CLAIM_SECONDS}) end
    on conflict (conversation_id, message_id) do nothing
    returning id::text, claimed_until is not null as claimed`;
  });
  if (rows[0]) return rows[0];
  // A repeat (Telegram delivering again after a failure, a client retrying) of a message still
  // waiting: it arrived before everything behind it, so this caller hands it over now.
  const [again] = await sql<{ id: string }[]>`
    update message_inbox set claimed_until = now() + make_interval(secs => ${CLAIM_SECONDS})
    where conversation_id = ${conversation.conversationId} and message_id = ${message.messageId}
      and dispatched_at is null and (claimed_until is null or claimed_until < now())
    returning id::text`;
  return again ? { id: again.id, claimed: true, repeat: true } : null;
}

export async function handedOver(sql: Sql, id: string): Promise<void> {
  await sql`update message_inbox set dispatched_at = now(), claimed_until = null where id = ${id}`;
}

/** The caller could not hand it over: the dispatcher will. */
export async function released(sql: Sql, id: string): Promise<void> {
  await sql`update message_inbox set claimed_until = null where id = ${id} and dispatched_at is null`;
}

export interface DispatcherDeps {
  sql: Sql;
  temporal: Client;
  taskQueue: string;
  limits: AdmissionLimits;
  log: Pick<Logger, 'warn' | 'info'>;
}

/**
 * One round: hands over waiting messages, oldest first, as many as the gate has room for, and
 * returns how many still wait. The messages are claimed under the queue's gate lock, then
 * handed over outside it, so the intake never waits on Temporal calls, and dispatchers in
 * several processes never hand over the same message twice.
 */
export async function dispatchWaiting(deps: DispatcherDeps): Promise<{ handedOver: number; waiting: number }> {
  const { sql, limits, taskQueue } = deps;
  type Claimed = { id: string; conversation: ConversationInput; message: CustomerMessage };
  const claimed: Claimed[] = await sql.begin(async (tx) => {
    const q = tx as unknown as Sql;
    await tx`select pg_advisory_xact_lock(${gateLock(taskQueue)}::bigint)`;
    const room = limits.inFlight === 0 ? BATCH : Math.min(BATCH, limits.inFlight - Number((await tx<{ n: string }[]>`select ${inFlightCount(q, taskQueue, limits)} as n`)[0]!.n));
    if (room <= 0) return [] as Claimed[];
    return [...await tx<Claimed[]>`
      update message_inbox set claimed_until = now() + make_interval(secs => ${CLAIM_SECONDS})
      where id in (select id from message_inbox where ${waiting(q, taskQueue)} order by id limit ${room} for update skip locked)
      returning id::text, conversation, message`];
  });
  let sent = 0;
  for (const [i, r] of [...claimed].sort((a, b) => Number(a.id) - Number(b.id)).entries()) {
    try {
      await signalConversation(deps.temporal, taskQueue, r.conversation, r.message);
    } catch (err) {
      // Temporal unreachable: these messages keep their places and the next round tries again.
      deps.log.warn({ err, conversationId: r.conversation.conversationId }, 'message not handed to its conversation yet; it keeps its place');
      await sql`update message_inbox set claimed_until = null where id in ${sql(claimed.slice(i).map((c) => c.id))} and dispatched_at is null`;
      break;
    }
    await handedOver(sql, r.id);
    sent++;
  }
  productMetrics.messagesHeld.inc(sent);
  const [left] = await sql<{ waiting: string }[]>`select count(*) as waiting from message_inbox where ${waiting(sql, taskQueue)}`;
  return { handedOver: sent, waiting: Number(left?.waiting ?? 0) };
}

/**
 * Runs dispatchWaiting until stopped: every busyMs while messages wait, every idleMs otherwise
 * (a message only waits when the gate was shut, so idle rounds find nothing), and clears rows
 * handed over more than a day ago.
 */
export function startInboxDispatcher(deps: DispatcherDeps, opts: { busyMs?: number; idleMs?: number } = {}): { stop(): Promise<void> } {
  const busyMs = opts.busyMs ?? 100;
  const idleMs = opts.idleMs ?? 500;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let lastPrune = 0;
  const loop = (async () => {
    while (!stopping) {
      let next = idleMs;
      try {
        const { waiting } = await dispatchWaiting(deps);
        if (waiting > 0) next = busyMs;
        if (Date.now() - lastPrune > 60_000) {
          lastPrune = Date.now();
          await deps.sql`delete from message_inbox where task_queue = ${deps.taskQueue} and dispatched_at < now() - make_interval(hours => ${KEEP_HOURS})`;
        }
      } catch (err) {
        deps.log.warn({ err }, 'message inbox round failed; trying again');
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, next);
      });
    }
  })();
  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
