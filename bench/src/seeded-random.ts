/**
 * A small seeded pseudo-random generator (mulberry32), so that every run of
 * the benchmark generates the same statements in the same order.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Returns a number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Returns an integer in [0, count). */
  integer(count: number): number {
    return Math.floor(this.next() * count);
  }

  /** Returns one of `items`, each with the same chance. */
  pick<T>(items: readonly T[]): T {
    return items[this.integer(items.length)] as T;
  }

  /** Returns a version 4 UUID made from this generator's numbers. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.integer(16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + this.integer(4)).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }

  /** Returns `length` hexadecimal characters. */
  hex(length: number): string {
    return Array.from({ length }, () => this.integer(16).toString(16)).join('');
  }
}
