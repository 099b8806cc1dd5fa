// Serves an in-memory PGlite (PostgreSQL in WASM) with pgvector (and amcheck available) on loopback, for the Postgres store's tests.
// Usage: node server.mjs [PORT]   (or PGLITE_PORT=…; 0 picks a free port). Prints "PGLITE READY <port>" when it accepts connections.
// PGlite is one session, so clients use one connection at a time (Maximum Pool Size=1). The server still admits a few
// (PGLITE_MAX_CONNECTIONS, default 4) so that a client reconnecting just after closing is not turned away while the
// old socket is being torn down; connections are not meant to be used concurrently.
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const port = Number.parseInt(process.argv[2] ?? process.env.PGLITE_PORT ?? '5433', 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${process.argv[2] ?? process.env.PGLITE_PORT}`);
  process.exit(2);
}

// amcheck is loaded so that crash checks can verify B-tree indexes (CREATE EXTENSION amcheck); nothing else uses it.
const db = await PGlite.create({ extensions: { vector, amcheck } });
await db.exec('CREATE EXTENSION IF NOT EXISTS vector');
const maxConnections = Number.parseInt(process.env.PGLITE_MAX_CONNECTIONS ?? '4', 10);
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
await server.start();
const address = server.server?.address?.();
console.log(`PGLITE READY ${typeof address === 'object' && address ? address.port : port}`);

const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The test fixture closes stdin to ask for a stop, so no server outlives its test run.
process.stdin.on('end', stop);
process.stdin.resume();
