/**
 * Line management over slot numbers in typed arrays: manager, first report and siblings of each slot.
 * Walking up or listing reports costs no allocation and no hashing; -1 means none.
 */
export class Tree {
  private up: Int32Array;
  private first: Int32Array;
  private next: Int32Array;
  private prev: Int32Array;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.up = new Int32Array(size).fill(-1);
    this.first = new Int32Array(size).fill(-1);
    this.next = new Int32Array(size).fill(-1);
    this.prev = new Int32Array(size).fill(-1);
  }

  private ensure(slot: number): void {
    if (slot < this.up.length) return;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(Math.max(slot + 1, a.length * 2)).fill(-1);
      b.set(a);
      return b;
    };
    this.up = grow(this.up);
    this.first = grow(this.first);
    this.next = grow(this.next);
    this.prev = grow(this.prev);
  }

  /** Makes `slot` report to `manager` (-1: a root). The slot must be detached. */
  attach(slot: number, manager: number): void {
    this.ensure(Math.max(slot, manager));
    this.up[slot] = manager;
    if (manager < 0) return;
    const head = this.first[manager]!;
    this.next[slot] = head;
    this.prev[slot] = -1;
    if (head >= 0) this.prev[head] = slot;
    this.first[manager] = slot;
  }

  detach(slot: number): void {
    this.ensure(slot);
    const manager = this.up[slot]!;
    if (manager >= 0) {
      const before = this.prev[slot]!;
      const after = this.next[slot]!;
      if (before >= 0) this.next[before] = after;
      else this.first[manager] = after;
      if (after >= 0) this.prev[after] = before;
    }
    this.up[slot] = -1;
    this.next[slot] = -1;
    this.prev[slot] = -1;
  }

  /** True when `ancestor` is `slot` or above it. Bounded, so even a corrupt input cannot hang it. */
  isUnder(slot: number, ancestor: number): boolean {
    const up = this.up;
    for (let cur = slot, left = up.length; cur >= 0 && left >= 0; cur = up[cur]!, left--) if (cur === ancestor) return true;
    return false;
  }

  /** `slot` and its managers up to its root; bounded like isUnder. */
  line(slot: number): number[] {
    const out: number[] = [];
    const up = this.up;
    for (let cur = slot, left = up.length; cur >= 0 && left >= 0; cur = up[cur]!, left--) out.push(cur);
    return out;
  }

  reports(slot: number): number[] {
    const out: number[] = [];
    if (slot >= this.first.length) return out;
    for (let cur = this.first[slot]!, left = this.next.length; cur >= 0 && left >= 0; cur = this.next[cur]!, left--) out.push(cur);
    return out;
  }

  reportCount(slot: number): number {
    let n = 0;
    if (slot >= this.first.length) return n;
    for (let cur = this.first[slot]!, left = this.next.length; cur >= 0 && left >= 0; cur = this.next[cur]!, left--) n++;
    return n;
  }
}
