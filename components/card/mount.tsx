// Mounts the hover card into a root element and keeps it in step with an external model
// source (the card page's port, or anything else the lead wires). The source is read with
// `getModel()` whenever `subscribe`'s listener is called; null shows nothing.
import { render } from 'preact';
import { Card, type CardModel } from './Card';

/**
 * Renders the card for `getModel()` into `root` now and on every notification from
 * `subscribe`. Returns a function that unsubscribes and empties `root`.
 */
export function mountCard(
  root: Element,
  getModel: () => CardModel | null,
  subscribe: (listener: () => void) => () => void,
): () => void {
  const update = () => {
    const model = getModel();
    render(model ? <Card model={model} /> : null, root);
  };
  update();
  const unsubscribe = subscribe(update);
  return () => {
    unsubscribe();
    render(null, root);
  };
}
