/// FreshRSS's escapes in titles: `& < >` become fullwidth `＆ ＜ ＞` in item
/// titles, and feed titles also turn `? \ / , ;` into `？ ＼ ／ ， ；`.
enum GReaderText {
    private static let itemEscapes: [Character: Character] = ["&": "＆", "<": "＜", ">": "＞"]
    private static let feedEscapes = itemEscapes.merging(
        ["?": "？", "\\": "＼", "/": "／", ",": "，", ";": "；"], uniquingKeysWith: { first, _ in first })

    /// An item title as FreshRSS sends it.
    static func itemTitle(_ title: String) -> String {
        String(title.map { itemEscapes[$0] ?? $0 })
    }

    /// A feed (or origin) title as FreshRSS sends it.
    static func feedTitle(_ title: String) -> String {
        String(title.map { feedEscapes[$0] ?? $0 })
    }
}
