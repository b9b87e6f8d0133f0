import Foundation

/// The form of a source URL that Reader stores and derives article ids from.
///
/// For example:
///
/// ```swift
/// let url = SourceURL.normalized(" https://news.example/api/ ")   // "https://news.example/api"
/// ```
public enum SourceURL {
    /// `url` trimmed of surrounding whitespace and trailing slashes, so that
    /// `https://news.example/api/` and `https://news.example/api` name one source.
    public static func normalized(_ url: String) -> String {
        var text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix("/"), !text.hasSuffix("://") {
            text.removeLast()
        }
        return text
    }
}
