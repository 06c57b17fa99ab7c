// The floor of the open-loop benchmark: the cheapest workflow the same server can run, one
// activity and done. What the product costs is measured against this.
import { proxyActivities } from '@temporalio/workflow';
import type * as activities from './activities.js';

const { echo } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

export async function floorWorkflow(text: string): Promise<string> {
  return echo(text);
}
