// `npm run build && npx tsx bench/message-profile.ts [text]`: where one message's time goes.
// Sends one customer message to the idle production-shaped stack (bench/stack.ts), waits for
// its first reply, then prints the conversation's and its requests' histories as a timeline:
// each event with the milliseconds since the message was sent, and the activity or marker
// it belongs to. The totals are the workflow tasks, activities and local activities the
// message cost.
import { Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { connectDatabase } from '../infra/db/database.js';
import { conversationWorkflowId } from '../workflows/definitions.js';
import { requestWorkflowsOf } from './history-cost.js';
import { startBenchStack } from './stack.js';

const E = proto.temporal.api.enums.v1.EventType;
const text = process.argv[2] ?? 'refill 1001';
const stack = await startBenchStack();
try {
  const sql = connectDatabase(stack.databaseUrl, { max: 1 });
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  // A warm-up message first, so the profile shows steady-state costs, not first-use ones.
  for (const [i, t] of ['status 1004', text].entries()) {
    const sentAt = Date.now();
    const res = await stack.call('POST', '/v1/tickets', { customer: 'alice', text: t, attachments: [] });
    const { conversationId } = (await res.json()) as { conversationId: string };
    let repliedAt = 0;
    while (!repliedAt) {
      const [row] = await sql<Array<{ at: Date }>>`select min(at) as at from replies where conversation_id = ${conversationId}`;
      repliedAt = row?.at ? row.at.getTime() : 0;
      if (!repliedAt) await new Promise((r) => setTimeout(r, 50));
    }
    if (i === 0) continue;
    // Let the request reach monitoring before reading its history.
    await new Promise((r) => setTimeout(r, 3000));
    console.log(`"${t}": first reply after ${repliedAt - sentAt} ms`);
    const ids = [conversationWorkflowId(stack.tenantId, conversationId), ...(await requestWorkflowsOf(sql, conversationId))];
    for (let k = 0; k < ids.length; k++) {
      const history = await client.workflow.getHandle(ids[k]!).fetchHistory();
      const names = new Map<string, string>();
      const counts = { workflowTasks: 0, activities: 0, localActivities: 0, events: 0 };
      console.log(`\n${ids[k]}`);
      for (const e of history.events ?? []) {
        counts.events++;
        const at = Number(e.eventTime?.seconds ?? 0) * 1000 + Math.round(Number(e.eventTime?.nanos ?? 0) / 1e6) - sentAt;
        let what = '';
        const sched = e.activityTaskScheduledEventAttributes;
        if (sched) {
          names.set(String(e.eventId), sched.activityType?.name ?? '?');
          what = sched.activityType?.name ?? '';
          counts.activities++;
        }
        const done = e.activityTaskCompletedEventAttributes ?? e.activityTaskStartedEventAttributes;
        if (done) what = names.get(String(done.scheduledEventId)) ?? '';
        if (e.markerRecordedEventAttributes) {
          counts.localActivities++;
          const data = e.markerRecordedEventAttributes.details?.data?.payloads?.[0]?.data;
          what = data ? (JSON.parse(Buffer.from(data).toString()) as { activityType?: string }).activityType ?? '' : '';
        }
        if (e.eventType === E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) counts.workflowTasks++;
        console.log(`${String(at).padStart(7)} ms  ${E[e.eventType ?? 0]?.replace('EVENT_TYPE_', '')} ${what}`);
      }
      console.log(counts);
    }
  }
  await sql.end();
  await client.connection.close();
} finally {
  await stack.stop();
}
