import { createContext, useContext } from 'react';

/**
 * What a screen reader calls the draggable things of the board (`aria-roledescription`), in the
 * UI language: dnd-kit's defaults are the English "draggable" and "sortable". BoardDnd looks
 * them up once and gives them here, so a thousand cards do not each ask the catalogue.
 */
export interface DragRoles {
  card: string;
  column: string;
}

export const DragRolesContext = createContext<DragRoles | null>(null);

/** The role descriptions of the board's drag handles; throws outside BoardDnd. */
export function useDragRoles(): DragRoles {
  const roles = useContext(DragRolesContext);
  if (!roles) throw new Error('useDragRoles: no BoardDnd above this handle');
  return roles;
}
