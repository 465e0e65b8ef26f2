import * as Y from 'yjs';
import type { CloseReason } from './closeReasons.ts';
import type { RoomSocket } from './Connection.ts';
import { Room, type RoomPeer } from './Room.ts';
import type { RoomOptions } from './RoomOptions.ts';
import { RoomClosedError } from './RoomClosedError.ts';
import type { ServerWrite } from './ServerWrite.ts';
import { OPEN_GATE, type SyncAccess, type UpdateGate } from './UpdateGate.ts';

/** A registry's rooms are set up alike (RoomOptions); each room's predecessor and unload hook are the registry's own. */
export type RoomRegistryOptions<A extends SyncAccess = SyncAccess> = Omit<RoomOptions<A>, 'previous' | 'onUnload'>;

/** How often writeAsServer opens a room again that unloaded before its write ran. */
const ROOM_ATTEMPTS = 3;

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

  /**
   * MTS17: runs the server's own `write` in the document's room, in its queue, opening (and loading)
   * the room when no one has it open; a room opened for it unloads after it. A room that unloaded
   * before the write ran in it is opened again.
   */
  async writeAsServer<T>(docId: string, write: ServerWrite<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.roomFor(docId).writeAsServer(write);
      } catch (error) {
        // A room that failed to load fails again at once: only an unload in between is retried, and not forever.
        if (!(error instanceof RoomClosedError) || attempt === ROOM_ATTEMPTS) throw error;
      }
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
