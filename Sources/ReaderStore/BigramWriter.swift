/// Writes the UTF-8 of ``SearchText/indexable(_:)``: text between CJK runs
/// as it is, each run as the space-separated pairs of its characters.
///
/// It works on bytes: a character's length is read from its first byte, and
/// only characters of three or four bytes are decoded, to check whether they
/// are CJK (``SearchText/isCJK(_:)``). The input is valid UTF-8, as every
/// Swift string is.
struct BigramWriter {
    private let output: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// Where the run's last character is in the input, once the run has one.
    private var previous: Range<Int>?
    private var runLength = 0

    /// A writer into `output`, which must have room for the whole result.
    init(output: UnsafeMutableBufferPointer<UInt8>) {
        self.output = output
    }

    /// Writes the bigram text of `input` and returns its length in bytes.
    consuming func write(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var position = 0
        var plainStart = 0
        while position < input.count {
            let length = Self.length(ofCharacterStartingWith: input[position])
            let character = position..<(position + length)
            position += length
            guard length >= 3, SearchText.isCJK(codePoint: Self.scalarValue(of: input, at: character)) else { continue }
            if plainStart < character.lowerBound {
                endRun(of: input)
                append(input, plainStart..<character.lowerBound)
            }
            plainStart = position
            if let previous {
                if runLength >= 2 { append(0x20) }
                append(input, previous)
                append(input, character)
            } else {
                append(0x20)
            }
            previous = character
            runLength += 1
        }
        if plainStart < input.count {
            endRun(of: input)
            append(input, plainStart..<input.count)
        }
        endRun(of: input)
        return count
    }

    /// Ends the current run, if there is one: its single character, if it
    /// has only one, and a space.
    private mutating func endRun(of input: UnsafeBufferPointer<UInt8>) {
        guard let single = previous else { return }
        if runLength == 1 { append(input, single) }
        append(0x20)
        previous = nil
        runLength = 0
    }

    private mutating func append(_ byte: UInt8) {
        output[count] = byte
        count += 1
    }

    private mutating func append(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let target = output.baseAddress, let source = input.baseAddress else { return }
        (target + count).update(from: source + range.lowerBound, count: range.count)
        count += range.count
    }

    /// The length in bytes of the UTF-8 character whose first byte is `lead`.
    private static func length(ofCharacterStartingWith lead: UInt8) -> Int {
        switch lead {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    /// The code point of the three- or four-byte character at `range`.
    private static func scalarValue(of input: UnsafeBufferPointer<UInt8>, at range: Range<Int>) -> UInt32 {
        let lead = UInt32(input[range.lowerBound])
        var value = range.count == 3 ? lead & 0x0F : lead & 0x07
        for index in (range.lowerBound + 1)..<range.upperBound {
            value = value << 6 | UInt32(input[index] & 0x3F)
        }
        return value
    }
}
