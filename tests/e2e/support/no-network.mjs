// Preloaded with `node --import` into a process under test: every way Node opens a network connection
// or resolves a name is replaced by a function that records the attempt (in ILACS_NETWORK_LOG) and
// throws. A run that leaves the log empty never tried to reach the network.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const log = process.env.ILACS_NETWORK_LOG;
const refuse = (what) =>
  function refused() {
    if (log) appendFileSync(log, `${what}\n`);
    throw new Error(`network access refused in a test: ${what}`);
  };

const net = require('node:net');
net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('net.Socket.connect');
const tls = require('node:tls');
tls.connect = refuse('tls.connect');
for (const name of ['node:http', 'node:https']) {
  const module = require(name);
  module.request = module.get = refuse(`${name}.request`);
}
const dgram = require('node:dgram');
dgram.createSocket = refuse('dgram.createSocket');
const dns = require('node:dns');
dns.lookup = dns.resolve = refuse('dns.lookup');
dns.promises.lookup = dns.promises.resolve = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = refuse('WebSocket');
