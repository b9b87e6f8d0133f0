/// Decides whether an outline's `xmlUrl` is an address Reader can subscribe to.
enum OPMLFeedURL {
    /// Nil if `url` is an absolute http or https URL with a host, else what is
    /// wrong with it, to follow "xmlUrl <url>" in a skip reason.
    static func problem(with url: String) -> String? {
        guard let colon = url.firstIndex(of: ":"), isScheme(url[..<colon]) else {
            return "is not an absolute URL"
        }
        guard ["http", "https"].contains(url[..<colon].lowercased()) else {
            return "is not an http or https URL"
        }
        let rest = url[url.index(after: colon)...]
        let authority = rest.dropFirst(2).prefix { !"/?#".contains($0) }
        guard rest.hasPrefix("//"), !authority.isEmpty else { return "has no host" }
        return nil
    }

    /// True if `text` is a URL scheme: an ASCII letter, then letters, digits, `+`, `-` or `.`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, isASCIILetter(first) else { return false }
        return text.utf8.allSatisfy { isASCIILetter($0) || (0x30...0x39).contains($0) || "+-.".utf8.contains($0) }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
