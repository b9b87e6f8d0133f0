@testable import reader
import ReaderFeeds
import Testing

/// `reader show`'s layout of HTML for a terminal.
@Suite struct ReadableTextTests {
    @Test func separatesParagraphsWithBlankLines() {
        let html = "<p>First paragraph.</p>\n<p>Second <b>paragraph</b>.</p><div>Third</div>"
        #expect(HTMLText.readableText(fromHTML: html) == "First paragraph.\n\nSecond paragraph.\n\nThird")
    }

    @Test func breaksLinesAtBR() {
        #expect(
            HTMLText.readableText(fromHTML: "<p>Line one<br>Line two<br/><br/>After a gap</p>")
                == "Line one\nLine two\n\nAfter a gap")
    }

    @Test func listsItemsWithDashes() {
        let html = "<p>Events:</p><ul><li>Ceremony</li><li>Forum<ul><li>Morning</li></ul></li></ul><p>End.</p>"
        #expect(HTMLText.readableText(fromHTML: html) == "Events:\n\n- Ceremony\n- Forum\n  - Morning\n\nEnd.")
    }

    @Test func marksHeadingsAndQuotes() {
        let html = "<h2>Results</h2><p>Text.</p><blockquote><p>Quoted words.</p></blockquote>"
        #expect(HTMLText.readableText(fromHTML: html) == "## Results\n\nText.\n\n> Quoted words.")
    }

    @Test func writesLinksAsTextAndURL() {
        let html = """
            <p>See <a href="https://ip.example.org/a?x=1&amp;y=2">the report</a>, \
            <a href="https://ip.example.org/">https://ip.example.org</a> and <a href="#top">top</a>.</p>
            """
        #expect(
            HTMLText.readableText(fromHTML: html, width: 200)
                == "See the report (https://ip.example.org/a?x=1&y=2), https://ip.example.org and top.")
    }

    @Test func dropsScriptsAndStyles() {
        let html = "<style>.a{}</style><p>Shown</p><script>document.write('<p>hidden</p>')</script>"
        #expect(HTMLText.readableText(fromHTML: html) == "Shown")
    }

    @Test func keepsPreformattedText() {
        let html = "<p>Code:</p><pre>\nline 1\n    indented &lt;x&gt;\n</pre>"
        #expect(HTMLText.readableText(fromHTML: html) == "Code:\n\nline 1\n    indented <x>")
    }

    @Test func wrapsWordsAtTheWidth() {
        let html = "<p>The theme of the Publicity Week this year is Intellectual Property and Healthy China.</p>"
        let text = HTMLText.readableText(fromHTML: html, width: 30)
        #expect(text == "The theme of the Publicity\nWeek this year is Intellectual\nProperty and Healthy China.")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 30 })
    }

    @Test func wrapsCJKAnywhereCountingTwoColumns() {
        let html = "<p>4月20日至26日，云南省以知识产权与健康中国为主题，开展知识产权宣传周活动。</p>"
        let lines = HTMLText.readableText(fromHTML: html, width: 20).split(separator: "\n").map(String.init)
        #expect(lines.joined() == "4月20日至26日，云南省以知识产权与健康中国为主题，开展知识产权宣传周活动。")
        #expect(lines.count > 3)
        for line in lines {
            let columns = line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
            #expect(columns <= 20, "\(line)")
            #expect(line.first != "，" && line.first != "。", "\(line)")
        }
    }

    @Test func indentsWrappedListItems() {
        let html = "<ul><li>Patent applications reached a record high in the province last year</li></ul>"
        #expect(
            HTMLText.readableText(fromHTML: html, width: 30)
                == "- Patent applications reached\n  a record high in the\n  province last year")
    }
}
