// Tables looked up by text read from files: a Map, so that a key such as "constructor" or
// "__proto__" finds nothing (an object literal would answer with Object.prototype's members).

/** A lookup table of `entries`, written as an object literal for reading. */
export const lookupTable = <V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> =>
  new Map(Object.entries(entries));
