/** The room had unloaded (or failed) before a read or a server write could run in it (MTS17): the registry opens a new one. */
export class RoomClosedError extends Error {
  override name = 'RoomClosedError';
}
