/// What an update does to a stored value that may be absent: sets it, or clears it.
///
/// An update's property of this type left `nil` keeps the stored value. For
/// example, after a 410 the article stream restarts without its validator:
///
/// ```swift
/// try await store.updateSource(source.id, with: SourceUpdate(etag: .clear, restartArticleStream: true))
/// try await store.updateSource(source.id, with: SourceUpdate(etag: ValueChange(response.header("ETag"))))
/// ```
@_spi(ReaderInternals) public enum ValueChange<Value: Sendable & Equatable>: Sendable, Equatable {
    /// Store this value.
    case set(Value)
    /// Store no value.
    case clear

    /// `.set(value)`, or `.clear` when there is no value.
    public init(_ value: Value?) {
        self = value.map(ValueChange.set) ?? .clear
    }

    /// The value to store; nil for ``clear``.
    var stored: Value? {
        if case .set(let value) = self { value } else { nil }
    }
}
