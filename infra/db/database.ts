// One `postgres` instance per process.
import postgres from 'postgres';

export type Sql = postgres.Sql;

export function connectDatabase(url: string, opts: { max?: number } = {}): Sql {
  return postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => {},
    // bigint ids come back as strings; counts we cast explicitly in SQL.
    types: {},
  });
}
