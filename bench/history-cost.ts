// What one message costs Temporal, read from the histories of a sample of conversations and
// the requests they opened: events, workflow tasks, activities (each one a task the server
// hands out and records three times) and local activities (one marker each).
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { Sql } from '../infra/db/database.js';

const E = proto.temporal.api.enums.v1.EventType;

export interface HistoryCost {
  workflows: number;
  events: number;
  workflowTasks: number;
  activities: number;
  localActivities: number;
  signals: number;
  timers: number;
}

export function emptyCost(): HistoryCost {
  return { workflows: 0, events: 0, workflowTasks: 0, activities: 0, localActivities: 0, signals: 0, timers: 0 };
}

/** Adds one workflow's history to `into`. */
export async function addHistory(client: Client, workflowId: string, into: HistoryCost): Promise<void> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  into.workflows++;
  for (const e of history.events ?? []) {
    into.events++;
    if (e.eventType === E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) into.workflowTasks++;
    else if (e.eventType === E.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) into.activities++;
    else if (e.eventType === E.EVENT_TYPE_MARKER_RECORDED) into.localActivities++;
    else if (e.eventType === E.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED) into.signals++;
    else if (e.eventType === E.EVENT_TYPE_TIMER_STARTED) into.timers++;
  }
}

/** The request workflows a conversation opened, from the read model (they are not its children). */
export async function requestWorkflowsOf(sql: Sql, conversationId: string): Promise<string[]> {
  const rows = await sql<Array<{ workflow_id: string }>>`select workflow_id from requests where conversation_id = ${conversationId} order by id`;
  return rows.map((r) => r.workflow_id);
}

/** The cost per message of the sampled conversations (one message each) and their requests. */
export async function costPerMessage(client: Client, sql: Sql, conversations: Array<{ conversationId: string; workflowId: string }>): Promise<Record<string, number>> {
  const conv = emptyCost();
  const req = emptyCost();
  for (const c of conversations) {
    await addHistory(client, c.workflowId, conv);
    for (const id of await requestWorkflowsOf(sql, c.conversationId)) await addHistory(client, id, req);
  }
  const n = Math.max(1, conversations.length);
  const per = (x: number) => Math.round((x / n) * 10) / 10;
  return {
    sampled: conversations.length,
    eventsPerMsg: per(conv.events + req.events),
    wfTasksPerMsg: per(conv.workflowTasks + req.workflowTasks),
    activitiesPerMsg: per(conv.activities + req.activities),
    localActsPerMsg: per(conv.localActivities + req.localActivities),
    requestsPerMsg: per(req.workflows),
  };
}
