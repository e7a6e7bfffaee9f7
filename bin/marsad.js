#!/usr/bin/env -S node --max-semi-space-size=64
// Runs the TypeScript sources directly through tsx, so `npx marsad` works right after `npm ci` with no build step.
// A young generation of 64 MB semi-spaces: clustering and enrichment make many short-lived maps, and with V8's
// default the scavenger ran several times as often (clustering all of SaudiNewsNet 56-57 s -> 47-48 s, the same
// stories). A V8 flag takes effect only at start-up, hence the shebang; `node bin/marsad.js` runs without it.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
