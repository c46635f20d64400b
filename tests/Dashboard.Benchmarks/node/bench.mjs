// @node-rs/jieba (jieba-rs, native) side of the segmenter comparison (run by `Dashboard.Benchmarks compare`).
// Loads the given dictionary with Jieba.withDict (file read included), times it in this fresh process and again
// in-process, then times precise mode with the HMM over the input line by line. Prints one JSON object.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';

const { values } = parseArgs({
  options: {
    dict: { type: 'string' },
    input: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'first-lines': { type: 'string', default: '0' },
    'tokens-out': { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
const firstLines = Number(values['first-lines']);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const load = () => Jieba.withDict(readFileSync(values.dict));
const rssBefore = process.memoryUsage.rss();
let start = performance.now();
const jieba = load();
const loadFirstMs = performance.now() - start;
const rssDeltaBytes = process.memoryUsage.rss() - rssBefore;
const repeatLoads = [];
for (let i = 0; i < runs; i++) {
  start = performance.now();
  load();
  repeatLoads.push(performance.now() - start);
}

const text = readFileSync(values.input, 'utf8');
const lines = text.split('\n');
const bytes = Buffer.byteLength(text, 'utf8');
const seconds = [];
let tokens = 0;
const kept = [];
for (let run = 0; run < runs; run++) {
  const keep = run === 0 && values['tokens-out'];
  let count = 0;
  start = performance.now();
  for (let i = 0; i < lines.length; i++) {
    const words = jieba.cut(lines[i], true);
    count += words.length;
    if (keep && i < firstLines) kept.push(words);
  }
  seconds.push((performance.now() - start) / 1000);
  tokens = count;
}
if (values['tokens-out']) writeFileSync(values['tokens-out'], JSON.stringify(kept));

const version = createRequire(import.meta.url)('@node-rs/jieba/package.json').version;
console.log(JSON.stringify({
  version,
  loadFirstMs,
  loadRepeatMs: median(repeatLoads),
  rssDeltaBytes,
  seconds,
  bytes,
  mbPerSecond: bytes / 1e6 / median(seconds),
  tokens,
}));
