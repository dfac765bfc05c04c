#!/usr/bin/env node
// The command is compiled to dist/ by `tsc -b`; this file only starts it.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
