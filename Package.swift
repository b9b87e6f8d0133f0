// swift-tools-version: 6.1
import PackageDescription

/// Settings every Reader target shares: Swift 6 mode comes from the package,
/// these keep imports and existentials explicit.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "reader-core",
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "ReaderCore", targets: ["ReaderCore"]),
        // What the reference server (Tools/ReferenceServer) shares with the library.
        .library(name: "ReaderContent", targets: ["ReaderModels", "ReaderFeeds", "ReaderProvinces", "ReaderRandom"]),
        .library(name: "ReaderCurl", targets: ["ReaderCurl"]),
        .library(name: "ReaderURLSession", targets: ["ReaderURLSession"]),
        .executable(name: "reader", targets: ["reader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `reader -v` logs through swift-log to stderr; the library itself does not log.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `swift package generate-documentation --target ReaderCore` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ReaderModels", swiftSettings: strictSettings),
        .target(name: "ReaderFeeds", dependencies: ["ReaderModels"], swiftSettings: strictSettings),
        .target(name: "ReaderProvinces", dependencies: ["ReaderModels"], swiftSettings: strictSettings),
        .target(name: "ReaderHTTP", swiftSettings: strictSettings),
        // SplitMix64: the seeded generator of the server's corpus and faults and of the tests' random cases.
        .target(name: "ReaderRandom", swiftSettings: strictSettings),
        .target(
            name: "ReaderStore",
            dependencies: [
                "ReaderModels", "ReaderFeeds", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        .target(
            name: "ReaderSync",
            dependencies: ["ReaderModels", "ReaderFeeds", "ReaderProvinces", "ReaderHTTP", "ReaderStore"],
            swiftSettings: strictSettings),
        .target(
            name: "ReaderCore",
            dependencies: ["ReaderModels", "ReaderFeeds", "ReaderProvinces", "ReaderHTTP", "ReaderStore", "ReaderSync"],
            swiftSettings: strictSettings),
        // libcurl's headers (apt: libcurl4-openssl-dev), and libcurl loaded on first use.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "ReaderCurl", dependencies: ["ReaderHTTP", "CCurl"], swiftSettings: strictSettings),
        .target(name: "ReaderURLSession", dependencies: ["ReaderHTTP"], swiftSettings: strictSettings),
        .target(
            name: "ReaderTestSupport", dependencies: ["ReaderModels", "ReaderHTTP", "ReaderRandom"],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "reader",
            dependencies: [
                "ReaderCore", "ReaderFeeds", "ReaderCurl", "ReaderURLSession",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        .testTarget(name: "ReaderModelsTests", dependencies: ["ReaderModels"], swiftSettings: strictSettings),
        .testTarget(name: "ReaderRandomTests", dependencies: ["ReaderRandom"], swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderCurlTests", dependencies: ["ReaderCurl", "ReaderURLSession", "ReaderTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderURLSessionTests", dependencies: ["ReaderURLSession", "ReaderTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderFeedsTests", dependencies: ["ReaderFeeds", "ReaderModels", "ReaderTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderProvincesTests", dependencies: ["ReaderProvinces", "ReaderTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderStoreTests",
            dependencies: ["ReaderStore", "ReaderTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderSyncTests", dependencies: ["ReaderSync", "ReaderCore", "ReaderCurl", "ReaderTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReaderCLITests",
            dependencies: [
                "reader", "ReaderTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
