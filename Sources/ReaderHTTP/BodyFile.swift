public import Foundation

/// A response body that the transport wrote to a temporary file rather than
/// memory, because the request asked for it past a size
/// (``HTTPRequest/bodyFileThreshold``): a 50,000-item feed is about 57 MB,
/// which a phone should not hold whole while it parses.
///
/// The file belongs to this object and is removed when the last reference
/// to it goes. A process killed meanwhile leaves it behind; the next file
/// made removes those left for over an hour.
///
/// For example:
///
/// ```swift
/// let response = try await transport.send(HTTPRequest(url: feedURL, bodyFileThreshold: 4 << 20))
/// if let file = response.bodyFile {
///     try FeedParser.read(contentsOf: file.url, chunkSize: 1000) { chunk in store(chunk); return true }
/// }
/// ```
public final class BodyFile: Sendable, Equatable, CustomStringConvertible {
    /// Where the body is.
    public let url: URL

    /// Takes over the file at `url`: it is removed when this object is released.
    public init(owning url: URL) {
        self.url = url
    }

    deinit {
        unlink(url.path)
    }

    /// The start of every body file's name.
    static let namePrefix = "reader-body-"

    /// How old a body file must be to be taken for one a killed process left.
    static let abandonedAge: TimeInterval = 3600

    /// A new, empty file in the temporary directory, open for writing at
    /// `descriptor` (the caller closes it), or nil if it cannot be created.
    package static func create() -> (file: BodyFile, descriptor: Int32)? {
        let folder = FileManager.default.temporaryDirectory
        removeAbandoned(in: folder, now: Date())
        let url = folder.appendingPathComponent(namePrefix + UUID().uuidString)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        return (BodyFile(owning: url), descriptor)
    }

    /// Removes the body files in `folder` last written over ``abandonedAge`` before `now`.
    static func removeAbandoned(in folder: URL, now: Date) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(namePrefix) {
            let path = folder.appendingPathComponent(name).path
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                now.timeIntervalSince(modified) > abandonedAge
            else { continue }
            unlink(path)
        }
    }

    /// The whole body, or nil if the file cannot be read.
    public func contents() -> Data? {
        try? Data(contentsOf: url)
    }

    /// At most the first `maxLength` bytes of the body (fewer if it is
    /// shorter or cannot be read), for sniffing what it is.
    public func prefix(_ maxLength: Int) -> Data {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: maxLength)) ?? Data()
    }

    /// The file's path.
    public var description: String { url.path }

    /// Whether both are the same file.
    public static func == (lhs: BodyFile, rhs: BodyFile) -> Bool { lhs.url == rhs.url }
}

extension HTTPResponse {
    /// At most the first `maxLength` bytes of the body, from memory or from
    /// ``bodyFile``.
    public func bodyPrefix(_ maxLength: Int) -> Data {
        bodyFile?.prefix(maxLength) ?? body.prefix(maxLength)
    }

    /// The response with a ``bodyFile`` read into ``body``, for a caller that
    /// needs the whole body at once; an unreadable file leaves the body empty.
    public func withBodyInMemory() -> HTTPResponse {
        guard let bodyFile else { return self }
        var response = self
        response.body = bodyFile.contents() ?? Data()
        response.bodyFile = nil
        return response
    }
}
