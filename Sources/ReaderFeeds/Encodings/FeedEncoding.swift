/// A character encoding as a feed or its server names it, resolved to how
/// Reader decodes it.
///
/// Labels follow the WHATWG Encoding Standard where it matters for Chinese
/// sites: `gb2312`, `gbk`, `x-gbk`, `cp936` and `gb18030` all decode as
/// GB18030 (a superset: pages labelled GB2312 routinely contain GBK
/// characters), `big5` decodes as Big5-HKSCS, and `iso-8859-1` as Windows-1252.
enum FeedEncoding: Equatable {
    /// UTF-8, or a label that can only mean it here (ASCII, or UTF-16 declared
    /// in a document whose bytes are not UTF-16).
    case utf8
    /// Windows-1252, also for the ISO-8859-1 labels (``Windows1252``).
    case windows1252
    /// Another encoding, by its `iconv` name.
    case legacy(iconvName: String)

    /// The encoding a label such as `GBK` or `utf-8` stands for.
    init(label: String) {
        let key = label.trimmingASCIIWhitespace().lowercased()
        if Self.utf8Labels.contains(key) {
            self = .utf8
        } else if Self.gbLabels.contains(key) {
            self = .legacy(iconvName: "GB18030")
        } else if Self.big5Labels.contains(key) {
            self = .legacy(iconvName: "BIG5-HKSCS")
        } else if Self.latin1Labels.contains(key) {
            self = .windows1252
        } else {
            self = .legacy(iconvName: key.uppercased())
        }
    }

    private static let utf8Labels: Set<String> = [
        "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be", "unicode",
    ]
    private static let gbLabels: Set<String> = [
        "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312",
        "chinese", "iso-ir-58", "gb_2312", "gb_2312-80", "csiso58gb231280",
    ]
    private static let big5Labels: Set<String> = ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950"]
    private static let latin1Labels: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "windows-1252", "cp1252", "x-cp1252",
    ]
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, !isHTMLSpace(first), !isHTMLSpace(last) { return self }
        guard let start = utf8.firstIndex(where: { !isHTMLSpace($0) }),
            let last = utf8.lastIndex(where: { !isHTMLSpace($0) })
        else { return "" }
        return String(self[start...last])
    }
}
