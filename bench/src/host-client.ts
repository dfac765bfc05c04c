import { Agent, request } from 'node:http';

/** A response of the host, read whole. */
export interface HostResponse {
  status: number;
  body: string;
}

/**
 * An HTTP client for one benchmark phase, with its own keep-alive
 * connections. Between phases, the benchmark blocks its event loop for
 * seconds (raw better-sqlite3 inserts, seeding), so it would not see the
 * host close an idle connection and could reuse it. Within a phase,
 * requests follow each other without idle time.
 */
export class HostClient {
  private readonly agent = new Agent({ keepAlive: true });

  /**
   * @param describeServer - Returns the state of the host process, added to
   *   the message of a network failure.
   */
  constructor(
    private readonly baseUrl: string,
    private readonly authorization: string,
    private readonly describeServer: () => string,
  ) {}

  /**
   * Sends an xAPI request to the host with the LRS client's credentials.
   *
   * @throws Error when the connection fails, with the state of the host.
   */
  send(method: 'GET' | 'POST', path: string, json?: string): Promise<HostResponse> {
    const headers: Record<string, string> = {
      Authorization: this.authorization,
      'X-Experience-API-Version': '1.0.3',
    };
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(json));
    }
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        const message = `${method} ${path} failed: ${error.message}; ${this.describeServer()}`;
        reject(new Error(message, { cause: error }));
      };
      const outgoing = request(
        new URL(path, this.baseUrl),
        { method, headers, agent: this.agent },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          incoming.on('error', fail);
        },
      );
      outgoing.on('error', fail);
      outgoing.end(json);
    });
  }

  /** Closes the client's connections. */
  close(): void {
    this.agent.destroy();
  }
}
