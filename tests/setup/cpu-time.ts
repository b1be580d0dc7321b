/**
 * The CPU time this process spent on a piece of work, for tests that bound how much work hostile input costs.
 * Wall time is the wrong measure on a shared machine: with a load of twelve on two cores a test waits most of its
 * wall time for a core, while the CPU time of the same work grows only by what cache and core sharing cost it.
 */
export async function cpuMillis(work: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await work();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}
