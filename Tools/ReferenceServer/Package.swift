// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 mode comes from the package, these
/// keep imports and existentials explicit, as in the root package.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "reader-server",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reader-server", targets: ["reader-server"]),
        .library(name: "ReferenceServerCore", targets: ["ReferenceServerCore"]),
        .library(name: "CorpusGenerator", targets: ["CorpusGenerator"]),
    ],
    dependencies: [
        .package(name: "reader-core", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CorpusGenerator",
            dependencies: [.product(name: "ReaderContent", package: "reader-core")],
            swiftSettings: strictSettings),
        .target(
            name: "ReferenceServerCore",
            dependencies: [
                "CorpusGenerator",
                .product(name: "ReaderContent", package: "reader-core"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "reader-server",
            dependencies: [
                "CorpusGenerator",
                "ReferenceServerCore",
                .product(name: "ReaderContent", package: "reader-core"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ReferenceServerTests",
            dependencies: [
                "CorpusGenerator",
                "ReferenceServerCore",
                "reader-server",
                .product(name: "ReaderContent", package: "reader-core"),
                .product(name: "ReaderCore", package: "reader-core"),
                .product(name: "ReaderCurl", package: "reader-core"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
