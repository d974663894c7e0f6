/**
 * How a container image behaves in the simulator. A tag is read as dash-separated tokens; recognised
 * keywords set fields, everything else (v2, 1.4.2, sha-abc) is just the version:
 *
 *   healthy            the default: starts, becomes Ready, answers 200
 *   errors-<pct>       answers HTTP 500 on <pct> % of requests (all paths, /healthz included)
 *   slow-<ms>          adds <ms> of latency (emulator clock) to every response
 *   hang               accepts requests and never answers; Ready only if it declares no readinessProbe
 *   crashloop          exits 1 a few seconds after each start; restarts with CrashLoopBackOff back-off
 *   never-ready        runs but never passes readiness
 *   ready-<ms>         time from container start to Ready (default 2000)
 *   unpullable         ErrImagePull / ImagePullBackOff; never starts
 *   exit-<code>        run-to-completion pods (Jobs, restartPolicy Never/OnFailure) exit with <code>
 *   run-<ms>           run-to-completion pods run this long (default 3000)
 *   capacity-<rps>     requests per second that fill the pod's CPU request (default 10; the autoscaler's input)
 *
 * Tokens combine: `app:v2-errors-30-slow-200`. The version an image reports is its tag without these tokens
 * (`v2-errors-30` → `v2`; a tag made only of tokens reports itself). Registered behaviours (sim.behaviour)
 * override the parse; HTTP behaviour is looked up per request, so changing it affects running pods at once,
 * while start-up behaviour (readiness, crashes) applies from the next container start. Every app answers
 * `GET /config` with what it was configured with: `env` (resolved when the container was created, ConfigMap and
 * Secret references included) and `files` (its ConfigMap/Secret volumes as they are now).
 */
export interface Behaviour {
  /** Fraction (0..1) of requests answered with HTTP 500. */
  errorRate: number;
  /** Latency added to each response, in emulator milliseconds. */
  latencyMs: number;
  hang: boolean;
  crashLoop: boolean;
  neverReady: boolean;
  unpullable: boolean;
  /** Container start → Ready. */
  readyAfterMs: number;
  /** Pod scheduled → container running (pull + create). */
  startMs: number;
  /** crashloop: time each run lasts before exiting. */
  crashAfterMs: number;
  /** Run-to-completion pods: exit code and run time. */
  exitCode: number;
  runMs: number;
  /** Requests per second at which the pod uses 100 % of its CPU request (what the HPA's utilisation sees). */
  capacityRps: number;
  /** Version reported in responses; default: the container's VERSION env, else the image tag. */
  version?: string;
}

export const DEFAULT_BEHAVIOUR: Behaviour = {
  errorRate: 0,
  latencyMs: 0,
  hang: false,
  crashLoop: false,
  neverReady: false,
  unpullable: false,
  readyAfterMs: 2000,
  startMs: 500,
  crashAfterMs: 3000,
  exitCode: 0,
  runMs: 3000,
  capacityRps: 10,
};

export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const ref = at >= 0 ? image.slice(0, at) : image;
  const m = /:([^/:]+)$/.exec(ref);
  if (m) return m[1];
  if (at >= 0)
    return image
      .slice(at + 1)
      .replace(/^sha256:/, '')
      .slice(0, 12);
  return 'latest';
}

/** `registry.example.com/team/app:v2` → `app:v2`. */
function shortImage(image: string): string {
  const slash = image.lastIndexOf('/');
  return slash >= 0 ? image.slice(slash + 1) : image;
}

export function parseBehaviourTag(tag: string): Partial<Behaviour> {
  return scanTag(tag).behaviour;
}

/** The version an image reports: its tag without the behaviour tokens (`v2-errors-30` → `v2`). */
export function versionFromTag(tag: string): string {
  return scanTag(tag).rest || tag;
}

function scanTag(tag: string): { behaviour: Partial<Behaviour>; rest: string } {
  const out: Partial<Behaviour> = {};
  const original = tag.split('-');
  const tokens = tag.toLowerCase().split('-');
  const used = new Set<number>();
  const mark = (...idx: number[]): void => idx.forEach((i) => used.add(i));
  const num = (i: number): number | undefined =>
    /^\d+$/.test(tokens[i] ?? '') ? Number(tokens[i]) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const n = num(i + 1);
    if (t === 'errors' && n !== undefined) {
      out.errorRate = Math.min(100, n) / 100;
      mark(i, ++i);
    } else if (t === 'slow' && n !== undefined) {
      out.latencyMs = n;
      mark(i, ++i);
    } else if (t === 'hang') {
      out.hang = true;
      mark(i);
    } else if (t === 'crashloop') {
      out.crashLoop = true;
      mark(i);
    } else if (t === 'never' && tokens[i + 1] === 'ready') {
      out.neverReady = true;
      mark(i, ++i);
    } else if (t === 'ready' && n !== undefined) {
      out.readyAfterMs = n;
      mark(i, ++i);
    } else if (t === 'unpullable') {
      out.unpullable = true;
      mark(i);
    } else if (t === 'exit' && n !== undefined) {
      out.exitCode = n;
      mark(i, ++i);
    } else if (t === 'run' && n !== undefined) {
      out.runMs = n;
      mark(i, ++i);
    } else if (t === 'capacity' && n !== undefined && n > 0) {
      out.capacityRps = n;
      mark(i, ++i);
    } else if (t === 'healthy') mark(i);
  }
  return { behaviour: out, rest: original.filter((_, i) => !used.has(i)).join('-') };
}

/** Behaviours registered by image reference, short image (`app:v2`) or tag (`v2`). */
export class BehaviourRegistry {
  private readonly entries = new Map<string, Partial<Behaviour>>();

  set(key: string, behaviour: Partial<Behaviour>): void {
    this.entries.set(key, { ...this.entries.get(key), ...behaviour });
  }

  resolve(image: string): Behaviour {
    const tag = imageTag(image);
    // most specific wins: full reference over `app:tag` over bare tag
    return {
      ...DEFAULT_BEHAVIOUR,
      ...parseBehaviourTag(tag),
      ...this.entries.get(tag),
      ...this.entries.get(`:${tag}`),
      ...this.entries.get(shortImage(image)),
      ...this.entries.get(image),
    };
  }
}
