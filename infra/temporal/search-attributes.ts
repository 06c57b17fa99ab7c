// The custom search attributes the product writes on every support-request workflow, so
// staff (and the API) can find requests by tenant, order, intent and state. Every server
// the product or the tests start registers exactly these.
export type SearchAttributeKind = 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

export const SEARCH_ATTRIBUTES = {
  TenantId: 'Keyword',
  OrderId: 'Keyword',
  Intent: 'Keyword',
  RequestState: 'Keyword',
} as const satisfies Record<string, SearchAttributeKind>;
