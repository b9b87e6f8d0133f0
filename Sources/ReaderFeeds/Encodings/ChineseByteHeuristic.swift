import Foundation

/// Tells whether bytes in an unknown legacy encoding are Chinese (GB2312,
/// GBK or GB18030) rather than Windows-1252.
///
/// GBK accepts almost any pair of bytes, so a byte pair decoding is no
/// evidence; GB2312's layout is: its hanzi and punctuation are pairs of two
/// bytes 0xA1-0xFE (hanzi leads 0xB0-0xF7), while the non-ASCII letters of
/// Western text stand alone between ASCII letters (`é` in `études` is 0xE9
/// before `t`). The bytes read as Chinese when at least ``minimumPairs`` such
/// pairs are found and they make at least 80% of the non-ASCII characters:
/// GBK-only characters (leads 0x81-0xA0, or trails below 0xA1) are rare even
/// on sites labelled GB2312, while two accented letters in a row are rare in
/// Western text.
enum ChineseByteHeuristic {
    /// GB2312 pairs needed, so that a stray `«Ç` does not make a document Chinese.
    static let minimumPairs = 2

    /// Whether `data` looks like GB2312-family text.
    static func looksChinese(_ data: Data) -> Bool {
        var pairs = 0
        var others = 0
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                } else if index + 1 < bytes.count, isGB2312Byte(byte), byte <= 0xF7, isGB2312Byte(bytes[index + 1]) {
                    pairs += 1
                    index += 2
                } else {
                    others += 1
                    index += 1
                }
            }
        }
        return pairs >= minimumPairs && pairs * 5 >= (pairs + others) * 4
    }

    /// A byte of GB2312's row-and-cell range (EUC-CN), 0xA1-0xFE.
    private static func isGB2312Byte(_ byte: UInt8) -> Bool {
        byte >= 0xA1 && byte <= 0xFE
    }
}
