/**
 * Caches a derived answer per object (a parsed draft, a table, a lint's facts) without storing it on
 * the object: the parse stays the one source of truth, and an answer lives exactly as long as what it
 * was derived from. Rules ask the same questions of one draft many times in a lint.
 */
export function memoizeByObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key: K) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/** The same per pair of objects (a parsed draft read against a domain). */
export function memoizeByPair<K1 extends object, K2 extends object, V>(derive: (first: K1, second: K2) => V): (first: K1, second: K2) => V {
  const cache = new WeakMap<K1, WeakMap<K2, V>>();
  return (first: K1, second: K2) => {
    let inner = cache.get(first);
    if (!inner) cache.set(first, (inner = new WeakMap()));
    if (inner.has(second)) return inner.get(second)!;
    const value = derive(first, second);
    inner.set(second, value);
    return value;
  };
}
