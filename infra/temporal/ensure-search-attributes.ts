// Registers missing custom search attributes on a running server. `start-dev
// --search-attribute` only applies when it creates the namespace, i.e. on a fresh database:
// with a persistent --db-filename, attributes added since the first start would be missing.
import type { Connection } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import type { SearchAttributeKind } from './search-attributes.js';

type IndexedValueType = temporal.api.enums.v1.IndexedValueType;

// Values of temporal.api.enums.v1.IndexedValueType (a stable wire enum).
const INDEXED_VALUE_TYPE: Record<SearchAttributeKind, IndexedValueType> = {
  Text: 1,
  Keyword: 2,
  Int: 3,
  Double: 4,
  Bool: 5,
  Datetime: 6,
  KeywordList: 7,
};

export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  wanted: Record<string, SearchAttributeKind>,
): Promise<void> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing: Record<string, IndexedValueType> = {};
  for (const [name, kind] of Object.entries(wanted)) {
    const existing = customAttributes?.[name];
    if (existing === undefined || existing === null) missing[name] = INDEXED_VALUE_TYPE[kind];
    else if (existing !== INDEXED_VALUE_TYPE[kind]) {
      throw new Error(`search attribute ${name} is registered in namespace "${namespace}" with another type than ${kind}`);
    }
  }
  if (Object.keys(missing).length > 0) {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
  }
}
