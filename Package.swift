// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Casebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .target(name: "HTMLEscaping"),
        .target(name: "Markdown", dependencies: ["CCMarkGFM", "HTMLEscaping"]),
        .target(name: "CasebookCore", dependencies: ["Markdown", "Yams"]),
        .target(name: "GitHistory", dependencies: ["CasebookCore"]),
        .target(name: "TemplateEngine", dependencies: ["HTMLEscaping"]),
        .target(
            name: "SiteBuilder",
            dependencies: ["CasebookCore", "Markdown", "TemplateEngine", "HTMLEscaping", "CStemmer"]
        ),
        .target(name: "BuildPipeline", dependencies: ["CasebookCore", "GitHistory", "SiteBuilder"]),
        .target(
            name: "DevServer",
            dependencies: ["CasebookCore", "BuildPipeline", "SiteBuilder", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .target(
            name: "CasebookCLI",
            dependencies: [
                "CasebookCore", "BuildPipeline", "SiteBuilder", "DevServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "casebook", dependencies: ["CasebookCLI"]),
        .executableTarget(name: "gfm-compare", dependencies: ["Markdown", "CCMarkGFM"], path: "Sources/GFMCompare"),
        .target(name: "CasebookTestSupport", dependencies: ["CasebookCore"], path: "Tests/TestSupport"),
        .target(name: "LeakProperties", dependencies: ["Markdown", "CasebookCore", "HTMLEscaping"], path: "Tests/LeakProperties"),
        .executableTarget(name: "casebook-fuzz", dependencies: ["LeakProperties"], path: "Tests/Fuzz/Harness"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "HTMLEscaping"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"]),
        .testTarget(name: "LeakPropertyTests", dependencies: ["LeakProperties"]),
        .testTarget(name: "CasebookCoreTests", dependencies: ["CasebookCore", "Markdown", "CasebookTestSupport"]),
        .testTarget(name: "GitHistoryTests", dependencies: ["GitHistory", "CasebookCore", "CasebookTestSupport"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "CasebookCore", "Markdown", "CasebookTestSupport"]),
        .testTarget(name: "BuildPipelineTests", dependencies: ["BuildPipeline", "SiteBuilder", "CasebookCore", "CasebookTestSupport"]),
        .testTarget(
            name: "CasebookCLITests",
            dependencies: ["CasebookCLI", "BuildPipeline", "SiteBuilder", "CasebookCore", "CasebookTestSupport"]
        ),
        .testTarget(
            name: "DevServerTests",
            dependencies: ["DevServer", "BuildPipeline", "SiteBuilder", "CasebookCore", "CasebookTestSupport"]
        ),
    ]
)
