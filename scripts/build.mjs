// Builds one ncc bundle per action (src/actions/<name>/index.ts → dist/<name>/index.js, and post.ts →
// dist/<name>/post/index.js) plus the CLI (src/cli/index.ts → dist/cli/index.js). Clean build every time.
import ncc from '@vercel/ncc';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

function entries() {
  const list = [
    { name: 'cli', entry: join(root, 'src/cli/index.ts'), out: join(dist, 'cli') },
    { name: 'root', entry: join(root, 'src/root/index.ts'), out: join(dist, 'root') },
    { name: 'root/post', entry: join(root, 'src/root/post.ts'), out: join(dist, 'root', 'post') },
  ];
  for (const name of readdirSync(join(root, 'src/actions')).sort()) {
    const dir = join(root, 'src/actions', name);
    if (existsSync(join(dir, 'index.ts')))
      list.push({ name, entry: join(dir, 'index.ts'), out: join(dist, name) });
    if (existsSync(join(dir, 'post.ts')))
      list.push({ name: `${name}/post`, entry: join(dir, 'post.ts'), out: join(dist, name, 'post') });
  }
  return list;
}

const only = process.argv.slice(2);
if (only.length === 0) rmSync(dist, { recursive: true, force: true });
for (const e of entries()) {
  if (only.length > 0 && !only.includes(e.name)) continue;
  const started = Date.now();
  const { code, assets } = await ncc(e.entry, {
    minify: true,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    transpileOnly: true,
    license: 'licenses.txt',
  });
  rmSync(e.out, { recursive: true, force: true });
  mkdirSync(e.out, { recursive: true });
  writeFileSync(join(e.out, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets)) {
    const target = join(e.out, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, asset.source);
  }
  console.log(
    `built dist/${e.name}/index.js (${(code.length / 1024).toFixed(0)} KiB, ${Object.keys(assets).length} assets) in ${Date.now() - started} ms`,
  );
}
