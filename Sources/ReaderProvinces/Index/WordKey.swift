/// A word of up to 16 bytes packed into two integers: a dictionary key that
/// costs no allocation to build while scanning.
///
/// Scanned words never contain byte 0, so the packing is unambiguous.
struct WordKey: FlatTableKey {
    /// The longest word a key holds; no gazetteer word is longer.
    static let maximumLength = 16

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static var placeholder: WordKey { WordKey() }

    var mixedHash: UInt64 { (low ^ high &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15 }

    private init() {}

    /// The key of `bytes`, or `nil` when there are none or more than ``maximumLength``.
    init?(_ bytes: some Collection<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= Self.maximumLength else { return nil }
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << UInt64(offset * 8)
            } else {
                high |= UInt64(byte) << UInt64((offset - 8) * 8)
            }
        }
    }
}
