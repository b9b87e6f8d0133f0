import ReaderFeeds

extension HTMLText {
    /// The text of an HTML fragment laid out for a terminal, as `reader show` prints it.
    ///
    /// Paragraphs and other blocks are separated by blank lines, `<br>` breaks
    /// the line, list items start with `- `, headings with `#` per level,
    /// quotes with `> `, links read `text (url)`, `<script>` and `<style>` are
    /// dropped, and lines are word-wrapped at `width` columns (counted by
    /// ``DisplayWidth``; CJK characters may break anywhere).
    ///
    /// - parameter width: the most columns a line takes, where words allow.
    static func readableText(fromHTML html: String, width: Int = 80) -> String {
        var renderer = ReadableTextRenderer()
        HTMLScanner.scan(html, into: &renderer)
        return renderer.render(width: width)
    }
}
