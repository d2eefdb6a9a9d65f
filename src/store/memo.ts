/** Remembers the last result for the last argument (compared by identity). */
export function memoOne<A, R>(fn: (a: A) => R): (a: A) => R {
  let last: { a: A; r: R } | null = null;
  return (a: A) => {
    if (last && last.a === a) return last.r;
    const r = fn(a);
    last = { a, r };
    return r;
  };
}

/** Remembers a result per object argument for as long as the object lives. */
export function memoWeak<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  const cache = new WeakMap<A, R>();
  return (a: A) => {
    if (cache.has(a)) return cache.get(a) as R;
    const r = fn(a);
    cache.set(a, r);
    return r;
  };
}

/** Remembers the last result for the last pair of arguments (compared by identity). */
export function memoPair<A, B, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; r: R } | null = null;
  return (a: A, b: B) => {
    if (last && last.a === a && last.b === b) return last.r;
    const r = fn(a, b);
    last = { a, b, r };
    return r;
  };
}
