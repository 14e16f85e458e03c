import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  assertPermission,
  DomainError,
  pageInfo,
  type EventOutbox,
  type Logger,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  checkImportHeader,
  clientsOfPlan,
  EXPORT_COLUMNS,
  exportRecord,
  planImport,
  readListRequest,
  type ClientListRow,
  type ImportPlan,
} from '../domain/client-list.js';
import { clientListKeyset } from '../store/client-list.keys.js';
import type { ClientRepository } from '../store/client.repository.js';
import { clientCreatedEntry } from './client.events.js';
import type { ClientImportRepository } from '../store/client-import.repository.js';

export interface ListRequest {
  page?: { pageSize?: number; pageToken?: string } | null;
  search?: string;
  status?: string;
  ownerUserId?: string;
  industry?: string;
  includeArchived?: boolean;
  sort?: string;
  descending?: boolean;
}

/** Rows written per insertMany of an import. */
export const IMPORT_BATCH_SIZE = 200;
/**
 * Rows per export chunk: a chunk is one keyset page, so the export never skips. Large, because the
 * local store reads the tenant's rows for every page (docs/ferretdb.md); 5,000 rows stay far below
 * gRPC's 4 MB message limit.
 */
export const EXPORT_CHUNK_SIZE = 5000;

/** A spreadsheet runs a cell starting with these as a formula: exported text is kept inert. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The staff client list: the filtered, sorted page; the CSV import (preview, then all or nothing); the export. */
export class ClientListService {
  constructor(
    private readonly clients: ClientRepository,
    private readonly imports: ClientImportRepository,
    private readonly outbox: EventOutbox<ProducedBy<'crm'>>,
    private readonly logger: Logger,
  ) {}

  async list(principal: Principal, request: ListRequest) {
    assertPermission(principal, 'clients.view');
    const { filter, order } = readListRequest(request);
    const page = clientListKeyset(order).read(request.page);
    // The sync order serves the partner API, which shows no total: nothing to count.
    const result = await this.clients.listRows(principal.tenantId, filter, order, page, !order.byUpdate);
    return { rows: result.rows, clients: result.clients, page: pageInfo(result.nextPageToken, result.total) };
  }

  async industries(principal: Principal): Promise<string[]> {
    assertPermission(principal, 'clients.view');
    return this.clients.industries(principal.tenantId);
  }

  /**
   * One chunk of the export: the same filter and order as the list, read as keyset pages of
   * EXPORT_CHUNK_SIZE (the caller asks again with the token until it is empty).
   */
  async exportChunk(
    principal: Principal,
    request: ListRequest & { pageToken?: string; pageSize?: number },
  ): Promise<{ csv: string; nextPageToken: string; rowCount: number }> {
    assertPermission(principal, 'clients.view');
    const { filter, order } = readListRequest(request);
    const keyset = clientListKeyset(order);
    const size = request.pageSize ?? 0;
    const limit = size > 0 ? Math.min(size, EXPORT_CHUNK_SIZE) : EXPORT_CHUNK_SIZE;
    const page = { ...keyset.read({ pageToken: request.pageToken ?? '' }), limit };
    const result = await this.clients.listRows(principal.tenantId, filter, order, page, false);
    const records = result.rows.map((row: ClientListRow) => exportRecord(row).map(inertCell));
    const first = !request.pageToken;
    const csv = stringify(first ? [[...EXPORT_COLUMNS], ...records] : records);
    return { csv, nextPageToken: result.nextPageToken, rowCount: records.length };
  }

  /** Parses and checks every row; writes nothing. */
  async previewImport(principal: Principal, csv: string): Promise<ImportPlan> {
    assertPermission(principal, 'clients.import');
    return this.plan(principal.tenantId, csv);
  }

  /**
   * Imports all or nothing: every row is checked first (any error refuses the whole file); the clients
   * are written in batches, each marked with the import's id; their crm.client.created events are
   * written last, in one import record (its outbox). If a write fails, what this import inserted is
   * deleted and the failure reported.
   */
  async import(
    principal: Principal,
    csv: string,
  ): Promise<{ importId: string; clientCount: number; contactCount: number }> {
    assertPermission(principal, 'clients.import');
    const plan = await this.plan(principal.tenantId, csv);
    if (plan.errors.length > 0)
      throw DomainError.invalid(
        `The CSV has ${plan.errors.length} error(s): nothing was imported`,
        plan.errors.map((error) => ({
          field: `row ${error.row}.${error.column}`,
          message: error.message,
          code: error.code,
        })),
      );
    if (plan.clients.length === 0)
      throw DomainError.invalid('The CSV has no client to import', [
        { field: 'csv', message: 'No data rows', code: 'required' },
      ]);
    const importId = randomUUID();
    const clients = clientsOfPlan(plan, principal.tenantId, principal.userId);
    try {
      for (let start = 0; start < clients.length; start += IMPORT_BATCH_SIZE)
        await this.clients.insertImportBatch(clients.slice(start, start + IMPORT_BATCH_SIZE), importId);
      await this.imports.record(
        {
          importId,
          tenantId: principal.tenantId,
          importedBy: principal.userId,
          clientCount: clients.length,
          contactCount: plan.contactCount,
          createdAt: new Date(),
        },
        clients.map((client) => clientCreatedEntry(this.outbox, client)),
      );
    } catch (error) {
      const removed = await this.clients
        .deleteImport(principal.tenantId, importId)
        .catch((cleanup: unknown) => {
          this.logger.error({ err: cleanup, importId }, 'client import: the rollback failed');
          return -1;
        });
      this.logger.error({ err: error, importId, removed }, 'client import failed; rolled back');
      throw new DomainError(
        'UNAVAILABLE',
        'The import failed while writing and was undone: no client was imported. Try again.',
        [],
        'client.import_failed',
      );
    }
    return { importId, clientCount: clients.length, contactCount: plan.contactCount };
  }

  private async plan(tenantId: string, csv: string): Promise<ImportPlan> {
    let rows: { record: string[]; info: { lines: number } }[];
    try {
      rows = parse(csv, {
        bom: true,
        delimiter: [',', ';'],
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
    } catch (error) {
      throw DomainError.invalid(`The file is not valid CSV: ${(error as Error).message}`, [
        { field: 'csv', message: 'Not valid CSV', code: 'invalid_format' },
      ]);
    }
    const [header, ...data] = rows;
    if (!header)
      throw DomainError.invalid('The CSV is empty', [
        { field: 'csv', message: 'Empty file', code: 'required' },
      ]);
    const columns = checkImportHeader(header.record);
    const records = data.map(({ record, info }) => ({
      line: info.lines,
      values: Object.fromEntries(columns.map((column, index) => [column, record[index] ?? ''])),
    }));
    const names = [
      ...new Set(
        records
          .map((record) => (record.values.company ?? '').trim().toLowerCase())
          .filter((name) => name !== ''),
      ),
    ];
    return planImport(records, await this.clients.existingNameKeys(tenantId, names));
  }
}

function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
