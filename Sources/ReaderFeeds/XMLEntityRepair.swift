import Foundation

/// Makes XML that uses HTML named entities well-formed.
///
/// Feeds written by HTML templates often contain `&nbsp;` or `&copy;` in
/// titles, which XML does not define. Rewriting each as a numeric reference
/// (`&#160;`) keeps its meaning.
enum XMLEntityRepair {
    /// `data` with every HTML named reference that XML lacks written as a
    /// numeric one, or nil if there is none.
    static func replacingHTMLEntities(in data: Data) -> Data? {
        data.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            var copiedUpTo = 0
            var index = 0
            while let ampersand = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
                index = ampersand + 1
                guard let (scalar, length) = HTMLEntities.reference(in: bytes, at: ampersand),
                    bytes[ampersand + 1] != UInt8(ascii: "#"),
                    !xmlPredefined.contains(scalar)
                else { continue }
                if output.isEmpty { output.reserveCapacity(bytes.count + 1024) }
                output.append(contentsOf: bytes[copiedUpTo..<ampersand])
                output.append(contentsOf: "&#\(scalar.value);".utf8)
                copiedUpTo = ampersand + length
                index = copiedUpTo
            }
            guard copiedUpTo > 0 else { return nil }
            output.append(contentsOf: bytes[copiedUpTo...])
            return Data(output)
        }
    }

    /// The characters of XML's five predefined entities.
    private static let xmlPredefined: Set<Unicode.Scalar> = ["&", "<", ">", "\"", "'"]
}
