/** Looks up an element the page's HTML must contain; a missing one is a build mistake, so fail loudly. */
export function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page is missing #${id}.`);
  return element;
}
