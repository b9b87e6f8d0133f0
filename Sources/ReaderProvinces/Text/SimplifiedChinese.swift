/// Folds traditional Chinese characters to simplified ones, one character at a time,
/// so that `哈爾濱`, `蘇州` and `廣東` read as `哈尔滨`, `苏州` and `广东` and the gazetteer
/// needs no traditional copy of its tables.
///
/// The pairs come from OpenCC's character tables (``pairs``, generated): only characters
/// with one simplified form that are not themselves simplified characters in use, so
/// `乾` (乾县) and `於` stay as they are.
enum SimplifiedChinese {
    /// The first scalar the table covers; it runs to the end of the CJK Unified Ideographs block.
    private static let first: UInt32 = 0x4E00
    private static let last: UInt32 = 0x9FFF

    /// For each scalar from `first` to `last`: its simplified form, or 0 where it has none.
    static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: Int(last - first + 1))
        var scalars = pairs.unicodeScalars.makeIterator()
        while let traditional = scalars.next(), let simplified = scalars.next() {
            table[Int(traditional.value - first)] = UInt16(truncatingIfNeeded: simplified.value)
        }
        return table
    }()

    /// The simplified form of the ideograph `value`, read from `table` (``table``, passed in so
    /// that a scan reads the global once).
    @inline(__always)
    static func fold(_ value: UInt32, with table: UnsafeBufferPointer<UInt16>) -> UInt32 {
        guard value >= first, value <= last else { return value }
        let simplified = table[Int(value - first)]
        return simplified == 0 ? value : UInt32(simplified)
    }
}
