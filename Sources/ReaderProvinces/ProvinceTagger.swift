public import ReaderModels

/// Finds the provinces a text is about. (Stub: a helper fills this in.)
public struct ProvinceTagger: Sendable {
    /// The tagger over the built-in gazetteer.
    public static let standard = ProvinceTagger()

    /// Creates a tagger over the built-in gazetteer.
    public init() {}

    /// Every province that `text` names, directly or through a place inside it.
    public func provinces(in text: String) -> Set<Province> { [] }
}
