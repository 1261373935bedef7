// Lets the popup's first listing run alone: the search index load, which reads every
// highlight, waits between its chunks until no listing is in flight.

export interface ListingGate {
  /** Runs a listing; the gate is closed from this call until it settles. */
  run<T>(listing: () => Promise<T>): Promise<T>;
  /** Resolves at once when no listing runs, else when the last one settles. */
  idle(): Promise<void>;
}

export function createListingGate(): ListingGate {
  let listings = 0;
  const waiters: Array<() => void> = [];
  return {
    run: async (listing) => {
      listings++;
      try {
        return await listing();
      } finally {
        if (--listings === 0) for (const wake of waiters.splice(0)) wake();
      }
    },
    idle: () => (listings === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r))),
  };
}
