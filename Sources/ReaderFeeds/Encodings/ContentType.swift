/// Reads an HTTP `Content-Type` header value.
enum ContentType {
    /// The `charset` parameter of `value`, such as `gb2312` in
    /// `application/rss+xml; charset="gb2312"`, or nil.
    static func charset(in value: String?) -> String? {
        guard let value else { return nil }
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, String(parts[0]).trimmingASCIIWhitespace().lowercased() == "charset" else {
                continue
            }
            var charset = String(parts[1]).trimmingASCIIWhitespace()
            if charset.hasPrefix("\""), charset.hasSuffix("\""), charset.count >= 2 {
                charset = String(charset.dropFirst().dropLast())
            }
            return charset.isEmpty ? nil : charset
        }
        return nil
    }
}
