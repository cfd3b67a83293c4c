import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | Uint8Array;
  /** Extra response headers, e.g. a Content-Security-Policy. Content-Type defaults to UTF-8 HTML. */
  headers?: Record<string, string>;
  status?: number;
}

/** Routes by exact path ('/article', '/csp/article'); anything else is a 404. */
export type Routes = Record<string, Route>;

export interface PageServer {
  /** Absolute URL of a path on this server, e.g. url('/article') → http://127.0.0.1:41234/article. */
  url(path: string): string;
  close(): Promise<void>;
}

/** The strict policy of the CSP acceptance test: nothing inline, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

/** Serves fixed pages on 127.0.0.1 on a free port. Only for local test pages: no files, no directories. */
export async function startServer(routes: Routes): Promise<PageServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : route.body;
    response.writeHead(route.status ?? 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-store',
      ...route.headers,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => new URL(path, `http://127.0.0.1:${port}`).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
