// Replays recorded histories against today's workflow code. A failure means running
// executions would break on deploy: guard the change with patched() instead of re-recording
// (before 1.0, dropping old patched() branches comes with re-recorded histories).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../helpers/workflow-bundle.js';

const DIR = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));

describe('replay of recorded workflow histories', function () {
  this.timeout(120_000);

  it('replays every recorded history without a nondeterminism error', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.history.pb')).sort();
    assert.ok(files.length >= 8, 'histories of every workflow path are recorded');
    const histories = await Promise.all(
      files.map(async (f) => ({ workflowId: f, history: proto.temporal.api.history.v1.History.decode(await readFile(DIR + f)) })),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    assert.deepEqual(failures, []);
  });

  it('catches a workflow change that would break running executions', async () => {
    // The same histories against a conversation that skips a step must fail to replay:
    // proof that the check above can fail at all.
    const [file] = (await readdir(DIR)).filter((f) => f.startsWith('conversation-'));
    const history = proto.temporal.api.history.v1.History.decode(await readFile(DIR + file));
    const broken = fileURLToPath(new URL('../fixtures/workflows/broken-conversation.ts', import.meta.url));
    await assert.rejects(Worker.runReplayHistory({ workflowsPath: broken }, history, file), /[Nn]ondetermin/);
  });
});
