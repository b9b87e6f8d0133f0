/// The fields of a query string or an `application/x-www-form-urlencoded`
/// body, in order, repeated names kept (`i=1&i=2`), `+` read as a space and
/// percent-escapes decoded.
struct GReaderForm: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    /// Parses `text` (`a=1&b=2`); a field without `=` has an empty value.
    init(_ text: String?) {
        guard let text else { return }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decoded(parts[0])
            let value = parts.count > 1 ? Self.decoded(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The fields of `self` followed by those of `other`.
    func merged(with other: GReaderForm) -> GReaderForm {
        var form = self
        form.fields += other.fields
        return form
    }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// `text` with `+` as a space and `%XX` escapes decoded (bad escapes kept as they are).
    static func decoded(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
