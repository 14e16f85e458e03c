import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type * as PresignerSdk from '@aws-sdk/s3-request-presigner';
import { z } from 'zod';
import { env } from '../config.js';

/**
 * Where files live: any S3-compatible server (S3Proxy locally, S3/MinIO/SeaweedFS/R2 in a cluster).
 * S3_URL is the address services use; S3_PUBLIC_URL the one browsers use for presigned uploads and
 * downloads (the same locally; an Ingress or the provider's endpoint in a cluster).
 */
export const objectStoreEnvironment = {
  S3_URL: env.url(),
  S3_PUBLIC_URL: env.url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY: z.string().default('local-identity'),
  S3_SECRET_KEY: z.string().default('local-credential'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' })
    .default('client-portal'),
};

export interface ObjectStoreConfig {
  S3_URL: string;
  S3_PUBLIC_URL?: string | undefined;
  S3_REGION: string;
  S3_ACCESS_KEY: string;
  S3_SECRET_KEY: string;
  S3_BUCKET: string;
}

export interface StoredObject {
  size: number;
  contentType: string | undefined;
}

/** The bytes of a GetObject answer (an answer without a body is a server fault, not an empty file). */
async function bytesOf(
  body: { transformToByteArray(): Promise<Uint8Array> } | undefined,
  key: string,
): Promise<Buffer> {
  if (!body) throw new Error(`the object store answered no body for ${key}`);
  return Buffer.from(await body.transformToByteArray());
}

/** Seconds a presigned URL stays valid unless the caller says otherwise. */
export const PRESIGNED_URL_SECONDS = 15 * 60;

/** The AWS SDK's modules, loaded on first use: together they cost a process about 15 MB resident. */
type Sdk = {
  s3: typeof S3Sdk;
  presigner: typeof PresignerSdk;
};
let sdk: Promise<Sdk> | undefined;
const loadSdk = (): Promise<Sdk> =>
  (sdk ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]).then(
    ([s3, presigner]) => ({ s3, presigner }),
  ));

interface Clients {
  sdk: Sdk;
  client: S3Sdk.S3Client;
  publicClient: S3Sdk.S3Client;
}

/**
 * The S3 API through AWS SDK v3, path-style (S3Proxy and most self-hosted servers need it). Keys are
 * chosen by the services (never by a browser): `<tenant>/<area>/<id>`. The SDK is loaded, and its
 * clients made, on the first call: a process that never touches a file never carries it (idle RSS,
 * docs/operations.md).
 */
export class ObjectStore {
  private clients: Promise<Clients> | undefined;
  private made: Clients | undefined;
  readonly bucket: string;

  constructor(private readonly config: ObjectStoreConfig) {
    this.bucket = config.S3_BUCKET;
  }

  private connect(): Promise<Clients> {
    this.clients ??= loadSdk().then((loaded) => {
      // The SDK warns once per process that its releases after January 2027 need Node 22; the lockfile
      // pins a release that supports Node 20 (the platform's runtime), so the warning only clutters logs.
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
      const base = {
        region: this.config.S3_REGION,
        credentials: { accessKeyId: this.config.S3_ACCESS_KEY, secretAccessKey: this.config.S3_SECRET_KEY },
        forcePathStyle: true,
        // Checksums on by default since SDK 3.729 are not understood by every S3-compatible server.
        requestChecksumCalculation: 'WHEN_REQUIRED' as const,
        responseChecksumValidation: 'WHEN_REQUIRED' as const,
      };
      this.made = {
        sdk: loaded,
        client: new loaded.s3.S3Client({ ...base, endpoint: this.config.S3_URL }),
        publicClient: new loaded.s3.S3Client({
          ...base,
          endpoint: this.config.S3_PUBLIC_URL ?? this.config.S3_URL,
        }),
      };
      return this.made;
    });
    return this.clients;
  }

  /** Creates the bucket when it does not exist yet (start-up; idempotent across replicas). */
  async ensureBucket(): Promise<void> {
    const { sdk: loaded, client } = await this.connect();
    try {
      await client.send(new loaded.s3.HeadBucketCommand({ Bucket: this.bucket }));
    } catch {
      try {
        await client.send(new loaded.s3.CreateBucketCommand({ Bucket: this.bucket }));
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
      }
    }
  }

  /** A URL a browser PUTs the bytes to, valid `seconds`; the upload must send the same content type. */
  async presignUpload(key: string, options: { contentType: string; seconds?: number }): Promise<string> {
    const { sdk: loaded, publicClient } = await this.connect();
    return loaded.presigner.getSignedUrl(
      publicClient,
      new loaded.s3.PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: options.contentType }),
      { expiresIn: options.seconds ?? PRESIGNED_URL_SECONDS },
    );
  }

  /** A URL a browser GETs the bytes from, saved under `filename` with `contentType`. */
  async presignDownload(
    key: string,
    options: { filename: string; contentType: string; inline?: boolean; seconds?: number },
  ): Promise<string> {
    const { sdk: loaded, publicClient } = await this.connect();
    const disposition = `${options.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(options.filename)}`;
    return loaded.presigner.getSignedUrl(
      publicClient,
      new loaded.s3.GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: disposition,
        ResponseContentType: options.contentType,
      }),
      { expiresIn: options.seconds ?? PRESIGNED_URL_SECONDS },
    );
  }

  /** The object's size, or undefined when nothing was uploaded under the key. */
  async head(key: string): Promise<StoredObject | undefined> {
    const { sdk: loaded, client } = await this.connect();
    try {
      const answer = await client.send(new loaded.s3.HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: answer.ContentLength ?? 0, contentType: answer.ContentType };
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (error as { name?: string }).name === 'NotFound') return undefined;
      throw error;
    }
  }

  /** The object's body as the SDK answers it (a range when given). */
  private async get(key: string, range?: string) {
    const { sdk: loaded, client } = await this.connect();
    return client.send(
      new loaded.s3.GetObjectCommand({ Bucket: this.bucket, Key: key, ...(range ? { Range: range } : {}) }),
    );
  }

  /** The first `length` bytes (fewer when the object is shorter): enough to sniff the content type. */
  async readStart(key: string, length = 4100): Promise<Buffer> {
    return bytesOf((await this.get(key, `bytes=0-${length - 1}`)).Body, key);
  }

  /** The whole object (small objects only: tests and evidence copies). */
  async read(key: string): Promise<Buffer> {
    return bytesOf((await this.get(key)).Body, key);
  }

  /** SHA-256 (hex) of the object's exact bytes, streamed: memory stays flat whatever the size. */
  async sha256(key: string): Promise<string> {
    const answer = await this.get(key);
    const hash = createHash('sha256');
    for await (const chunk of answer.Body as Readable) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** Stores bytes directly (server-side writes: generated files, tests). */
  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const { sdk: loaded, client } = await this.connect();
    await client.send(
      new loaded.s3.PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  /** Removes the object; removing a missing one is not an error. */
  async delete(key: string): Promise<void> {
    const { sdk: loaded, client } = await this.connect();
    await client.send(new loaded.s3.DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  close(): void {
    this.made?.client.destroy();
    this.made?.publicClient.destroy();
  }
}
