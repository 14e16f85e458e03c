import path from 'node:path';
import { loadProtoPackage, repoRoot } from '@client-portal/kit';

export type { Money, Money__Output } from './generated/client_portal/common/v1/Money.js';
export type { PageRequest, PageRequest__Output } from './generated/client_portal/common/v1/PageRequest.js';
export type { PageInfo, PageInfo__Output } from './generated/client_portal/common/v1/PageInfo.js';
export type { Principal, Principal__Output } from './generated/client_portal/common/v1/Principal.js';

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
