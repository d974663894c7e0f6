// Terraform rows: `keelson plan-summary --format markdown` (the PR comment body terraform-plan writes) on
// generated plans with 1k, 10k and 50k resource changes, against a bare JSON.parse of the same file: wall time
// and peak memory. Goal: at most 2× the parse, and linear in the number of resources.
import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [
  { key: 'k1', n: 1_000, label: '1k', reps: 10 },
  { key: 'k10', n: 10_000, label: '10k', reps: 7 },
  { key: 'k50', n: 50_000, label: '50k', reps: 5 },
];

const TYPES = [
  ['aws_s3_bucket', () => ({ bucket: null, acl: 'private', force_destroy: false })],
  [
    'aws_iam_role',
    () => ({ name: null, assume_role_policy: '{"Version":"2012-10-17","Statement":[]}', path: '/' }),
  ],
  [
    'aws_security_group_rule',
    () => ({ type: 'ingress', from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] }),
  ],
  [
    'aws_db_instance',
    () => ({ engine: 'postgres', engine_version: '15.4', instance_class: 'db.t4g.medium', password: null }),
  ],
  [
    'aws_lambda_function',
    () => ({ function_name: null, runtime: 'nodejs20.x', memory_size: 256, timeout: 30 }),
  ],
];

/** A plan JSON (format 1.2) shaped like Terraform's: planned_values, resource_changes, outputs, prior_state, configuration. */
function generatePlan(lib, n, seed) {
  const pick = lib.rng(seed);
  const counts = { add: 0, change: 0, destroy: 0 };
  const changes = [];
  const planned = new Map();
  const prior = new Map();
  for (let i = 0; i < n; i++) {
    const mod = i % 10 === 0 ? '' : `module.svc_${i % 37}`;
    const [type, base] = TYPES[i % TYPES.length];
    const name = `r_${i}`;
    const address = `${mod ? `${mod}.` : ''}${type}.${name}`;
    const attrs = {
      ...base(),
      tags: { Name: name, team: `team-${i % 13}`, env: 'prod', cost_center: String(1000 + (i % 50)) },
    };
    for (const k of Object.keys(attrs)) if (attrs[k] === null) attrs[k] = `${name}-${k}`;
    const r = pick();
    let actions;
    let before = { ...attrs, id: `id-${i}`, arn: `arn:aws:svc:eu-west-1:123456789012:${type}/${name}` };
    let after = { ...attrs, tags: { ...attrs.tags, version: 'v2' } };
    let afterUnknown = { id: false };
    if (r < 0.5) {
      actions = ['create'];
      before = null;
      afterUnknown = { id: true, arn: true };
      counts.add++;
    } else if (r < 0.8) {
      actions = ['update'];
      after = { ...after, id: before.id, arn: before.arn };
      counts.change++;
    } else if (r < 0.9) {
      actions = ['delete'];
      after = null;
      afterUnknown = false;
      counts.destroy++;
    } else {
      actions = ['delete', 'create'];
      afterUnknown = { id: true, arn: true };
      counts.add++;
      counts.destroy++;
    }
    const sensitive = type === 'aws_db_instance' ? { password: true, tags: {} } : { tags: {} };
    const rc = {
      address,
      ...(mod ? { module_address: mod } : {}),
      mode: 'managed',
      type,
      name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions,
        before,
        after,
        after_unknown: afterUnknown,
        before_sensitive: before ? sensitive : false,
        after_sensitive: after ? sensitive : false,
        ...(actions.length === 2 ? { replace_paths: [['engine_version']] } : {}),
      },
      ...(actions.length === 2 ? { action_reason: 'replace_because_cannot_update' } : {}),
      ...(actions[0] === 'delete' && actions.length === 1
        ? { action_reason: 'delete_because_no_resource_config' }
        : {}),
    };
    changes.push(rc);
    const entry = (values) => ({
      address,
      mode: 'managed',
      type,
      name,
      provider_name: rc.provider_name,
      schema_version: 0,
      values,
      sensitive_values: sensitive,
    });
    if (after) (planned.get(mod) ?? planned.set(mod, []).get(mod)).push(entry(after));
    if (before) (prior.get(mod) ?? prior.set(mod, []).get(mod)).push(entry(before));
  }
  // Terraform writes resource_changes sorted by address (jsonplan), and so does this generator.
  changes.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const modules = (m) => ({
    resources: m.get('') ?? [],
    child_modules: [...m.keys()].filter(Boolean).map((k) => ({ address: k, resources: m.get(k) })),
  });
  const plan = {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: {
      outputs: { endpoint: { sensitive: false, value: 'https://example.com' } },
      root_module: modules(planned),
    },
    resource_changes: changes,
    output_changes: {
      endpoint: {
        actions: ['update'],
        before: 'https://old.example.com',
        after: 'https://example.com',
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false,
      },
    },
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.11.4',
      values: { root_module: modules(prior) },
    },
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } },
      root_module: {},
    },
    timestamp: '2026-01-01T00:00:00Z',
    errored: false,
  };
  return { plan, counts };
}

