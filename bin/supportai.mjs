#!/usr/bin/env node
// `supportai` runs the TypeScript sources directly through tsx, like `npm start`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
