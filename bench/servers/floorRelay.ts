// The floor: the least any relay can do. A `ws` server that forwards each message to every other
// socket of its room (the URL path), with no Yjs, no checks and no storage. Whatever Tavla or
// Hocuspocus spends above this is the price of their document handling and durability.
// Run: PORT=… node --import tsx bench/servers/floorRelay.ts
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const http = createServer((_request, response) => response.writeHead(200).end('floor'));
const wss = new WebSocketServer({ server: http });

wss.on('connection', (socket, request) => {
  const name = request.url ?? '/';
  const room = rooms.get(name) ?? new Set<WebSocket>();
  rooms.set(name, room);
  room.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const other of room) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on('close', () => {
    room.delete(socket);
    if (room.size === 0) rooms.delete(name);
  });
  socket.on('error', () => socket.terminate());
});

http.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
