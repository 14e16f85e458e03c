import path from 'node:path';
import { loadProtoPackage, repoRoot } from '@client-portal/kit';

/** The folder holding every .proto: the only source of contracts. */
export function protoRoot(): string {
  return path.join(repoRoot(), 'proto');
}

/** Loads contract files (paths relative to proto/, e.g. `crm/v1/crm.proto`) with the kit's loader options. */
export function loadContracts(files: string[]): ReturnType<typeof loadProtoPackage> {
  return loadProtoPackage(
    files.map((file) => path.join(protoRoot(), file)),
    [protoRoot()],
  );
}

export * from './services.js';
export * from './partner.js';
export type * from './generated/messages.js';
/** The public partner API's messages (proto/partner/v1): `import type { PartnerApi } from …`, then `PartnerApi.Client`. */
export type * as PartnerApi from './generated/partner.js';
