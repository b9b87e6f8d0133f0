public import Hummingbird
import Foundation
import Logging

/// Builds the reference server: opens the store, publishes the start-up
/// content, and wires the routes. `reader-server` runs what this returns,
/// and tests drive the same application through HummingbirdTesting.
///
/// Routes:
/// - `GET /api` discovery; `GET /api/v1/articles`, `GET` and `POST /api/v1/state`
///   (behind ``ServerConfiguration/token`` when set; faults apply; a push
///   with a clock beyond ``ServerConfiguration/clockBound`` is refused);
/// - `GET /feeds/<path>` the feed directory (faults apply);
/// - `/api/greader.php/...` the Google Reader API over the same articles, only
///   when ``ServerConfiguration/greader`` is set (faults apply; see `GReaderRoutes`);
/// - `/admin/...` the admin API, only when ``ServerConfiguration/adminToken`` is set.
///
/// - parameter configuration: what to serve and how.
/// - parameter onServerRunning: called with the bound port once the server listens.
/// - throws: ``ServerSetupError`` when the configuration is invalid, the
///   database cannot be opened, or an import fails.
public func buildApplication(
    configuration: ServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws(ServerSetupError) -> some ApplicationProtocol {
    if let problem = configuration.problem { throw .invalidConfiguration(problem) }
    var logger = Logger(label: "reader-server", factory: { StreamLogHandler.standardError(label: $0) })
    logger.logLevel = configuration.logLevel
    let databasePath =
        configuration.databasePath
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("reader-server-\(UUID().uuidString).sqlite")
        .path
    let store: ServerStore
    do {
        store = try ServerStore(
            path: databasePath, retention: configuration.retention,
            itemNumbering: configuration.greader.map {
                GReaderNumbering(feedCount: $0.feedCount, highFirstID: $0.highFirstID, now: configuration.now)
            })
        try await store.prepareGReader()
    } catch {
        throw .database(error.description)
    }
    try await ContentLoader.load(configuration, into: store)
    let router = buildRouter(configuration: configuration, store: store)
    return Application(
        router: router,
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "reader-server"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// The router: JSON errors everywhere, then the route groups.
private func buildRouter(configuration: ServerConfiguration, store: ServerStore) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: ErrorBodyMiddleware())
    let faults = FaultInjector(settings: configuration.faults)

    let api = router.group("api")
    if let token = configuration.token {
        api.add(middleware: BearerTokenMiddleware(token: token, realm: "reader-sync"))
    }
    api.add(middleware: FaultMiddleware(injector: faults))
    SyncRoutes(
        store: store, faults: faults, title: configuration.title, pageLimitMax: configuration.pageLimitMax,
        clockBound: configuration.clockBound, now: configuration.now
    ).register(on: api)

    if let directory = configuration.feedsDirectory {
        let feeds = router.group("feeds").add(middleware: FaultMiddleware(injector: faults))
        StaticFeedRoutes(directory: directory).register(on: feeds)
        SitePageRoutes(directory: directory).register(on: router)
    }

    if let greader = configuration.greader {
        let group = router.group("api/greader.php")
            .add(middleware: FaultMiddleware(injector: faults))
            .add(middleware: GReaderErrorMiddleware())
        GReaderRoutes(store: store, credentials: GReaderCredentials(settings: greader), now: configuration.now)
            .register(on: group)
    }

    if let adminToken = configuration.adminToken {
        let admin = router.group("admin").add(
            middleware: BearerTokenMiddleware(token: adminToken, realm: "reader-server-admin"))
        AdminRoutes(store: store, faults: faults).register(on: admin)
    }
    return router
}
