import type { Express } from 'express';

/** `/healthz`: the process is up. `/readyz`: the database answers and migrations are applied. */
export function mountHealth(app: Express, probe: { isReady(): Promise<boolean> }): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await probe.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
}
