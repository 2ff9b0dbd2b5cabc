import type { EntityManager, ObjectLiteral, Repository } from 'typeorm';
import { CHANGED_MARKER, CompanionWrite } from '../unit-of-work/companion-write';

/**
 * Hand-written SQL for the hot reads, turned into entities the way TypeORM would (column
 * names, array and jsonb values, transformers), without its query builder: building the
 * query and mapping aliased columns cost more CPU per request than the query itself (the
 * bench's profile of `GET /v1/cooperatives/:id`).
 */
export class EntityRows<T extends ObjectLiteral> {
  private selectLists = new Map<string, string>();

  constructor(private readonly repository: Repository<T>) {}

  /** The entity's selectable columns (not `select: false` ones), qualified by `alias`. */
  columns(alias: string): string {
    let list = this.selectLists.get(alias);
    if (list === undefined) {
      list = this.repository.metadata.columns
        .filter((column) => column.isSelect)
        .map((column) => `${alias}."${column.databaseName}"`)
        .join(', ');
      this.selectLists.set(alias, list);
    }
    return list;
  }

  /** `tx`: inside a caller's transaction; else on a pooled connection of its own. */
  async one(sql: string, parameters: unknown[], tx?: EntityManager): Promise<T | null> {
    const [row] = await this.many(sql, parameters, tx);
    return row ?? null;
  }

  async many(sql: string, parameters: unknown[], tx?: EntityManager): Promise<T[]> {
    const result: unknown = await (tx ?? this.repository.manager).query(sql, parameters);
    return rowsOf(result).map((row) => this.hydrate(row));
  }

  /**
   * Inserts `entities` as a companion of a transition: one INSERT … SELECT from a JSON
   * recordset, whatever the count, writing only if the transition commits.
   */
  insertion(entities: T[]): CompanionWrite {
    const columns = this.repository.metadata.columns.filter((column) => entities.length > 0 && column.getEntityValue(entities[0]) !== undefined);
    const records = entities.map((entity) =>
      Object.fromEntries(
        columns.map((column) => {
          const value: unknown = column.getEntityValue(entity);
          const transformer = column.transformer;
          if (Array.isArray(transformer)) throw new Error(`${column.propertyName}: chained transformers are not supported here`);
          return [column.databaseName, transformer && value !== null ? transformer.to(value) : value];
        }),
      ),
    );
    const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
    const types = columns.map((column) => `"${column.databaseName}" ${String(column.type)}${column.isArray ? '[]' : ''}`).join(', ');
    return {
      sql: `INSERT INTO "${this.repository.metadata.tableName}" (${names})
            SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${types}) WHERE ${CHANGED_MARKER}`,
      parameters: [JSON.stringify(records)],
    };
  }

  hydrate(row: Record<string, unknown>): T {
    const driver = this.repository.manager.connection.driver;
    const entity = this.repository.create();
    for (const column of this.repository.metadata.columns) {
      if (column.databaseName in row) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}

/** TypeORM answers UPDATE … RETURNING with `[rows, rowCount]` and a SELECT with the rows. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Record<string, unknown>[];
  }
  return result as Record<string, unknown>[];
}
