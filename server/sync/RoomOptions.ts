import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';
import type { FlowLimits } from './Connection.ts';
import type { Room } from './Room.ts';
import type { FollowUp } from './ServerWrite.ts';
import type { SyncAccess, UpdateGate } from './UpdateGate.ts';

/** How a Room is set up (SRV3-SRV9, LIM, FLOW, PRS4, MTS17). */
export interface RoomOptions<A extends SyncAccess = SyncAccess> {
  storage: Storage;
  logger: Logger;
  /** Frames larger than this are refused with message_too_large (BAD6). */
  maxMessageBytes: number;
  /** Compact the update log into a snapshot after this many appended updates (STO4). */
  compactEvery: number;
  /** Resolves when the previous room of this document has unloaded; loading waits for it (SRV7). */
  previous?: Promise<void>;
  /** Called, synchronously, when the room starts unloading, so that no one is handed it any more. */
  onUnload(room: Room<A>): void;
  /** Decides each client update by role and records its history (UPD rules); without one every update is applied. */
  gate?: UpdateGate<A>;
  /** What the server writes itself after a client's update is stored (MTS18, MTS19); nothing without one. */
  followUp?: FollowUp;
  /** A document may not grow past this many bytes (LIM: the encoded state, estimated between compactions). */
  maxDocBytes?: number;
  /** What one connection may make the server send and buffer (FLOW1, FLOW2). */
  flow?: FlowLimits;
  /** The server's clock (MTS5), which stamps a facilitator's view (PRS4); the machine's by default. */
  now?: () => Date;
}