export default async function bench(lib) {
  const names = {};
  for (const s of SIZES) {
    names[`t${s.key}`] = `plan-summary --format markdown, ${s.label} resource changes`;
    names[`m${s.key}`] = `plan-summary peak memory, ${s.label} resource changes`;
  }
  names.linear = 'plan-summary linearity, 50k vs 10k resource changes';
  const want = Object.fromEntries(Object.entries(names).map(([k, n]) => [k, lib.wants(n)]));
  if (!Object.values(want).some(Boolean)) return [];

  const dir = lib.tempDir('terraform');
  const files = {};
  const bytes = {};
  const keelson = {};
  const parse = {};
  for (const s of SIZES) {
    const needed =
      want[`t${s.key}`] || want[`m${s.key}`] || (want.linear && (s.key === 'k10' || s.key === 'k50'));
    if (!needed) continue;
    const { plan, counts } = generatePlan(lib, s.n, 11);
    files[s.key] = join(dir, `plan-${s.label}.json`);
    writeFileSync(files[s.key], JSON.stringify(plan));
    bytes[s.key] = statSync(files[s.key]).size;
    const line = `**Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.**`;
    keelson[s.key] = {
      argv: [
        lib.node,
        join(lib.root, 'bin/keelson.js'),
        'plan-summary',
        '--format',
        'markdown',
        files[s.key],
      ],
      expect: (r) => {
        if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
        if (!r.stdout.includes(line)) throw new Error(`the comment does not say ${line}`);
        if (r.stdout.length > 65_536) throw new Error(`comment body of ${r.stdout.length} characters`);
      },
    };
    parse[s.key] = {
      argv: [lib.node, '-e', "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))", files[s.key]],
      expect: { status: 0 },
    };
  }
  const mb = (k) => `${lib.mib(bytes[k]).toFixed(1)} MiB`;
  const base = 'bare `JSON.parse` of the same file (`node -e`)';
  const rows = [];
  const t = {};
  for (const s of SIZES) {
    if (!want[`t${s.key}`] && !(want.linear && (s.key === 'k10' || s.key === 'k50'))) continue;
    lib.log(`plan-summary on ${s.label} resource changes (${mb(s.key)}), ${s.reps} reps interleaved`);
    const r = lib.compare(keelson[s.key], parse[s.key], {
      reps: s.reps,
      warmup: 1,
      env: lib.cleanEnv(),
      cwd: dir,
    });
    t[s.key] = r;
    if (want[`t${s.key}`]) {
      rows.push({
        name: names[`t${s.key}`],
        subject: r.subject,
        baseline: r.baseline,
        unit: 'ms',
        goal: 2,
        baselineName: base,
        note:
          `${s.n.toLocaleString('en-US')} resource changes (50 % create, 30 % update, 10 % delete, 10 % replace) in ` +
          `${mb(s.key)} with planned values, prior state and sensitive markers; includes counting, sensitive-value ` +
          'collection, the plan hash and manifest, and rendering.',
        samples: r.samples,
      });
    }
  }
  if (want.linear && t.k10 && t.k50) {
    rows.push({
      name: names.linear,
      subject: t.k50.subject,
      baseline: 5 * t.k10.subject,
      unit: 'ms',
      goal: 1.25,
      baselineName: '5 × the 10k run (linear)',
      note: `50k/10k wall-time ratio ${(t.k50.subject / t.k10.subject).toFixed(2)} (ideal 5; startup makes it lower).`,
    });
  }
  for (const s of SIZES) {
    if (!want[`m${s.key}`]) continue;
    lib.log(`plan-summary peak memory, ${s.label} resource changes`);
    const m = lib.comparePeakRss(keelson[s.key], parse[s.key], { reps: 3, env: lib.cleanEnv(), cwd: dir });
    rows.push({
      name: names[`m${s.key}`],
      subject: m.subject,
      baseline: m.baseline,
      unit: 'MiB',
      goal: 2,
      baselineName: 'the bare parse: peak RSS',
      note: 'Peak resident set (maxRSS) of the node process, median of 3, measured by bench/rss-probe.mjs.',
      samples: m.samples,
    });
  }
  return rows;
}
