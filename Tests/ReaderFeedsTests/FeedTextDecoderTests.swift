import Foundation
import ReaderFeeds
import ReaderTestSupport
import Testing

/// Encodings, through the public parser: each fixture was encoded with `iconv`.
@Suite struct FeedTextDecoderTests {
    @Test func readsGBKDeclaredInTheProlog() throws {
        let feed = try parseFixture("rss/gbk-chinese.xml")
        #expect(feed.title == "国家知识产权局 地方工作")
        #expect(feed.language == "zh-cn")
        #expect(feed.items.map(\.title) == ["云南省2020年知识产权宣传周活动全面启动", "广东省发布2019年专利统计数据"])
        #expect(feed.items[0].summary?.contains("云南省以“知识产权与健康中国”为主题") == true)
        #expect(feed.items[0].categories == ["地方工作"])
        #expect(feed.items[1].summary?.contains("专利") == true)
        #expect(feed.items[0].published == (try instant("2020-04-21T02:30:00Z")))
    }

    @Test func readsGB2312DeclaredOnlyInTheContentType() throws {
        let feed = try parseFixture("rss/gb2312-header-only.xml", contentType: "application/rss+xml; charset=gb2312")
        #expect(feed.title == "辽宁省知识产权局")
        #expect(feed.items.first?.title == "辽宁省知识产权宣传周启动仪式在沈阳举行")
        #expect(feed.items.first?.summary?.hasSuffix("全省专利申请量达到69732件。") == true)
    }

    @Test func quotedCharsetParameterWorksToo() throws {
        let feed = try parseFixture("rss/gb2312-header-only.xml", contentType: #"text/xml;charset="GB2312""#)
        #expect(feed.title == "辽宁省知识产权局")
    }

    @Test func chineseBytesWithoutAnyDeclarationAreReadAsGB18030() throws {
        let feed = try parseFixture("rss/gb2312-header-only.xml")
        #expect(feed.title == "辽宁省知识产权局")
        #expect(feed.items.first?.title == "辽宁省知识产权宣传周启动仪式在沈阳举行")
    }

    @Test func readsBig5() throws {
        let feed = try parseFixture("rss/big5.xml")
        #expect(feed.title == "香港知識產權署 新聞公報")
        #expect(feed.items.first?.title == "知識產權署公布專利及商標註冊數字")
        #expect(feed.items.first?.summary == "知識產權署今日公布二零一九年專利及商標註冊數字。")
    }

    @Test func readsUTF16WithByteOrderMark() throws {
        let data = try Fixtures.data("feeds/rss/utf16-bom.xml")
        #expect(data.prefix(2) == Data([0xFF, 0xFE]))
        let feed = try FeedParser.parse(data)
        #expect(feed.items.first?.title == "四川省知识产权服务中心揭牌")
        #expect(feed.items.first?.uniqueID == "sichuan-ip-center")
    }

    @Test func readsUTF8WithByteOrderMarkAndLeadingBlankLines() throws {
        let plain = try parseFixture("rss/seeds.xml")
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("\n\n  ".utf8) + (try Fixtures.data("feeds/rss/seeds.xml"))
        #expect(try FeedParser.parse(data) == plain)
    }

    @Test func prologWinsOverAContentTypeThatDisagrees() throws {
        let feed = try parseFixture("rss/gbk-chinese.xml", contentType: "text/xml; charset=utf-8")
        #expect(feed.items.first?.title == "云南省2020年知识产权宣传周活动全面启动")
    }

    @Test func validUTF8BeatsAWrongHeaderCharset() throws {
        let xml = "<rss version=\"2.0\"><channel><title>云南省</title></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8), contentType: "application/xml; charset=GBK")
        #expect(feed.title == "云南省")
    }

    @Test func gb2312LabelAlsoReadsGBKOnlyCharacters() throws {
        // 镕 (E9 46) is in GBK but not in GB2312; sites labelled GB2312 use it anyway.
        var data = Data(#"<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>"#.utf8)
        data += Data([0xE9, 0x46, 0xD4, 0xC6, 0xC4, 0xCF])
        data += Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(data).title == "镕云南")
    }

    @Test func bytesInvalidInTheDeclaredEncodingAreReadByTheFallback() throws {
        #expect(try parseFixture("malformed/bad-encoding.xml").title == "Latin-1 bytes in a UTF-8 document: café © 2020")
        // Too few GB2312 pairs to read as Chinese: Windows-1252.
        var gbk = Data(#"<?xml version="1.0" encoding="GBK"?><rss><channel><title>"#.utf8)
        gbk += Data([0xD4, 0xC6, 0xFF, 0xFF, 0x80])
        gbk += Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(gbk).title == "ÔÆÿÿ€")
    }

    @Test func invalidUTF16IsReported() throws {
        // A byte order mark, then half a character.
        #expect(throws: FeedParseError.undecodableText(encoding: "UTF-16")) {
            try FeedParser.parse(Data([0xFF, 0xFE, 0x3C, 0x00, 0x72]))
        }
    }

    @Test func unknownEncodingOfUTF8BytesIsReadAsUTF8() throws {
        let xml =
            #"<?xml version="1.0" encoding="x-made-up"?><rss version="2.0"><channel><title>四川</title></channel></rss>"#
        #expect(try FeedParser.parse(Data(xml.utf8)).title == "四川")
    }
}
