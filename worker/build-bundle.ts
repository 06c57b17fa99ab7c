// `npm run build` step: bundles the compiled workflows once, so production workers start
// without the bundler (Temporal's production sample does the same).
import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode } from '@temporalio/worker';
import { PREBUILT_BUNDLE_PATH, WORKFLOWS_PATH } from './worker.js';

const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, ignoreModules: [] });
await writeFile(PREBUILT_BUNDLE_PATH, code);
process.stdout.write(`workflow bundle: ${PREBUILT_BUNDLE_PATH} (${Math.round(code.length / 1024)} KiB)\n`);
