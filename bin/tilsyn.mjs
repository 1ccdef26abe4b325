#!/usr/bin/env node
// The `tilsyn` command. The TypeScript sources run as they are, through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
