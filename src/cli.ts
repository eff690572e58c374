#!/usr/bin/env node
// first: V8 flags must be set before the modules below allocate anything
import './v8-flags.js';
import { hideBin } from 'yargs/helpers';
import { main } from './main.js';

process.exitCode = await main(hideBin(process.argv));
