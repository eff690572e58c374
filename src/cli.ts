#!/usr/bin/env node
// first: V8 flags must be set before the modules below allocate anything
import './v8-flags.js';

// with --debug, stack traces name the src/ files, also from the bundle (dist/bundle/*.js.map):
// source maps apply to code loaded after this, so the rest is imported dynamically
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { hideBin } = await import('yargs/helpers');
const { main } = await import('./main.js');

process.exitCode = await main(hideBin(process.argv));
