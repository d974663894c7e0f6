// Preloaded by lib.peakRss (`node --import bench/rss-probe.mjs …`): when the process exits, however it
// exits (end of work, process.exit, uncaught error), writes its peak resident set size in KiB
// (process.resourceUsage().maxRSS) to the file named by KEELSON_BENCH_RSS_OUT. This process only: the
// variable is removed so children it spawns do not overwrite the answer. No dependency on /usr/bin/time.
import { writeFileSync } from 'node:fs';

const out = process.env.KEELSON_BENCH_RSS_OUT;
delete process.env.KEELSON_BENCH_RSS_OUT;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
