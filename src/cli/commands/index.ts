import type { Command } from '../command.js';

/** Each command is loaded only when it runs. Add one line per command. */
export const commands: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'junit-summary',
    summary: 'Count and summarise JUnit XML reports (json or markdown)',
    load: async () => (await import('./junit-summary.js')).command,
  },
  {
    name: 'demo',
    summary:
      "Run the sample service's whole pipeline (PR → staging → production → rollback → DR promotion) locally",
    load: async () => (await import('./demo.js')).command,
  },
  {
    name: 'plan-summary',
    summary: 'Summarise a Terraform/OpenTofu plan JSON (json counts, or the PR comment as markdown)',
    load: async () => (await import('./plan-summary.js')).command,
  },
  {
    name: 'plan-diff',
    summary: 'Show how two Terraform/OpenTofu plan JSON files differ (what apply prints on a changed plan)',
    load: async () => (await import('./plan-diff.js')).command,
  },
  {
    name: 'rollout',
    summary:
      "Roll out manifests with the deploy action's strategies, against a cluster or the built-in simulator",
    load: async () => (await import('./rollout.js')).command,
  },
  {
    name: 'health-check',
    summary: 'Run health checks from YAML and print the results table',
    load: async () => (await import('./health-check.js')).command,
  },
  {
    name: 'eks-token',
    summary: 'Print an EKS bearer token as an ExecCredential (kubeconfig exec plugin, no aws CLI)',
    load: async () => (await import('./eks-token.js')).command,
  },
  {
    name: 'trivy-summary',
    summary: 'Count a Trivy JSON report per kind and severity (json), or render its job summary (markdown)',
    load: async () => (await import('./trivy-summary.js')).command,
  },
  {
    name: 'trivy-sarif',
    summary: 'Write SARIF 2.1.0 with every finding of Trivy JSON reports (for code scanning)',
    load: async () => (await import('./trivy-sarif.js')).command,
  },
  {
    name: 'trivy-gate',
    summary:
      'Apply the severity gate to a Trivy JSON report (exit 1 when it fails), optionally writing SARIF',
    load: async () => (await import('./trivy-gate.js')).command,
  },
  {
    name: 'migrate',
    summary:
      "Apply migrations with Keelson's built-in migrator under the advisory lock (--dry-run, --status)",
    load: async () => (await import('./migrate.js')).command,
  },
  {
    name: 'migrate-lint',
    summary: 'Lint SQL migrations for expand–contract safety (json or text), no database needed',
    load: async () => (await import('./migrate-lint.js')).command,
  },
  {
    name: 'workflow',
    summary:
      "Run a workflow file locally (workflow run FILE): GitHub's parser and evaluator, Keelson's actions, emulators",
    load: async () => (await import('./workflow.js')).command,
  },
  {
    name: 'ecr-sim',
    summary: 'Run the ECR emulator (API + registry endpoints over a real OCI registry) until interrupted',
    load: async () => (await import('./ecr-sim.js')).command,
  },
];
