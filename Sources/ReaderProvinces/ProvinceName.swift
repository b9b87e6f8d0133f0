public import ReaderModels

/// Looks up provinces by name, for filters such as `reader list --province`.
///
/// A name matches when it is one of a division's own spellings, official or common, in
/// English or Chinese, ignoring case, accents, surrounding white space, hyphens and the
/// spacing between words: `yunnan`, `Yunnan Province`, `云南`, `云南省`, `Xizang`, `Macau`,
/// `inner mongolia autonomous region`, `Hong Kong SAR`, `HK`, `臺灣`.
/// Traditional characters read as simplified ones (`廣東` is `广东`). Places inside a division
/// are not province names: `Kunming` finds nothing. Nor is a one-character abbreviation
/// (`粤`, `粵`, `滇`), which is ambiguous in running text; ``suggestions(for:)`` offers its division.
///
/// For example:
///
/// ```swift
/// ProvinceName.province(named: " 云南省 ")       // .yunnan
/// ProvinceName.suggestions(for: "Yunan")         // [.yunnan, .hunan]
/// ProvinceName.province(named: "粵")             // nil
/// ProvinceName.suggestions(for: "粵")            // [.guangdong]
/// ```
public enum ProvinceName {
    /// The province that `name` spells, or `nil` if it spells none.
    public static func province(named name: String) -> Province? {
        ProvinceNameIndex.standard.provinceByKey[Spelling(name).key]
    }

    /// The provinces whose spellings are nearest to `name`, nearest first, for a
    /// "did you mean" message.
    ///
    /// Distance is the edit distance (with swaps of neighbours) from `name` to each of a
    /// province's spellings, read like ``province(named:)`` reads them; a province counts
    /// when its nearest spelling is within a third of the name's length (at least 1), so a
    /// name near nothing, such as `Atlantis`, gets no suggestions. Ties go to the spelling
    /// that shares the longer beginning with `name`, then in ``Province`` order (alphabetical).
    /// A one-character abbreviation (`粤`, `粵`) suggests its division only.
    /// - parameter limit: the most provinces to return.
    public static func suggestions(for name: String, limit: Int = 3) -> [Province] {
        let spelling = Spelling(name).key
        let key = Array(spelling.unicodeScalars)
        guard !key.isEmpty, limit > 0 else { return [] }
        if let abbreviated = ProvinceNameIndex.standard.provinceByAbbreviation[spelling] { return [abbreviated] }
        let maximumDistance = max(1, key.count / 3)
        var best: [Province: (distance: Int, sharedPrefix: Int)] = [:]
        for spelling in ProvinceNameIndex.standard.spellings {
            let distance = EditDistance.between(key, spelling.key)
            guard distance <= maximumDistance else { continue }
            let candidate = (distance: distance, sharedPrefix: sharedPrefixLength(key, spelling.key))
            if let current = best[spelling.province], !isCloser(candidate, than: current) { continue }
            best[spelling.province] = candidate
        }
        let ranked = best.sorted { lhs, rhs in
            if lhs.value.distance != rhs.value.distance || lhs.value.sharedPrefix != rhs.value.sharedPrefix {
                return isCloser(lhs.value, than: rhs.value)
            }
            return lhs.key < rhs.key
        }
        return ranked.prefix(limit).map(\.key)
    }

    private static func isCloser(
        _ lhs: (distance: Int, sharedPrefix: Int), than rhs: (distance: Int, sharedPrefix: Int)
    ) -> Bool {
        lhs.distance != rhs.distance ? lhs.distance < rhs.distance : lhs.sharedPrefix > rhs.sharedPrefix
    }

    private static func sharedPrefixLength(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        zip(lhs, rhs).prefix { $0 == $1 }.count
    }
}
