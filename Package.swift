// swift-tools-version:6.0
// Byline: a terminal reader for news articles.
//
// The layers, each a target, depend only downwards:
//   ArticleKit   pure analysis of an article's text (no I/O, no terminal)
//   ReaderCore   reader state, actions, keymap, layout and views drawn into a cell grid (no ncurses)
//   CNCursesW    the system ncursesw library, with a small C shim for what Swift cannot import
//   CLibXML2     the system libxml2 library (its HTML parser), found through pkg-config
//   CHTMLParser  the C shim over libxml2's SAX parser, behind a header that names no libxml2 type
//   WebPage      HTML bytes -> the article's text, the structure its markup states, and its metadata
//   WebFetch     fetching a page over HTTP(S), within limits, by starting byline-fetch
//   TerminalUI   the thin ncurses backend: keys in, grid out, terminal always restored
//   BylineFiles  files, folders, config and saved reading positions
//   byline       the executable: argument parsing and wiring
//   byline-fetch the program that fetches one page with Foundation's URLSession, started by byline for an address
//   byline-bench the performance figures (swift run -c release byline-bench)
//   Invariants   what must hold for every article and every reader frame (fuzz targets and regression tests)
//   FuzzAnalysis, FuzzReader, FuzzWebPage   libFuzzer targets (scripts/fuzz); stubs in an ordinary build
import PackageDescription

/// A file sees the members of only the modules it imports itself. Without it, TOMLKit's `import Foundation` made
/// Foundation's `String.contains` answer a `contains("\n")` in BylineFiles, which linked all of Foundation and ICU
/// (60 MB) into `byline` and slowed every start (docs/performance.md).
let ownImportsOnly: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// What a static link of byline needs beyond what Swift and SwiftPM name: the libraries the static libxml2 and
/// ncursesw need in turn (`pkg-config --static --libs libxml-2.0 ncursesw` on Debian: SwiftPM asks pkg-config only
/// for a shared library's flags; libm, which libxml2 needs, must come after it), the C++ library ICU needs, and two of FoundationEssentials' own libraries that
/// Swift 6.3 leaves out of a static link (FoundationEssentials comes with TOMLKit and swift-argument-parser).
let staticLibraries = ["-licuuc", "-licudata", "-lz", "-llzma", "-lm", "-ltinfo", "-lstdc++",
                       "-l_FoundationCollections", "-l_FoundationCShims"]

let package = Package(
    name: "Byline",
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-fetch", targets: ["byline-fetch"]),
        .executable(name: "byline-bench", targets: ["byline-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "ArticleKit", exclude: ["Lexicon/Lists"]),
        .target(name: "ReaderCore", dependencies: ["ArticleKit"]),
        // No pkgConfig: ncursesw's pkg-config flags (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are ones SwiftPM
        // refuses with a warning on every build; the module map links ncursesw and the shim sets what it needs.
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        .target(name: "TerminalUI", dependencies: ["CNCursesW", "ReaderCore"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Swift imports only CHTMLParser's own header: libxml2's headers bring ICU's, which clash with
        // Foundation's copy in any module that sees both (see Sources/CHTMLParser/include/CHTMLParser.h).
        .target(name: "CHTMLParser", dependencies: ["CLibXML2"]),
        .target(name: "WebPage", dependencies: ["CHTMLParser"]),
        .target(name: "WebFetch", swiftSettings: ownImportsOnly),
        // Foundation's networking (URLSession) lives in this program alone; `byline` starts it for a web address.
        // Linked against the toolchain's shared Foundation: a static FoundationNetworking needs libcurl's
        // development files to link, and this program's start-up is nothing beside a download.
        .executableTarget(name: "byline-fetch", dependencies: ["WebFetch"]),
        .target(
            name: "BylineFiles",
            dependencies: ["ArticleKit", "ReaderCore", "WebPage", "WebFetch", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: ownImportsOnly
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "ArticleKit", "ReaderCore", "TerminalUI", "BylineFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "byline-fetch",  // not linked: built beside byline, which starts it
            ],
            swiftSettings: ownImportsOnly,
            // A release byline is one static executable: no dynamic loader, no shared library to find, map and
            // relocate at every launch (libstdc++, ncurses, libxml2 and ICU took more than `byline extract` of a
            // short article needs in all). What that costs and why it was chosen: docs/performance.md.
            linkerSettings: [.unsafeFlags(["-static-executable"] + staticLibraries, .when(configuration: .release))]
        ),
        .executableTarget(name: "byline-bench", dependencies: ["ArticleKit", "ReaderCore", "BylineFiles"]),
        .target(name: "Invariants", dependencies: ["ArticleKit", "ReaderCore"]),
        .executableTarget(name: "FuzzAnalysis", dependencies: ["ArticleKit", "Invariants"]),
        .executableTarget(name: "FuzzReader", dependencies: ["Invariants"]),
        .executableTarget(name: "FuzzWebPage", dependencies: ["ArticleKit", "BylineFiles", "Invariants"]),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit", "Invariants"], exclude: ["Golden"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ArticleKit", "Invariants"],
                    exclude: ["Golden"]),
        .testTarget(name: "BylineFilesTests", dependencies: ["BylineFiles", "ReaderCore", "Invariants"]),
        .testTarget(name: "WebPageTests", dependencies: ["WebPage"]),
        .testTarget(name: "WebFetchTests", dependencies: ["WebFetch", "byline-fetch"]),
        .testTarget(name: "EndToEndTests", dependencies: ["byline"]),
    ]
)
