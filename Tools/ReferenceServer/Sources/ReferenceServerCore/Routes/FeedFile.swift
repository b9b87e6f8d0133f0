import Foundation
import NIOCore
import _NIOFileSystem

/// A file of the static feed directory, read afresh on every request so a
/// test can overwrite it to change the feed.
struct FeedFile: Sendable {
    /// The file's bytes, as stored.
    let bytes: ByteBuffer
    /// The file's modification time.
    let modified: Date
    /// The `Content-Type` to answer with.
    let contentType: String

    /// The most bytes a served feed file may have.
    static let maxBytes: Int64 = 64 << 20

    /// Charsets recognised in a file name such as `news.gb2312.xml`, which is
    /// then served with `; charset=gb2312`.
    static let charsetsInNames: Set<String> = [
        "utf-8", "utf-16", "gb2312", "gbk", "gb18030", "big5", "iso-8859-1", "windows-1252", "shift_jis", "euc-jp",
        "euc-kr",
    ]

    /// Reads the regular file at `path`; `nil` when there is none.
    ///
    /// A sidecar file `<path>.content-type`, if present, holds the whole
    /// `Content-Type` value to send instead of the one derived from the name
    /// and content.
    static func load(path: String) async throws -> FeedFile? {
        let fileSystem = FileSystem.shared
        guard let info = try await fileSystem.info(forFileAt: FilePath(path), infoAboutSymbolicLink: false),
            info.type == .regular
        else { return nil }
        let bytes = try await fileSystem.withFileHandle(forReadingAt: FilePath(path)) { handle in
            try await handle.readToEnd(maximumSizeAllowed: .bytes(maxBytes))
        }
        let time = info.lastDataModificationTime
        let modified = Date(timeIntervalSince1970: Double(time.seconds) + Double(time.nanoseconds) / 1e9)
        let name = (path as NSString).lastPathComponent
        let contentType = try await sidecarContentType(of: path) ?? derivedContentType(name: name, bytes: bytes)
        return FeedFile(bytes: bytes, modified: modified, contentType: contentType)
    }

    /// The media type from the extension (`.xml` by content: Atom or RSS),
    /// plus a charset named in the file name.
    static func derivedContentType(name: String, bytes: ByteBuffer) -> String {
        let parts = name.lowercased().split(separator: ".").map(String.init)
        let fileExtension = parts.count > 1 ? parts.last ?? "" : ""
        let mediaType: String
        switch fileExtension {
        case "xml", "rss", "atom", "rdf": mediaType = xmlMediaType(bytes)
        case "json": mediaType = "application/feed+json"
        case "html", "htm": mediaType = "text/html"
        case "txt": mediaType = "text/plain"
        default: mediaType = "application/octet-stream"
        }
        if parts.count >= 3, charsetsInNames.contains(parts[parts.count - 2]) {
            return "\(mediaType); charset=\(parts[parts.count - 2])"
        }
        return mediaType
    }

    /// `application/atom+xml` for an Atom document, `application/rss+xml`
    /// for RSS or RDF, else `application/xml`, judged from the first KiB.
    private static func xmlMediaType(_ bytes: ByteBuffer) -> String {
        let head = String(decoding: bytes.readableBytesView.prefix(1024), as: UTF8.self)
        if head.contains("<feed") { return "application/atom+xml" }
        if head.contains("<rss") || head.contains("<rdf:RDF") { return "application/rss+xml" }
        return "application/xml"
    }

    private static func sidecarContentType(of path: String) async throws -> String? {
        let sidecar = FilePath(path + ".content-type")
        guard try await FileSystem.shared.info(forFileAt: sidecar, infoAboutSymbolicLink: false)?.type == .regular
        else { return nil }
        let text = try await FileSystem.shared.withFileHandle(forReadingAt: sidecar) { handle in
            try await handle.readToEnd(maximumSizeAllowed: .bytes(1024))
        }
        let value = String(buffer: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
