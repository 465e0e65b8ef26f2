/** The board's filter is shared with the server, which narrows an export the same way (EXP6). */
export { NO_FILTER, filterPredicate, type CardFilter } from '../../shared/export/cardFilter.ts';
