/**
 * ECharts (about 200 kB gzip) is loaded once a page's first chart is on screen, not before it.
 * A page whose first chart the server draws (`District.completionChart`) holds the loading back
 * until that picture is shown, so that the two do not share the network and the picture comes
 * first; every other chart shows a placeholder of its size until the live chart is loaded.
 * Other heavy parts of such a page wait for it too (`afterFirstChart`).
 */
import type { Component } from 'vue';

/** How long a hold may keep the live charts back when the server's picture is slow or lost. */
const holdAtMostMs = 3000;

let held: Promise<unknown> = Promise.resolve();
let loading: Promise<Component> | null = null;
let loaded: Component | null = null;

/** The live chart component once loaded (it is then used at once, without a server picture). */
export const liveChartLoaded = (): Component | null => loaded;

/**
 * Keeps ECharts from loading until `until` settles (at most 3 s). Without effect once loading
 * has begun: it is for the first chart of a page opened cold.
 */
export function holdLiveCharts(until: Promise<unknown>): void {
  if (loading) return;
  const timeout = new Promise((resolve) => setTimeout(resolve, holdAtMostMs));
  const before = held;
  held = Promise.race([Promise.allSettled([before, until]), timeout]);
}

/**
 * A loader for a part of the page the first chart need not wait for (a table, a download menu):
 * it waits for the same hold as ECharts. For `defineAsyncComponent`.
 */
export function afterFirstChart<T>(load: () => Promise<T>): () => Promise<T> {
  return () => held.then(load);
}

/**
 * The live chart component (vue-echarts with the app's ECharts registrations), loaded once. A
 * failed load (the network) is tried again by the next chart that asks.
 */
export function loadLiveChart(): Promise<Component> {
  loading ??= held
    .then(() => import('../components/common/LiveChart.vue'))
    .then((module) => (loaded = module.default))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
