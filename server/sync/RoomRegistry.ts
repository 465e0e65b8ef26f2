import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';
import type { CloseReason } from './closeReasons.ts';
import type { FlowLimits, RoomSocket } from './Connection.ts';
import { Room, type RoomPeer } from './Room.ts';
import { OPEN_GATE, type SyncAccess, type UpdateGate } from './UpdateGate.ts';

export interface RoomRegistryOptions<A extends SyncAccess = SyncAccess> {
  storage: Storage;
  logger: Logger;
  maxMessageBytes: number;
  compactEvery: number;
  /** Role checks and history for client updates (server/access/createUpdateGate.ts); without one every update is applied, as in a Room. */
  gate?: UpdateGate<A>;
  /** See RoomOptions.maxDocBytes (FLOW3). */
  maxDocBytes?: number;
  /** See RoomOptions.flow (FLOW1, FLOW2). */
  flow?: FlowLimits;
  /** See RoomOptions.now (PRS4). */
  now?: () => Date;
}

/**
 * The open rooms, one per document id (SRV7). A room is created by its first connection and
 * leaves the registry the moment it starts unloading; a room opened for the same document
 * after that loads only once the old one's final compaction has finished.
 */
export class RoomRegistry<A extends SyncAccess = SyncAccess> {
  private readonly rooms = new Map<string, Room<A>>();
  /** Unloads still running, by document id: the next room of that id loads after it. */
  private readonly unloading = new Map<string, Promise<void>>();

  private readonly gate: UpdateGate<A>;

  constructor(private readonly options: RoomRegistryOptions<A>) {
    this.gate = options.gate ?? OPEN_GATE;
  }

  /** Number of rooms that hold a document in memory or are unloading it. */
  get openRooms(): number {
    return this.rooms.size + this.unloading.size;
  }

  /** Connects a client to the document's room, opening (and loading) the room when needed. */
  connect(docId: string, socket: RoomSocket, access?: A): RoomPeer {
    return this.roomFor(docId).connect(socket, access);
  }

  /** Closes the matching connections of every open room (AUTH11). */
  closeWhere(matches: (docId: string, access: A) => boolean, reason: CloseReason, detail: string): void {
    for (const room of this.rooms.values()) room.closeWhere((access) => matches(room.docId, access), reason, detail);
  }

  /**
   * Reads a document: the open room's (in its queue order), otherwise a copy loaded from storage
   * that is thrown away afterwards, so reading never opens a room.
   */
  async read<T>(docId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = this.rooms.get(docId);
    if (room) {
      try {
        return await room.read(read);
      } catch {
        // the room unloaded meanwhile: what it held is in storage now
      }
    }
    const stored = await this.options.storage.loadDoc(docId);
    const doc = new Y.Doc();
    try {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update.data);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Resolves once no room is open or unloading. */
  async idle(): Promise<void> {
    while (this.openRooms > 0) {
      await Promise.all([...this.rooms.values()].map((room) => room.unloaded).concat([...this.unloading.values()]));
    }
  }

  /** Closes every client (server_shutdown) and resolves once every room has compacted and unloaded. */
  async shutdown(): Promise<void> {
    await Promise.all([...this.rooms.values()].map((room) => room.shutdown()));
    await this.idle();
  }

  private roomFor(docId: string): Room {
    const open = this.rooms.get(docId);
    if (open) return open;
    const previous = this.unloading.get(docId);
    const room = new Room(docId, {
      ...this.options,
      gate: this.gate,
      ...(previous && { previous }),
      onUnload: (unloading) => this.detach(unloading),
    });
    this.rooms.set(docId, room);
    return room;
  }

  private detach(room: Room): void {
    if (this.rooms.get(room.docId) !== room) return;
    this.rooms.delete(room.docId);
    this.unloading.set(room.docId, room.unloaded);
    void room.unloaded.then(() => {
      if (this.unloading.get(room.docId) === room.unloaded) this.unloading.delete(room.docId);
    });
  }
}
