#!/usr/bin/env node
// `supportai`: from a clone it runs the TypeScript sources through tsx, like `npm start`;
// in the production image (compiled dist/, no sources, no tsx) it runs the build.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../cli/main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
} else {
  await import('../dist/cli/main.js');
}
