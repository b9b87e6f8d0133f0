import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts text in a legacy encoding to UTF-8 with the C library's `iconv`.
enum IconvTranscoder {
    /// Why a conversion failed.
    enum Failure: Error {
        /// `iconv` does not know the encoding.
        case unsupportedEncoding
        /// The bytes are not valid in the encoding (or end in the middle of a character).
        case invalidBytes
    }

    /// `data`, read as `encoding` (an `iconv` name such as `GB18030`), as UTF-8.
    ///
    /// - parameter replacingInvalidBytes: whether a byte that does not start
    ///   a valid character becomes U+FFFD (and reading goes on with the next
    ///   byte) instead of failing the conversion.
    static func utf8(
        from data: Data, encoding: String, replacingInvalidBytes: Bool = false
    ) throws(Failure) -> Data {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { throw .unsupportedEncoding }
        defer { iconv_close(converter) }

        var output = Data(count: data.count * 3 / 2 + 64)
        var written = 0
        let succeeded = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Bool in
            var inputPointer = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: CChar.self))
            var inputLeft = input.count
            while true {
                // Once the input is consumed, one last call with no input flushes any pending state.
                let isFlushing = inputLeft == 0
                let result = output.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Int in
                    var outputPointer: UnsafeMutablePointer<CChar>? = (buffer.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var outputLeft = buffer.count - written
                    defer { written = buffer.count - outputLeft }
                    return isFlushing
                        ? iconv(converter, nil, nil, &outputPointer, &outputLeft)
                        : iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                }
                if result != -1 {
                    if isFlushing { return true }
                } else if errno == E2BIG {
                    output.count += max(inputLeft * 2, 1024)
                } else if replacingInvalidBytes && inputLeft > 0 {
                    if output.count - written < replacementCharacter.count { output.count += 1024 }
                    output.replaceSubrange(written..<(written + replacementCharacter.count), with: replacementCharacter)
                    written += replacementCharacter.count
                    inputPointer = inputPointer.map { $0 + 1 }
                    inputLeft -= 1
                } else {
                    return false
                }
            }
        }
        guard succeeded else { throw .invalidBytes }
        output.count = written
        return output
    }

    /// U+FFFD in UTF-8.
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
}
