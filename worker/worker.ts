// Builds a worker from its dependencies; entry points decide how it runs and stops. Compiled
// (dist/), it loads the workflow bundle `npm run build` prepared; from source it bundles the
// workflows at start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { Activities } from '../activities/index.js';
import { ActivityObserver } from './activity-observer.js';

const compiled = import.meta.url.endsWith('.js');
export const WORKFLOWS_PATH = fileURLToPath(new URL(`../workflows/index.${compiled ? 'js' : 'ts'}`, import.meta.url));
/** Written by `npm run build` (worker/build-bundle.ts) beside the compiled code. */
export const PREBUILT_BUNDLE_PATH = fileURLToPath(new URL('../workflow-bundle.js', import.meta.url));

export async function createWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: Activities;
  /** A prebuilt bundle skips the bundler (tests build one per run). */
  workflowBundle?: WorkerOptions['workflowBundle'];
  dataConverter?: DataConverter;
  /** How long in-flight activities may finish after shutdown() before they are cancelled. */
  shutdownGraceTime?: WorkerOptions['shutdownGraceTime'];
  /** Workflows kept in memory between tasks (WORKER_MAX_CACHED_WORKFLOWS); unset: the SDK's default. */
  maxCachedWorkflows?: number;
  /** Workflow tasks at once (WORKER_WORKFLOW_TASK_SLOTS); unset: the SDK's default. */
  workflowTaskSlots?: number;
}): Promise<Worker> {
  const workflowBundle = opts.workflowBundle ?? (compiled && existsSync(PREBUILT_BUNDLE_PATH) ? { codePath: PREBUILT_BUNDLE_PATH } : undefined);
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: opts.activities,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: { ignoreModules: [] } }),
    ...(opts.dataConverter ? { dataConverter: opts.dataConverter } : {}),
    ...(opts.shutdownGraceTime !== undefined ? { shutdownGraceTime: opts.shutdownGraceTime } : {}),
    ...(opts.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: opts.maxCachedWorkflows } : {}),
    ...(opts.workflowTaskSlots !== undefined ? { maxConcurrentWorkflowTaskExecutions: opts.workflowTaskSlots } : {}),
    interceptors: { activity: [(ctx) => ({ inbound: new ActivityObserver(ctx) })] },
  });
}
