// ReaderCore is the one module apps import: it re-exports the models, the
// feed parsers, the province gazetteer, the transport protocol, the cache's
// query types and the sync engine's reports and errors.
@_exported public import ReaderFeeds
@_exported public import ReaderHTTP
@_exported public import ReaderModels
@_exported public import ReaderProvinces
@_exported public import ReaderStore
@_exported public import ReaderSync
