import Foundation

/// Checks that bytes are well-formed UTF-8 (no overlong forms, surrogates or
/// values past U+10FFFF), with a fast path for ASCII.
enum UTF8Validation {
    /// True if `bytes` are valid UTF-8.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time.
            while index + 8 <= count,
                bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return false
            }
            guard index + length <= count, secondRange.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += length
        }
        return true
    }
}

extension UTF8Validation {
    /// True if the rest of the file at `handle` is valid UTF-8, read a
    /// mebibyte at a time; a sequence cut by a read goes on in the next.
    static func isValid(readingFrom handle: FileHandle) -> Bool {
        var pending: [UInt8] = []
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()  // nil at the end
            } catch {
                return false
            }
            if chunk.isEmpty { return pending.isEmpty }
            pending.append(contentsOf: chunk)
            let complete = lengthOfCompleteSequences(in: pending)
            guard pending.withUnsafeBytes({ isValid(UnsafeRawBufferPointer(rebasing: $0[..<complete])) }) else {
                return false
            }
            pending.removeFirst(complete)
        }
    }

    /// The length of the start of `bytes` that does not end inside a
    /// multi-byte sequence: all of it, unless its last lead byte still waits
    /// for continuation bytes.
    static func lengthOfCompleteSequences(in bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        while index >= 0, index >= bytes.count - 4 {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                let length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                return index + length <= bytes.count ? bytes.count : index
            }
            index -= 1
        }
        return bytes.count
    }
}
