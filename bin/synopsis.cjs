#!/usr/bin/env node
// The `synopsis` command: the bundled CLI (built by `npm run build`).
require('../out/cli/index.cjs');
