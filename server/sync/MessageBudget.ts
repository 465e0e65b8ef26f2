/**
 * A token bucket for one kind of message of one connection (FLOW2): `burst` at once, then one
 * more every `refillMs`. Honest clients send sync step 1 once per connection and query awareness
 * rarely; each answer is the whole board or every presence, so repeating them is the cheapest way
 * to make the server send much for little.
 */
export class MessageBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one message from the budget; false when it is spent. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) / this.refillMs);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
