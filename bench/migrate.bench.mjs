// Migrate rows, on a throwaway PostgreSQL 15 cluster started here (initdb/pg_ctl, as `nobody` when root):
//  - `keelson migrate` applying 100 migrations (each in its transaction with its ledger row, under the
//    advisory lock, after the lint) against `psql -f` of the same 100 files, each run on a fresh database,
//    and against the floor of any Node migrator (bench/baselines/pg-apply-files.mjs);
//  - the same over a 2 ms round trip (bench/baselines/latency-proxy.mjs), as between a runner and a database
//    in another availability zone;
//  - taking the advisory lock when nobody holds it, as `keelson migrate --format json` reports it, against a
//    bare pg_try_advisory_lock round trip on a fresh connection.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const PG_BIN = process.env.KEELSON_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const N = 100;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startCluster(lib) {
  if (!existsSync(join(PG_BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL 15 server binaries not found in ${PG_BIN} (scripts/ensure-tools.sh installs them)`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const user = process.env.KEELSON_PG_USER ?? 'nobody';
  const wrap = (argv) => (asRoot ? ['runuser', '-u', user, '--', ...argv] : argv);
  const dir = lib.tempDir('pg');
  if (asRoot) {
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })),
      Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })),
    );
  }
  const password = 'bench-password';
  writeFileSync(join(dir, 'pw'), `${password}\n`, { mode: 0o644 });
  const data = join(dir, 'data');
  const sh = (argv) => {
    const [c, ...a] = wrap(argv);
    execFileSync(c, a, { stdio: 'ignore' });
  };
  sh([
    join(PG_BIN, 'initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${join(dir, 'pw')}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '-N',
  ]);
  const port = await freePort();
  // durability settings as a CI database typically runs; both sides of every row use this same server
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off`;
  sh([join(PG_BIN, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-o', opts, 'start']);
  const stop = () => {
    try {
      sh([join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  };
  process.once('exit', stop);
  const url = (db) => `postgres://postgres:${password}@127.0.0.1:${port}/${db}`;
  let seq = 0;
  const psql = join(PG_BIN, 'psql');
  const createDb = () => {
    const name = `bench_${seq++}`;
    execFileSync(psql, ['-X', '-q', '-d', url('postgres'), '-c', `CREATE DATABASE ${name}`], {
      stdio: 'ignore',
    });
    return url(name);
  };
  return { url, createDb, psql, stop, port };
}

/** 100 migrations shaped like a service's history: tables, columns with defaults, indexes, backfills, seed rows. */
function writeMigrations(dir) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 1; i <= N; i++) {
    const t = `t${Math.ceil(i / 5)}`;
    let sql;
    switch (i % 5) {
      case 1:
        sql = `CREATE TABLE ${t} (id bigserial PRIMARY KEY, name text NOT NULL DEFAULT '', created_at timestamptz NOT NULL DEFAULT now());\n`;
        break;
      case 2:
        sql = `ALTER TABLE ${t} ADD COLUMN status text DEFAULT 'new';\nALTER TABLE ${t} ADD COLUMN amount numeric(12,2);\n`;
        break;
      case 3:
        sql = `INSERT INTO ${t} (name, status, amount)\n  SELECT 'row ' || g, 'new', g * 1.5 FROM generate_series(1, 200) AS g;\n`;
        break;
      case 4:
        sql = `-- keelson:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS ${t}_status_idx;\nCREATE INDEX CONCURRENTLY ${t}_status_idx ON ${t} (status);\n`;
        break;
      default:
        sql = `UPDATE ${t} SET status = 'done' WHERE amount > 100;\nCOMMENT ON TABLE ${t} IS 'migration ${i}';\n`;
    }
    const name = `${String(i).padStart(4, '0')}_step_${i}.sql`;
    writeFileSync(join(dir, name), sql);
    files.push(join(dir, name));
  }
  return files;
}

/** Apply rows for one Node runtime: fresh database per run, keelson and psql interleaved. */
function applyRows(lib, pg, work, files, runtime, label) {
  const names = {
    apply: `migrate: ${N} migrations, keelson migrate vs psql -f${label}`,
    flow: `migrate: ${N} migrations, the migrate flow without Node start-up vs psql -f${label}`,
    floor: `migrate: ${N} migrations, the floor of any Node migrator (node-postgres, pipelined) vs psql -f${label}`,
    overFloor: `migrate: ${N} migrations, keelson migrate vs the floor of any Node migrator${label}`,
  };
  if (!Object.values(names).some((n) => lib.wants(n))) return [];
  const reps = 7;
  const warmup = 2;
  const samples = { subject: [], baseline: [], floor: [] };
  const flow = [];
  const floorCmd = (url) => ({
    argv: [runtime, join(lib.root, 'bench/baselines/pg-apply-files.mjs'), ...files],
    env: lib.cleanEnv({ DATABASE_URL: url }),
  });
  for (let round = 0; round < warmup + reps; round++) {
    const order = [
      ['subject', 'baseline', 'floor'],
      ['baseline', 'floor', 'subject'],
      ['floor', 'subject', 'baseline'],
    ][round % 3];
    for (const side of order) {
      const url = pg.createDb();
      const cmd =
        side === 'subject'
          ? keelsonCmd(lib, runtime, work, url)
          : side === 'floor'
            ? floorCmd(url)
            : psqlCmd(lib, pg, files, url);
      const { ms, stdout } = lib.run(cmd);
      if (side === 'subject') {
        const out = JSON.parse(stdout);
        if (out.applied.length !== N)
          throw new Error(`keelson migrate applied ${out.applied.length} of ${N} files`);
        if (round >= warmup) flow.push(out.durationMs);
      }
      if (round >= warmup) samples[side].push(ms);
    }
  }
  lib.log(
    `apply${label}: keelson ${lib.median(samples.subject).toFixed(0)} ms (flow ${lib.median(flow)} ms), psql ${lib.median(samples.baseline).toFixed(0)} ms, bare node-postgres ${lib.median(samples.floor).toFixed(0)} ms`,
  );
  return [
    {
      name: names.apply,
      subject: lib.median(samples.subject),
      baseline: lib.median(samples.baseline),
      unit: 'ms',
      goal: 1.5,
      baselineName: `\`psql -f\` × ${N} files`,
      note:
        'Wall time of one process each, on a fresh database per run (fsync off, loopback). keelson migrate: ' +
        'Node start-up, loading node-postgres, the lint, the ledger, the advisory lock, one transaction and one ledger ' +
        'row per file (consecutive transactional files pipelined); psql: each statement in autocommit, no ledger, no lock.',
      samples,
    },
    {
      name: names.flow,
      subject: lib.median(flow),
      baseline: lib.median(samples.baseline),
      unit: 'ms',
      goal: 1.5,
      baselineName: `\`psql -f\` × ${N} files (whole process)`,
      note:
        'The same runs: the durationMs keelson migrate reports (connections, files, ledger, lint, lock, the migrations, ' +
        'release) against the whole psql process: what the migrate flow costs beyond starting Node.',
      samples: { subject: flow, baseline: samples.baseline },
    },
    {
      name: names.floor,
      subject: lib.median(samples.floor),
      baseline: lib.median(samples.baseline),
      unit: 'ms',
      goal: 1.5,
      baselineName: `\`psql -f\` × ${N} files`,
      note:
        'The same runs: a Node process that only connects with node-postgres and sends every file as one message, ' +
        'all pipelined (bench/baselines/pg-apply-files.mjs) — no ledger, no lock, no lint, no transaction per file, ' +
        'no stopping at a failure. The least any Node migrator built on node-postgres pays; where it is above the goal, ' +
        'so is every such migrator.',
      samples: { subject: samples.floor, baseline: samples.baseline },
    },
    {
      name: names.overFloor,
      subject: lib.median(samples.subject),
      baseline: lib.median(samples.floor),
      unit: 'ms',
      goal: 1.5,
      baselineName: 'the floor of any Node migrator (row above)',
      note:
        'The same runs: what Keelson adds to the least a Node migrator pays — the lint, the ledger and its checks, the ' +
        'advisory lock on a second connection, a transaction per file, stopping at the first failure, the log.',
      samples: { subject: samples.subject, baseline: samples.floor },
    },
  ];
}

/** One way of the latency rows' network: 1 ms, a 2 ms round trip (a runner and RDS in different zones). */
const DELAY_MS = 1;

/** Starts bench/baselines/latency-proxy.mjs in front of the cluster; resolves with its port and a stop. */
function startLatencyProxy(lib, targetPort) {
  const child = spawn(
    lib.node,
    [join(lib.root, 'bench/baselines/latency-proxy.mjs'), String(targetPort), String(DELAY_MS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`latency proxy exited (${code})`)));
    child.stdout.on('data', (d) => {
      out += d;
      if (!out.includes('\n')) return;
      child.removeAllListeners('exit');
      resolve({ port: JSON.parse(out).port, stop: () => child.kill() });
    });
  });
}

/** keelson migrate and psql -f through the latency proxy, interleaved, a fresh database each. */
async function latencyRow(lib, pg, work, files, runtime, name) {
  const proxy = await startLatencyProxy(lib, pg.port);
  try {
    const via = (url) => url.replace(`:${pg.port}/`, `:${proxy.port}/`);
    const samples = { subject: [], baseline: [] };
    for (let round = 0; round < 7; round++) {
      for (const side of round % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject']) {
        const url = via(pg.createDb());
        const cmd = side === 'subject' ? keelsonCmd(lib, runtime, work, url) : psqlCmd(lib, pg, files, url);
        const { ms } = lib.run(cmd);
        if (round >= 2) samples[side].push(ms);
      }
    }
    lib.log(
      `over ${2 * DELAY_MS} ms: keelson ${lib.median(samples.subject).toFixed(0)} ms, psql ${lib.median(samples.baseline).toFixed(0)} ms`,
    );
    return {
      name,
      subject: lib.median(samples.subject),
      baseline: lib.median(samples.baseline),
      unit: 'ms',
      goal: 1.5,
      baselineName: `\`psql -f\` × ${N} files over the same link`,
      note:
        `Both through a proxy that holds every chunk ${DELAY_MS} ms each way (bench/baselines/latency-proxy.mjs), as between ` +
        'a runner and a database in another availability zone. psql waits for each statement before sending the next; ' +
        "Keelson sends a run of transactional files together and waits once, so the round trips it waits for don't grow with the files.",
      samples,
    };
  } finally {
    proxy.stop();
  }
}

/** The baseline: psql applying the files in one run, stopping at the first error. */
function psqlCmd(lib, pg, files, url) {
  return {
    argv: [pg.psql, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, ...files.flatMap((f) => ['-f', f])],
    env: lib.cleanEnv(),
  };
}

function keelsonCmd(lib, runtime, work, url) {
  return {
    argv: [runtime, join(lib.root, 'bin/keelson.js'), 'migrate', '--dir', 'migrations', '--format', 'json'],
    cwd: work,
    env: lib.cleanEnv({ DATABASE_URL: url }),
    expect: (r) => {
      const out = JSON.parse(r.stdout);
      if (r.status !== 0 || !['migrated', 'up-to-date'].includes(out.status)) {
        throw new Error(`keelson migrate: ${r.stdout}${r.stderr}`);
      }
    },
  };
}

export default async function bench(lib) {
  const lockName = 'migrate: advisory lock acquisition, uncontended';
  const node24 = join(lib.root, '.cache/bin/node24');
  const runtimes = [[lib.node, ` (node ${process.version.split('.')[0].slice(1)})`]];
  if (existsSync(node24) && process.version.split('.')[0] !== 'v24') runtimes.push([node24, ' (node 24)']);
  const latencyName = `migrate: ${N} migrations over a ${2 * DELAY_MS} ms round trip, keelson migrate vs psql -f (node 24)`;
  const wanted = runtimes.some(([, label]) =>
    [
      `migrate: ${N} migrations, keelson migrate vs psql -f${label}`,
      `migrate: ${N} migrations, the migrate flow without Node start-up vs psql -f${label}`,
      `migrate: ${N} migrations, the floor of any Node migrator (node-postgres, pipelined) vs psql -f${label}`,
      `migrate: ${N} migrations, keelson migrate vs the floor of any Node migrator${label}`,
    ].some((n) => lib.wants(n)),
  );
  if (!wanted && !lib.wants(lockName) && !lib.wants(latencyName)) return [];
  const pg = await startCluster(lib);
  const rows = [];
  try {
    const work = lib.tempDir('migrations');
    const files = writeMigrations(join(work, 'migrations'));
    for (const [runtime, label] of runtimes) rows.push(...applyRows(lib, pg, work, files, runtime, label));
    if (lib.wants(latencyName)) {
      const runtime = process.version.startsWith('v24.') ? lib.node : node24;
      if (existsSync(runtime)) rows.push(await latencyRow(lib, pg, work, files, runtime, latencyName));
    }
    if (lib.wants(lockName)) {
      // an up-to-date database: the run takes the lock, finds nothing to do, releases it
      const url = pg.createDb();
      lib.run(keelsonCmd(lib, lib.node, work, url));
      const samples = { subject: [], baseline: [] };
      for (let round = 0; round < 17; round++) {
        const order = round % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject'];
        for (const side of order) {
          const out =
            side === 'subject'
              ? JSON.parse(lib.run(keelsonCmd(lib, lib.node, work, url)).stdout).lockAcquireMs
              : JSON.parse(
                  lib.run({
                    argv: [lib.node, join(lib.root, 'bench/baselines/pg-try-lock.mjs')],
                    env: lib.cleanEnv({ DATABASE_URL: url }),
                  }).stdout,
                ).ms;
          if (typeof out !== 'number') throw new Error(`no lock time from the ${side}`);
          if (round >= 2) samples[side].push(out);
        }
      }
      rows.push({
        name: lockName,
        subject: lib.median(samples.subject),
        baseline: lib.median(samples.baseline),
        unit: 'ms',
        goal: 1.5,
        baselineName: 'one `pg_try_advisory_lock` round trip (node-postgres)',
        note:
          'Time from the first attempt to holding the lock, measured in-process with performance.now() on a fresh ' +
          "connection; Keelson's attempt also records since when it holds it in application_name, in the same round trip.",
        samples,
      });
    }
  } finally {
    pg.stop();
  }
  return rows;
}
