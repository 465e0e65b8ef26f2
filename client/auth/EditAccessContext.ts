import { createContext, useContext } from 'react';
import { FULL_ACCESS, type EditAccess } from './editAccess.ts';

/** The board's edit access for the components under BoardView; full access when none is given. */
export const EditAccessContext = createContext<EditAccess>(FULL_ACCESS);

/** What this user may change on the open board (the server enforces it regardless). */
export const useEditAccess = (): EditAccess => useContext(EditAccessContext);
