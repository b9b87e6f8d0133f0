import Testing

/// The HTTP transport a `reader` child syncs through, picked by its
/// `READER_TRANSPORT` test switch: the end-to-end sync cases run through
/// each, and must pass alike.
enum Transport: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// libcurl, `reader`'s own.
    case curl
    /// `URLSessionTransport`, the one Apple apps use (FoundationNetworking here).
    case urlsession

    var testDescription: String { rawValue }
}
