// A value the entity page waits for: loading, failed with a message for the reader, or there.
export type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; value: T };
