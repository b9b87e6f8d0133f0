import Foundation
import ReaderFeeds
import ReaderTestSupport
import Testing

/// Encodings as feeds in the wild get them wrong: undeclared, declared only
/// by the server, or declared as something they are not.
@Suite struct WildEncodingTests {
    @Test func undeclaredWindows1252WithSmartQuotes() throws {
        let feed = try parseFixture("wild/windows-1252-undeclared.xml")
        #expect(feed.title == "Diário do Sul \u{2013} Últimas Notícias")
        #expect(
            feed.items.map(\.title) == [
                "\u{201C}Plano Safra\u{201D} terá R$ 400 bilhões, diz ministério", "Últimas Notícias: previsão do tempo",
            ])
        #expect(
            feed.items[0].summary
                == "O governo anunciou o \u{2018}maior plano da história\u{2019} \u{2014} com juros menores\u{2026} e \u{20AC}20 milhões de fundos europeus.")
        #expect(feed.items[1].summary == "Frente fria chega à região; máximas de 18 °C.")
    }

    @Test func undeclaredISO88591() throws {
        let feed = try parseFixture("wild/iso-8859-1-undeclared.xml")
        #expect(feed.title == "Le Café des Sciences")
        #expect(feed.items.map(\.title) == ["Les études supérieures en région", "Ça coûte cher, la thèse"])
        #expect(feed.items[1].summary == "Le financement des doctorants, façon « débrouille ».")
        // The same with the server's (weak) label.
        #expect(try parseFixture("wild/iso-8859-1-undeclared.xml", contentType: "text/xml; charset=ISO-8859-1") == feed)
    }

    @Test func undeclaredGB2312IsRecognisedAsChinese() throws {
        let feed = try parseFixture("wild/gb2312-undeclared.xml")
        #expect(feed.title == "江苏省知识产权局 新闻动态")
        #expect(feed.items.map(\.title) == ["江苏省发布2025年上半年专利统计数据", "南京举办商标品牌培训班"])
        #expect(feed.items[0].summary == "今年上半年，全省发明专利授权量同比增长，“专利转化运用专项行动”成效明显。")
        // A server's default Latin-1 label does not turn it into mojibake.
        #expect(try parseFixture("wild/gb2312-undeclared.xml", contentType: "text/xml; charset=iso-8859-1") == feed)
    }

    @Test func big5DeclaredOnlyInTheContentType() throws {
        let feed = try parseFixture("wild/big5-header-only.xml", contentType: "application/rss+xml; charset=Big5")
        #expect(feed.title == "台灣智慧財產局 最新消息")
        #expect(feed.items.first?.title == "智慧局公布專利申請統計")
        #expect(feed.items.first?.summary == "發明專利申請案件數持續成長。")
    }

    @Test func utf8DeclaredButWindows1252IsKept() throws {
        let feed = try parseFixture("wild/utf8-declared-windows-1252.xml")
        #expect(feed.title == "Kevin\u{2019}s Kitchen Notes")
        #expect(feed.items.first?.title == "\u{201C}Don\u{2019}t over-knead\u{201D} \u{2013} a crème brûlée story")
        #expect(feed.items.first?.summary == "It\u{2019}s the \u{2018}secret\u{2019} \u{2026} nobody tells you.")
    }

    @Test func headerCharsetComesBeforeTheDeclaration() throws {
        // GBK bytes declared as Big5 by a stale template, served as GBK.
        var data = Data(#"<?xml version="1.0" encoding="big5"?><rss version="2.0"><channel><title>"#.utf8)
        data += Data([0xE9, 0x46, 0xD4, 0xC6, 0xC4, 0xCF])  // 镕云南: E9 46 is GBK, not Big5-HKSCS' 镕
        data += Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(data, contentType: "text/xml; charset=GBK").title == "镕云南")
    }

    @Test func aChineseDocumentWithABrokenByteStaysChinese() throws {
        // Declared GBK; 0xFF is invalid in every GB encoding.
        var data = Data(#"<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><title>"#.utf8)
        // 云南省知识产权局, then the broken byte.
        data += Data([0xD4, 0xC6, 0xC4, 0xCF, 0xCA, 0xA1, 0xD6, 0xAA, 0xCA, 0xB6, 0xB2, 0xFA, 0xC8, 0xA8, 0xBE, 0xD6, 0xFF])
        data += Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(data).title == "云南省知识产权局\u{FFFD}")
    }

    @Test func aFewAccentedPairsDoNotMakeWesternTextChinese() throws {
        // «Ça» is AB C7 in Windows-1252: a GB2312 pair by its bytes, but one among many lone accents.
        let text = "«Ça» va, dit-il. Café, thé, crème, été."
        let xml = "<rss version=\"2.0\"><channel><title>\(text)</title></channel></rss>"
        let data = try #require(xml.data(using: .windowsCP1252))
        #expect(try FeedParser.parse(data).title == text)
    }
}
