/**
 * A renderer whose code comes only when a state first needs it. A part of the page the build already
 * drew (the as-of summary for the data's day, a closed panel) needs no code until the reader asks for
 * something else, so the page's first script does not carry it (tests/e2e/page-weight.spec.ts).
 */

/** A renderer: it draws a state and may say when it has. */
export type Renderer<S> = (state: S) => void;

/**
 * Wraps the renderer `load` gives: nothing loads while `needed` says no; once loaded, every state is drawn,
 * always the latest one asked for, and the promise returned settles when it is drawn.
 */
export function lazyRenderer<S>(
  needed: (state: S) => boolean,
  load: () => Promise<Renderer<S>>,
): (state: S) => Promise<void> {
  let loading: Promise<Renderer<S>> | undefined;
  let latest: S;
  return (state) => {
    latest = state;
    if (!loading && !needed(state)) return Promise.resolve();
    loading ??= load();
    return loading.then((draw) => draw(latest));
  };
}
