// Teams waits for the HTTP answer to /api/messages (and retries after 15 s). Quick commands are
// answered within the request, so replies keep their order; anything slower (a report with
// documents) lets the request go after `budgetMs` and sends its reply when done.
export interface WorkQueue {
  run(work: () => Promise<void>): Promise<void>;
  /** Waits for replies still being worked on (graceful shutdown). */
  drain(): Promise<void>;
}

export function createWorkQueue(budgetMs: number, onError: (error: unknown) => void): WorkQueue {
  const pending = new Set<Promise<void>>();
  return {
    async run(work) {
      const job = work().catch(onError);
      pending.add(job);
      void job.finally(() => pending.delete(job));
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, budgetMs);
      });
      await Promise.race([job, budget]);
      clearTimeout(timer);
    },
    async drain() {
      await Promise.allSettled([...pending]);
    },
  };
}
