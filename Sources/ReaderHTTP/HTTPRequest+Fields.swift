extension HTTPRequest {
    /// The most redirects a request follows, in every transport.
    package static let maxRedirects = 5

    /// The header fields, sorted by name, once each is known to be safe to send.
    ///
    /// A name must be an RFC 9110 token and a value must hold no CR, LF or
    /// NUL, so no field can smuggle in another.
    /// - throws: ``TransportError/network(_:)`` naming the field, never quoting its value.
    package func validatedHeaders() throws(TransportError) -> [(name: String, value: String)] {
        let fields = headers.sorted { $0.key < $1.key }
        for (name, value) in fields {
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.isTokenCharacter) else {
                throw .network("a request header name is not a valid HTTP token")
            }
            guard !value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
                throw .network("request header \(name) holds a line break or NUL")
            }
        }
        return fields.map { (name: $0.key, value: $0.value) }
    }

    /// Whether `scalar` may appear in an HTTP token (RFC 9110, section 5.6.2).
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        case "!", "#", "$", "%", "&", "'", "*", "+", "-", ".", "^", "_", "`", "|", "~": true
        default: false
        }
    }
}
