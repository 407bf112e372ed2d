/**
 * Fair turns on the event loop. SQLite's reads are synchronous and a GraphQL execution runs its
 * resolvers in promise jobs, so a request never gives the loop back by itself: twenty requests
 * that arrived together used to run back to back, and `/healthz` waited for all of them
 * (5.3 s under twenty district overviews). Work that may take long awaits `nextTurn()` at its
 * natural seams (before a request executes, before each batched read, between batches of
 * figures); the waiters are resumed one per turn of the loop, so that between any two slices of
 * work the loop polls for I/O and answers whoever is waiting.
 *
 * `setImmediate` alone does not do this: every immediate queued before the loop's check phase
 * runs in that phase, so twenty waiters would again run back to back. An immediate queued from
 * within the check phase waits for the next turn (Node's documented order), which is what
 * `release` relies on.
 */

const waiting: Array<() => void> = [];
let releasing = false;

function release(): void {
  releasing = false;
  waiting.shift()?.();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (releasing) return;
  releasing = true;
  setImmediate(release);
}

/** Resolves in a later turn of the event loop, after the work that asked before it. */
export function nextTurn(): Promise<void> {
  return new Promise((resume) => {
    waiting.push(resume);
    schedule();
  });
}

/** How many are waiting for a turn (a measure of load, for tests and logs). */
export function waitingForTurn(): number {
  return waiting.length;
}
