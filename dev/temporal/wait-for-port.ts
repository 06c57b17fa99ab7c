// Polls until a TCP port accepts connections: a cheap first readiness signal for a server
// process that was just spawned, before any gRPC call is worth trying.
import { connect } from 'node:net';

export async function waitForPort(host: string, port: number, deadline: number, signal?: AbortSignal): Promise<void> {
  while (!(await accepts(host, port))) {
    signal?.throwIfAborted();
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function accepts(host: string, port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
