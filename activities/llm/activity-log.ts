// Fallbacks are logged, never silent: through the activity's own logger when running as an
// activity (so the line carries the workflow and activity IDs), else not at all (unit use).
import { Context } from '@temporalio/activity';

export function activityLog(message: string, meta: Record<string, unknown>): void {
  let context: Context | null = null;
  try {
    context = Context.current();
  } catch {
    return;
  }
  context.log.warn(message, meta);
}
