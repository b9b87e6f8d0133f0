import Foundation
import ReaderModels
import Testing

/// The Sync API's optional `image` and `enclosures` article fields.
@Suite struct SyncWireMediaTests {
    @Test func anArticleFromAServerWithoutThemStillDecodes() throws {
        let json = #"{"id": "a", "url": "https://n.example/a", "title": "A", "published": "2025-08-26T10:00:00Z", "updated": "2025-08-26T10:00:00Z"}"#
        let article = try SyncWire.makeDecoder().decode(SyncWire.Article.self, from: Data(json.utf8))
        #expect(article.image == nil)
        #expect(article.enclosures == nil)
        let encoded = String(decoding: try SyncWire.makeEncoder().encode(article), as: UTF8.self)
        #expect(!encoded.contains("image") && !encoded.contains("enclosures"), "\(encoded)")
    }

    @Test func imageAndEnclosuresAreReadWithTheirWireNames() throws {
        let json = #"""
            {"id": "a", "url": "https://n.example/a", "title": "A", "published": "2025-08-26T10:00:00Z",
             "updated": "2025-08-26T10:00:00Z", "image": "https://n.example/a.jpg",
             "enclosures": [{"url": "https://n.example/a.mp3", "type": "audio/mpeg", "length": 1000, "duration": 61},
                            {"url": "https://n.example/a.pdf"}]}
            """#
        let article = try SyncWire.makeDecoder().decode(SyncWire.Article.self, from: Data(json.utf8))
        #expect(article.image == "https://n.example/a.jpg")
        #expect(
            article.enclosures == [
                Enclosure(url: "https://n.example/a.mp3", mimeType: "audio/mpeg", length: 1000, duration: 61),
                Enclosure(url: "https://n.example/a.pdf"),
            ])
    }
}
