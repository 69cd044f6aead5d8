// Remembered answers for pure lookups that repeat through a text (phrase values, cleaned names, resolved periods,
// the matchers a word can start). Bounded: a full memo forgets everything and starts again, which costs less than
// keeping an order of use and is as good for text whose words repeat locally.

export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  /** The remembered answer for key, else compute's, remembered (undefined answers too). */
  get(key: K, compute: (key: K) => V): V {
    const known = this.map.get(key);
    if (known !== undefined || this.map.has(key)) return known as V;
    const made = compute(key);
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, made);
    return made;
  }

  clear(): void {
    this.map.clear();
  }
}

/** One memo per owner (a compiled pack), made on first use and gone with the owner. */
export function memoPerOwner<O extends object, K, V>(max: number): (owner: O) => BoundedMemo<K, V> {
  const memos = new WeakMap<O, BoundedMemo<K, V>>();
  return (owner) => {
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = new BoundedMemo<K, V>(max)));
    return memo;
  };
}
