/// <reference lib="webworker" />
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { BrowserHost } from './browser-host.js';
import { startServer } from './server.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const host = new BrowserHost();
// The client's configuration arrives with `initialize` (initializationOptions.config), later as settings.
startServer(connection, host);
