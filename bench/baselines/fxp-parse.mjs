// Baseline for the junit-summary rows: the least any JUnit reader must do — read the file and parse it with
// fast-xml-parser (the parser Keelson bundles), nothing else. Usage: node bench/baselines/fxp-parse.mjs FILE
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const doc = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(`${Object.keys(doc).join(',')}\n`);
