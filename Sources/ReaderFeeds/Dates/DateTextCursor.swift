/// Reads the pieces of a date out of UTF-8 bytes, left to right.
struct DateTextCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// True once every byte is read.
    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte, not consumed.
    var peek: UInt8? { isAtEnd ? nil : bytes[index] }

    /// True when the next bytes are digits followed by `:`, the start of a time.
    var isTimeNext: Bool {
        var end = index
        while end < bytes.count, Self.digit(bytes[end]) != nil { end += 1 }
        return end > index && end < bytes.count && bytes[end] == UInt8(ascii: ":")
    }

    /// Skips spaces, tabs and line breaks; true if there were any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        return index > start
    }

    /// Consumes `byte` if it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Consumes `sequence` if it comes next.
    mutating func consume(_ sequence: [UInt8]) -> Bool {
        guard index + sequence.count <= bytes.count,
            sequence.indices.allSatisfy({ bytes[index + $0] == sequence[$0] })
        else { return false }
        index += sequence.count
        return true
    }

    /// Consumes a run of decimal digits whose length is in `count`, and returns its value.
    ///
    /// A longer run is rejected (nothing consumed), so `20200` is not a year.
    mutating func digits(count: ClosedRange<Int>) -> Int? {
        var end = index
        var value = 0
        while end < bytes.count, let digit = Self.digit(bytes[end]) {
            guard end - index < count.upperBound else { return nil }
            value = value * 10 + digit
            end += 1
        }
        guard count.contains(end - index) else { return nil }
        index = end
        return value
    }

    /// Consumes a run of digits as a fraction: `5` is 0.5, `125` is 0.125 (up to nanoseconds).
    mutating func fraction() -> Double? {
        let start = index
        var value = 0
        var scale = 1
        while let byte = peek, let digit = Self.digit(byte) {
            if scale < 1_000_000_000 {
                value = value * 10 + digit
                scale *= 10
            }
            index += 1
        }
        return index > start ? Double(value) / Double(scale) : nil
    }

    /// Consumes a run of ASCII letters and returns it lowercased.
    mutating func word() -> String {
        let start = index
        while let byte = peek, isASCIILetter(byte) { index += 1 }
        return String(decoding: bytes[start..<index].map(asciiLowercased), as: UTF8.self)
    }

    /// Consumes a numeric zone after its sign, `HH:MM`, `HHMM`, `HMM`, `HH` or `H`,
    /// and returns its offset in seconds, signed by `sign` (`+` or `-`).
    mutating func numericOffset(sign: UInt8) -> Int? {
        let start = index
        guard let leading = digits(count: 1...4) else { return nil }
        let length = index - start
        var hours = leading
        var minutes = 0
        if length >= 3 {
            hours = leading / 100
            minutes = leading % 100
        } else if consume(UInt8(ascii: ":")) {
            guard let value = digits(count: 2...2) else { return nil }
            minutes = value
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        let offset = hours * 3_600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -offset : offset
    }

    /// Consumes `H:MM[:SS[.fff]]` into `fields`; false if it is not a time.
    mutating func time(into fields: inout DateFields) -> Bool {
        guard let hour = digits(count: 1...2), consume(UInt8(ascii: ":")),
            let minute = digits(count: 2...2)
        else { return false }
        fields.hour = hour
        fields.minute = minute
        if consume(UInt8(ascii: ":")) {
            guard let second = digits(count: 2...2) else { return false }
            fields.second = second
            if peek == UInt8(ascii: ".") || peek == UInt8(ascii: ",") {
                index += 1
                guard let fraction = fraction() else { return false }
                fields.fraction = fraction
            }
        }
        return true
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
