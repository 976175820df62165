// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for lit, one executable per target, built only by `scripts/fuzz/run`
// (`swift build --sanitize fuzzer --sanitize address`). libFuzzer supplies `main`, so every
// target is compiled as a library that exports `LLVMFuzzerTestOneInput`.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "lit-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "lit", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzSyntax", dependencies: [.product(name: "Syntax", package: "lit")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzInterpreter",
            dependencies: [.product(name: "Interpreter", package: "lit")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzChapter", dependencies: [.product(name: "Book", package: "lit")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzNumberFormat",
            dependencies: [.product(name: "NumberFormat", package: "lit")],
            swiftSettings: fuzzTarget),
    ]
)
