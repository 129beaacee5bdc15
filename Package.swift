// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "outreach",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "outreach", targets: ["outreach"]),
        .executable(name: "outreach-bench", targets: ["outreach-bench"]),
        .executable(name: "outreach-server", targets: ["outreach-server"]),
        .library(name: "XLSX", targets: ["XLSX"]),
        .library(name: "OutreachCore", targets: ["OutreachCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The server only (`outreach serve` runs the sibling `outreach-server`): the CLI never links them.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CZlibReader",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // One SQLite setting made before the first connection (variadic `sqlite3_config`, not callable from Swift).
        .systemLibrary(
            name: "CSQLiteConfig",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Files written whole or not at all; its refusals are `FileFailure`, whose words are in OutreachCore's catalogues.
        .target(name: "AtomicFile", dependencies: ["OutreachCore"], swiftSettings: strict),
        .target(
            name: "XLSX",
            dependencies: ["AtomicFile", "CXlsxWriter", "CZlibReader", "ZIPFoundation"],
            swiftSettings: strict
        ),
        .target(
            name: "OutreachCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "OutreachStore",
            dependencies: [
                "OutreachCore", "AtomicFile", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB builds on, for the import's bulk inserts (bound without GRDB's boxing).
                .product(name: "GRDBSQLite", package: "GRDB.swift"), "CSQLiteConfig",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "OutreachImport",
            dependencies: ["OutreachCore", "XLSX"],
            swiftSettings: strict
        ),
        // Use cases that span more than the store (a file read, checked, then applied; what each export is made
        // from), shared by every front end.
        .target(
            name: "OutreachOperations",
            dependencies: ["OutreachCore", "OutreachStore", "OutreachImport", "OutreachExport", "OutreachDocuments", "AtomicFile"],
            swiftSettings: strict
        ),
        .target(
            name: "OutreachExport",
            dependencies: ["OutreachCore", "XLSX", "AtomicFile"],
            swiftSettings: strict
        ),
        // Word documents (plan, invitations, decision, certificates) as WordprocessingML, laid out per Decree 30.
        .target(
            name: "OutreachDocuments",
            dependencies: ["OutreachCore", "AtomicFile", "ZIPFoundation", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "outreach",
            dependencies: [
                "OutreachCore", "OutreachStore", "OutreachExport", "OutreachImport", "OutreachOperations", "OutreachDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "OutreachServer",
            dependencies: [
                "OutreachCore", "OutreachStore", "OutreachOperations", "OutreachImport", "OutreachExport", "OutreachDocuments",
                "AtomicFile", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "outreach-server",
            dependencies: [
                "OutreachServer", "OutreachCore", "OutreachStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "outreach-bench", dependencies: ["XLSX", "OutreachImport"], path: "Benchmarks/Swift", swiftSettings: strict),
        .target(
            name: "TestSupport", dependencies: ["OutreachCore", "OutreachStore", "XLSX", "ZIPFoundation"], path: "Tests/TestSupport",
            swiftSettings: strict),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "AtomicFile"], swiftSettings: strict),
        .testTarget(name: "AtomicFileTests", dependencies: ["AtomicFile"], swiftSettings: strict),
        .testTarget(
            name: "OutreachCoreTests", dependencies: ["OutreachCore", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "OutreachStoreTests",
            dependencies: ["OutreachStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(
            name: "OutreachExportTests", dependencies: ["OutreachExport", "OutreachStore", "XLSX", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "OutreachImportTests",
            dependencies: ["OutreachImport", "OutreachExport", "OutreachStore", "OutreachOperations", "XLSX", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "OutreachDocumentsTests",
            dependencies: ["OutreachDocuments", "OutreachCore", "OutreachStore", "TestSupport", "ZIPFoundation"],
            swiftSettings: strict),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "OutreachServer", "OutreachStore", "OutreachCore", "TestSupport", "XLSX",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "outreach", "outreach-server", "XLSX", "OutreachCore", "OutreachStore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict),
    ]
)
