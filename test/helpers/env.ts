/**
 * Sets environment variables for a test file (the AWS SDK reads its endpoint and credentials from the
 * environment, as on a runner); the function returned puts back what was there before.
 */
export function setProcessEnv(vars: Record<string, string>): () => void {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
