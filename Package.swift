// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "NumberFormat", targets: ["NumberFormat"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "Layers", targets: ["Layers"]),
        .library(name: "Syntax", targets: ["Syntax"]),
        .library(name: "Interpreter", targets: ["Interpreter"]),
        .library(name: "Book", targets: ["Book"]),
        .library(name: "Plot", targets: ["Plot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(
            name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .target(name: "NumberFormat"),
        // HTML, XML and JSON string escaping, written once: Book, Site and Commands all write
        // markup or JSON, and this target (which needs nothing) is the lowest they all import.
        .target(name: "Escaping"),
        .target(name: "Tensors", dependencies: ["CBLAS", "NumberFormat"]),
        .target(
            name: "Layers", dependencies: ["Tensors"],
            exclude: ["Saving/WEIGHTS-FORMAT.md", "README.md"]),
        .target(name: "Syntax"),
        .target(
            name: "Interpreter",
            dependencies: [
                "Syntax",
                "NumberFormat",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            // The evaluation loop keeps its mutable state in classes and pointers it owns;
            // dynamic exclusivity checks on them cost more than the work itself.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Book", dependencies: ["CCmark", "Escaping"]),
        .target(name: "Plot", exclude: ["README.md"]),
        .target(
            name: "Site",
            dependencies: [
                "Book", "Escaping", "Syntax",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Theme")]),
        .target(
            name: "Preview",
            dependencies: ["Site", .product(name: "FlyingFox", package: "FlyingFox")]),
        .target(
            name: "Bindings", dependencies: ["Interpreter", "Layers", "Tensors"],
            exclude: ["README.md"]),
        .target(name: "Runner", dependencies: ["Book", "Interpreter", "Tensors", "Bindings"]),
        .target(name: "Publish", dependencies: ["Runner", "Site", "Book"]),
        // The four commands in one folder, Sources/Commands: the options they share and the
        // run, test and build actions (target Commands), and the serve action in Serve/ (target
        // Serving), a target of its own because the preview server (FlyingFox, which loads
        // FoundationNetworking and libcurl) lives in its own executable, lit-serve, so every
        // other lit command starts without those libraries; `lit serve` hands over to it.
        .target(
            name: "Commands",
            dependencies: [
                "Runner", "Publish", "Site", "Book", "Escaping",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Commands", exclude: ["Serve"]),
        .target(
            name: "Serving", dependencies: ["Commands", "Publish", "Preview", "Runner", "Site"],
            path: "Sources/Commands/Serve"),
        .executableTarget(
            name: "lit",
            dependencies: [
                "Runner", "Publish", "Commands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "lit-serve",
            dependencies: [
                "Serving", "Publish", "Commands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "lit-bench",
            dependencies: [
                "Tensors", "Layers", "Interpreter", "Syntax", "Book", "Site", "Runner",
                "Bindings", "Publish", "Plot",
            ]),
        // What every test target shares: golden files (and which ones are references), seeded
        // generators, temporary folders, outside tools and a raw loopback HTTP client.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "NumberFormatTests", dependencies: ["NumberFormat"]),
        .testTarget(
            name: "TensorsTests", dependencies: ["TestSupport", "Tensors"], exclude: ["Fixtures"]),
        .testTarget(
            name: "LayersTests", dependencies: ["TestSupport", "Layers", "Tensors"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SyntaxTests", dependencies: ["TestSupport", "Syntax"], exclude: ["Fixtures"]),
        .testTarget(
            name: "InterpreterTests", dependencies: ["TestSupport", "Interpreter", "Syntax"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BookTests", dependencies: ["TestSupport", "Book", "CCmark"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SiteTests", dependencies: ["TestSupport", "Escaping", "Site", "Book"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PlotTests", dependencies: ["TestSupport", "Plot"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PreviewTests",
            dependencies: ["TestSupport", "Preview", "Site", "Book"]),
        .testTarget(
            name: "BindingsTests",
            dependencies: ["TestSupport", "Bindings", "Interpreter", "Layers", "Tensors"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "RunnerTests",
            dependencies: [
                "TestSupport", "Escaping", "Commands", "Runner", "Book", "Interpreter", "Tensors",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PublishTests",
            dependencies: [
                "TestSupport", "Commands",
                "Publish", "Serving", "Runner", "Site", "Preview", "Book",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "LitTests", dependencies: ["TestSupport", "lit", "lit-serve"],
            exclude: ["Fixtures"]),
    ]
)
