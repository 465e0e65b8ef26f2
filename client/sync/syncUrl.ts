/** The websocket base of the board rooms on the page's own origin: `ws(s)://host/sync` (DESIGN.md, "Rooms"). */
export function syncUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}
