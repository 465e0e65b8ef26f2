import type { Principal } from './Principal.ts';
import type { Writer } from './authorizeUpdate.ts';

/** Who is behind one sync connection and what they may do on its board; fixed when the connection opens (AUTH9). */
export interface ConnectionAccess extends Writer {
  principal: Principal;
}
