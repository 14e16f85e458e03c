import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';

export interface MongoOptions {
  url: string;
  /** Each service owns exactly one database; its name is the service name unless overridden. */
  database: string;
  logger: Logger;
  serverSelectionTimeoutMs?: number;
  /**
   * Let mongoose build each model's indexes on first use (default). The service runtime turns it off
   * and creates them itself, before SERVING, so a request never races an index build.
   */
  autoIndex?: boolean;
}

/**
 * Opens the service's own database. Uses a dedicated connection rather than mongoose's global one,
 * so tests can hold several services' databases in one process without them leaking into each other.
 */
export async function connectMongo(options: MongoOptions): Promise<Connection> {
  const connection = mongoose.createConnection(options.url, {
    dbName: options.database,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 10_000,
    autoIndex: options.autoIndex ?? true,
  });
  connection.on('disconnected', () => {
    options.logger.warn({ database: options.database }, 'mongo disconnected');
  });
  connection.on('reconnected', () => {
    options.logger.info({ database: options.database }, 'mongo reconnected');
  });
  try {
    await connection.asPromise();
  } catch (error) {
    // A caller retrying start-up opens a fresh connection; this one must not keep reconnecting.
    await connection.close().catch(() => undefined);
    throw error;
  }
  options.logger.info({ database: options.database }, 'mongo connected');
  return connection;
}

/** True for the duplicate-key error a unique index raises (E11000), on MongoDB and FerretDB alike. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}
