import Foundation
import ReaderModels

/// A strong entity tag (`ETag`), compared weakly when a client sends it back.
///
/// A gzip-encoded answer is another representation, so it carries the tag
/// with `-gzip` appended; both variants, and `W/` forms of either (as
/// proxies rewrite them), match in `If-None-Match`.
struct EntityTag: Sendable, Equatable {
    /// The tag's text, without quotes or the gzip suffix.
    let opaque: String

    /// A tag for the hash of `parts`.
    init(hashing parts: [String]) {
        var hash = StableHash()
        for part in parts { hash.combine(part) }
        opaque = hash.hexDigits
    }

    /// A tag for the hash of `bytes`, which may be in any encoding.
    init(hashingBytes bytes: some Sequence<UInt8>) {
        // Base64 maps bytes to text one-to-one, so different bytes never hash as the same text.
        self.init(hashing: [Data(bytes).base64EncodedString()])
    }

    /// The header value for the identity or the gzip representation.
    func headerValue(gzipped: Bool) -> String {
        gzipped ? "\"\(opaque)\(Self.gzipSuffix)\"" : "\"\(opaque)\""
    }

    /// Whether an `If-None-Match` header value names this tag: `*`, or any
    /// listed tag equal to it under weak comparison.
    func isMatched(byIfNoneMatch header: String) -> Bool {
        header.split(separator: ",").contains { item in
            var tag = item.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            guard tag.count >= 2, tag.hasPrefix("\""), tag.hasSuffix("\"") else { return false }
            var value = String(tag.dropFirst().dropLast())
            if value.hasSuffix(Self.gzipSuffix) { value.removeLast(Self.gzipSuffix.count) }
            return value == opaque
        }
    }

    private static let gzipSuffix = "-gzip"
}
