import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
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

/**
 * The S3 API through AWS SDK v3, path-style (S3Proxy and most self-hosted servers need it). Keys are
 * chosen by the services (never by a browser): `<tenant>/<area>/<id>`.
 */
export class ObjectStore {
  private readonly client: S3Client;
  private readonly publicClient: S3Client;
  readonly bucket: string;

  constructor(config: ObjectStoreConfig) {
    // The SDK warns once per process that its releases after January 2027 need Node 22; the lockfile pins
    // a release that supports Node 20 (the platform's runtime), so the warning only clutters logs.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const base = {
      region: config.S3_REGION,
      credentials: { accessKeyId: config.S3_ACCESS_KEY, secretAccessKey: config.S3_SECRET_KEY },
      forcePathStyle: true,
      // Checksums on by default since SDK 3.729 are not understood by every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED' as const,
      responseChecksumValidation: 'WHEN_REQUIRED' as const,
    };
    this.client = new S3Client({ ...base, endpoint: config.S3_URL });
    this.publicClient = new S3Client({ ...base, endpoint: config.S3_PUBLIC_URL ?? config.S3_URL });
    this.bucket = config.S3_BUCKET;
  }

  /** Creates the bucket when it does not exist yet (start-up; idempotent across replicas). */
  async ensureBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch {
      try {
        await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
      }
    }
  }

  /** A URL a browser PUTs the bytes to, valid `seconds`; the upload must send the same content type. */
  presignUpload(key: string, options: { contentType: string; seconds?: number }): Promise<string> {
    return getSignedUrl(
      this.publicClient,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: options.contentType }),
      { expiresIn: options.seconds ?? PRESIGNED_URL_SECONDS },
    );
  }

  /** A URL a browser GETs the bytes from, saved under `filename` with `contentType`. */
  presignDownload(
    key: string,
    options: { filename: string; contentType: string; inline?: boolean; seconds?: number },
  ): Promise<string> {
    const disposition = `${options.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(options.filename)}`;
    return getSignedUrl(
      this.publicClient,
      new GetObjectCommand({
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
    try {
      const answer = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: answer.ContentLength ?? 0, contentType: answer.ContentType };
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (error as { name?: string }).name === 'NotFound') return undefined;
      throw error;
    }
  }

  /** The first `length` bytes (fewer when the object is shorter): enough to sniff the content type. */
  async readStart(key: string, length = 4100): Promise<Buffer> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${length - 1}` }),
    );
    return bytesOf(answer.Body, key);
  }

  /** The whole object (small objects only: tests and evidence copies). */
  async read(key: string): Promise<Buffer> {
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return bytesOf(answer.Body, key);
  }

  /** SHA-256 (hex) of the object's exact bytes, streamed: memory stays flat whatever the size. */
  async sha256(key: string): Promise<string> {
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    const hash = createHash('sha256');
    for await (const chunk of answer.Body as Readable) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** Stores bytes directly (server-side writes: generated files, tests). */
  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  /** Removes the object; removing a missing one is not an error. */
  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  close(): void {
    this.client.destroy();
    this.publicClient.destroy();
  }
}
