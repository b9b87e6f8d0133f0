import Foundation

/// What one quick pass over an HTML body's bytes tells ``HTMLLinkResolver``
/// before it scans the markup: whether a `href`, `src` or `poster` value may be
/// relative, and where the first `<img` starts.
///
/// It errs on the safe side: a value it cannot tell is absolute (written
/// with character references, say) counts as relative, and a match in
/// text or a comment only costs a scan that finds nothing.
struct HTMLLinkCandidates {
    /// Whether some URL attribute's value does not start with a scheme.
    private(set) var hasRelativeURL = false
    /// The offset of the first `<img`, if looked for and found.
    private(set) var firstImageTag: Int?

    /// Looks through `bytes` for what is asked, stopping once it knows: two
    /// `memchr` walks (to each `=`, to each `<`) rather than one byte loop.
    init(_ bytes: UnsafeBufferPointer<UInt8>, lookingForRelativeURLs: Bool, findingImage: Bool) {
        if findingImage { firstImageTag = Self.firstImageTag(in: bytes) }
        if lookingForRelativeURLs { hasRelativeURL = Self.hasRelativeURL(in: bytes) }
    }

    /// Whether some `href=`, `src=` or `poster=` in `bytes` is followed by a value without a scheme.
    private static func hasRelativeURL(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEach(UInt8(ascii: "="), in: bytes) { offset in
            found = isURLAttribute(endingBefore: offset, in: bytes) && !startsWithScheme(after: offset, in: bytes)
            return !found
        }
        return found
    }

    /// Calls `body` with the offset of each `byte` in `bytes`, found by
    /// `memchr`, until it returns false.
    private static func forEach(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        guard let start = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count, let found = memchr(start + index, Int32(byte), bytes.count - index) {
            let offset = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard body(offset) else { return }
            index = offset + 1
        }
    }

    private static func firstImageTag(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var found: Int?
        forEach(UInt8(ascii: "<"), in: bytes) { offset in
            if isImageTag(at: offset, in: bytes) { found = offset }
            return found == nil
        }
        return found
    }

    private static let urlAttributes: [[UInt8]] = ["href", "src", "poster"].map { Array($0.utf8) }

    /// Whether `src`, `href` or `poster` (any case, then perhaps spaces) ends at `end`.
    private static func isURLAttribute(endingBefore end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var nameEnd = end
        while nameEnd > 0, isHTMLSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        return urlAttributes.contains { name in
            let start = nameEnd - name.count
            guard start > 0, isHTMLSpace(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "/") else { return false }
            return zip(bytes[start..<nameEnd], name).allSatisfy { asciiLowercased($0) == $1 }
        }
    }

    /// Whether the attribute value after the `=` at `equals` starts with a scheme and `:`.
    private static func startsWithScheme(after equals: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = equals + 1
        while index < bytes.count, isHTMLSpace(bytes[index]) || bytes[index] == UInt8(ascii: "\"")
            || bytes[index] == UInt8(ascii: "'")
        {
            index += 1
        }
        guard index < bytes.count, isASCIILetter(bytes[index]) else { return false }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return true }
            guard isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
            index += 1
        }
        return false
    }

    /// Whether `<img` followed by a space, `/` or `>` starts at `start`.
    private static func isImageTag(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + 4 < bytes.count, asciiLowercased(bytes[start + 1]) == UInt8(ascii: "i"),
            asciiLowercased(bytes[start + 2]) == UInt8(ascii: "m"), asciiLowercased(bytes[start + 3]) == UInt8(ascii: "g")
        else { return false }
        let next = bytes[start + 4]
        return isHTMLSpace(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">")
    }
}
