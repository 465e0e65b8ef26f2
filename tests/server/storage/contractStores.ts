import { afterEach } from 'vitest';

/** What a contract suite needs of a store beyond its own methods: that it can be closed. */
export interface Closable {
  close(): Promise<void>;
}

/** Makes a fresh, empty store; `reopen` (when durable) closes it and opens the same data again. */
export type StoreFactory<S extends Closable> = () => Promise<{ store: S; reopen?: () => Promise<S> }>;

/**
 * Opens the stores of a contract suite through `factory` and closes every one after each test,
 * the reopened ones too. Call it inside the suite's describe.
 */
export function contractStores<S extends Closable>(factory: StoreFactory<S>): () => Promise<{ store: S; reopen?: () => Promise<S> }> {
  const opened: S[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  const track = (store: S): S => (opened.push(store), store);
  return async () => {
    const { store, reopen } = await factory();
    return { store: track(store), reopen: reopen && (async () => track(await reopen())) };
  };
}
