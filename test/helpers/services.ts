// Lazily started, run-wide test services. Filled in as suites need them.
const stoppers: Array<() => Promise<void>> = [];

export function onStop(stop: () => Promise<void>): void {
  stoppers.push(stop);
}

export async function stopSharedServices(): Promise<void> {
  for (const stop of stoppers.reverse()) await stop();
  stoppers.length = 0;
}
