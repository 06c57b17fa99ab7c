// Builds a worker from its dependencies; entry points decide how it runs and stops. Compiled
// (dist/), it loads the workflow bundle `npm run build` prepared; from source it bundles the
// workflows at start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkerOptions } from '@temporalio/worker';
import type { Activities } from '../activities/index.js';
import { ActivityObserver } from './activity-observer.js';
import { backgroundTaskQueue } from '../workflows/definitions.js';

const compiled = import.meta.url.endsWith('.js');
export const WORKFLOWS_PATH = fileURLToPath(new URL(`../workflows/index.${compiled ? 'js' : 'ts'}`, import.meta.url));
/** Written by `npm run build` (worker/build-bundle.ts) beside the compiled code. */
export const PREBUILT_BUNDLE_PATH = fileURLToPath(new URL('../workflow-bundle.js', import.meta.url));

export interface WorkerOpts {
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
}

function bundleOf(opts: WorkerOpts): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const workflowBundle = opts.workflowBundle ?? (compiled && existsSync(PREBUILT_BUNDLE_PATH) ? { codePath: PREBUILT_BUNDLE_PATH } : undefined);
  return workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: { ignoreModules: [] } };
}

/** `overrides`: options that replace what `opts` chose (the background worker's slots). */
export async function createWorker(opts: WorkerOpts, overrides: Partial<WorkerOptions> = {}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: opts.activities,
    ...bundleOf(opts),
    ...(opts.dataConverter ? { dataConverter: opts.dataConverter } : {}),
    ...(opts.shutdownGraceTime !== undefined ? { shutdownGraceTime: opts.shutdownGraceTime } : {}),
    ...(opts.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: opts.maxCachedWorkflows } : {}),
    ...(opts.workflowTaskSlots !== undefined ? { maxConcurrentWorkflowTaskExecutions: opts.workflowTaskSlots } : {}),
    interceptors: { activity: [(ctx) => ({ inbound: new ActivityObserver(ctx) })] },
    ...overrides,
  });
}

// The background worker's slots: a few loops per tenant, each doing one round at a time.
const BACKGROUND_SLOTS = { maxConcurrentWorkflowTaskExecutions: 8, maxConcurrentActivityTaskExecutions: 8, maxConcurrentLocalActivityExecutions: 8, maxCachedWorkflows: 100 };

/**
 * The two workers a worker process runs: the customers' queue (conversations, requests) and
 * the background queue (backgroundTaskQueue: trackers, ticket pollers, subscriptions), with
 * the same code. They run and stop together.
 */
export async function createWorkers(base: WorkerOpts): Promise<{ workers: Worker[]; run(): Promise<void>; shutdown(): void; running(): boolean }> {
  // From source, bundle the workflows once for both workers (bundling takes seconds).
  const shared = bundleOf(base);
  const opts: WorkerOpts = shared.workflowBundle ? base : { ...base, workflowBundle: { code: (await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, ignoreModules: [] })).code } };
  const interactive = await createWorker(opts);
  const background = await createWorker({ ...opts, taskQueue: backgroundTaskQueue(opts.taskQueue) }, BACKGROUND_SLOTS);
  const workers = [interactive, background];
  return {
    workers,
    // One stopping stops the other: a process never runs half its queues.
    run: async () => {
      const ended = await Promise.allSettled(workers.map((w) => w.run().finally(() => workers.forEach((o) => o.getState() === 'RUNNING' && o.shutdown()))));
      const failed = ended.find((e) => e.status === 'rejected');
      if (failed) throw failed.reason;
    },
    shutdown: () => workers.forEach((w) => w.getState() === 'RUNNING' && w.shutdown()),
    running: () => workers.every((w) => w.getState() === 'RUNNING'),
  };
}
