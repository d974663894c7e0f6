#!/usr/bin/env node
// The committed CLI bundle (built from src/cli by `npm run build`), so `npx keelson` works right after `npm ci`.
import '../dist/cli/index.js';
