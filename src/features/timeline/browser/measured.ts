/**
 * Runs `work` and records how long it took as the performance measure `name`, keeping only the
 * latest one (a measure per frame would otherwise pile up while a gesture lasts). A
 * PerformanceObserver still sees every one: that is how the benchmark reads them.
 */
export function measured<T>(name: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  performance.clearMeasures(name);
  performance.measure(name, { start: started });
  return result;
}
