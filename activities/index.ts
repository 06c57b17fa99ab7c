// Activities: every side effect a workflow needs, one module per outside system, each
// built from its dependencies. Workflows import only the `Activities` type.
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { createBillingQuota } from '../infra/billing/quota.js';
import { createStoreActivities } from './store.js';
import { createOrderActivities } from './orders.js';
import { createClassifyActivities } from './classify.js';
import { createIntakeActivities } from './intake.js';
import { createChannelActivities } from './channels.js';
import { createBillingActivities } from './billing.js';
import { createDispatchActivities } from './dispatch.js';
import { createTrackingActivities } from './tracking.js';
import { createNotifyActivities } from './notify.js';
import { createTicketActivities } from './tickets.js';
import { createRequestSyncActivities } from './request-sync.js';
import type { AdmissionLimits } from '../app/message-inbox.js';
import { createSubscriptionActivities, type SubscriptionDeps } from './billing-subscription.js';
import { createKnowledgeActivities } from './knowledge.js';
import { createRefundActivities } from './refunds.js';
import { createPilotActivities } from './pilot.js';
import { createReplyWriter } from './llm/replies-writer.js';
import { activityLog } from './llm/activity-log.js';
import { createProviderReadingActivities } from './provider-reading.js';
import { createRequestLinkActivities } from './request-links.js';
import { ServicesCache } from './panel/services-cache.js';
import type { UserbotSender } from './telegram/userbot.js';

export interface ActivityDeps {
  sql: Sql;
  box: SecretBox;
  llm: { baseURL: string; apiKey: string; model: string; embeddingModel?: string } | null;
  /** Tracking rounds signal the requests they checked. */
  temporal: Client;
  taskQueue: string;
  /** How many customer messages the panel-ticket poller's messages may join in flight. */
  admission?: AdmissionLimits;
  telegramApiRoot: string;
  /** WHATSAPP_API_ROOT: the Graph API, or a compatible server. */
  whatsappApiRoot?: string;
  /** Tests replace the MTProto client, which cannot be reached from a sandbox. */
  userbotFactory?: (creds: { apiId: number; apiHash: string; session: string }) => UserbotSender;
  /** The payment gateway renewals and overage are invoiced through. */
  payments?: SubscriptionDeps['payments'];
}

export function createActivities(deps: ActivityDeps) {
  const services = new ServicesCache();
  const notify = createNotifyActivities(deps);
  const billing = createBillingActivities({ sql: deps.sql, notifyOwner: notify.notifyOwner });
  const store = createStoreActivities({ sql: deps.sql, quota: createBillingQuota(), notifyOwner: notify.notifyOwner });
  const reading = createClassifyActivities(deps);
  const tracking = createTrackingActivities({ ...deps, services, consumeTrackingCredit: billing.consumeTrackingCredit });
  const links = createRequestLinkActivities({ temporal: deps.temporal, admitRequests: store.admitRequests });
  return {
    ...store,
    ...createIntakeActivities({ ...store, ...reading }, { replyWriter: deps.llm !== null }),
    ...createOrderActivities({ ...deps, services }),
    ...reading,
    ...createChannelActivities(deps),
    ...billing,
    ...createDispatchActivities(deps),
    ...tracking,
    ...notify,
    ...createTicketActivities(deps),
    ...createSubscriptionActivities(deps),
    ...createReplyWriter({ llm: deps.llm, log: activityLog }),
    ...createKnowledgeActivities({
      sql: deps.sql,
      embeddings: deps.llm ? { ...deps.llm, model: deps.llm.embeddingModel ?? 'text-embedding-3-small' } : null,
      log: activityLog,
    }),
    ...createRefundActivities(deps),
    ...createPilotActivities(deps),
    ...createProviderReadingActivities(deps),
    ...links,
    ...createRequestSyncActivities({ ...store, ...notify, ...links, ensureTracking: tracking.ensureTracking }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
