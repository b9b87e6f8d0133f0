import Foundation

/// Decodes Windows-1252, the encoding of undeclared Western European feeds
/// (and what `ISO-8859-1` means on the web), without `iconv`.
///
/// Every byte decodes: 0x80-0x9F are the Windows-1252 characters (`€`, the
/// curly quotes U+2018/2019/201C/201D, dashes...), the five bytes it leaves
/// undefined become the C1 controls of the same value, as the WHATWG
/// Encoding Standard says, and the rest are Latin-1.
enum Windows1252 {
    /// `data` as UTF-8.
    static func utf8(from data: Data) -> Data {
        var output: [UInt8] = []
        output.reserveCapacity(data.count + data.count / 8)
        for byte in data {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? controlRange[Int(byte - 0x80)] : UInt16(byte)
            if scalar < 0x800 {
                output.append(0xC0 | UInt8(scalar >> 6))
                output.append(0x80 | UInt8(scalar & 0x3F))
            } else {
                output.append(0xE0 | UInt8(scalar >> 12))
                output.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                output.append(0x80 | UInt8(scalar & 0x3F))
            }
        }
        return Data(output)
    }

    /// The code points of bytes 0x80-0x9F.
    private static let controlRange: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
