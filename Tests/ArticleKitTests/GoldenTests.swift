import Foundation
import Testing
import ArticleKit

/// The whole analysis of every bundled article (`Articles/`), as `byline extract --json` prints it, checked in
/// under `Golden/`: any change of the analysis shows as a diff of these files.
///
/// The files hold the JSON pretty-printed with sorted keys, so that a diff reads field by field. After a change
/// of the analysis that is meant, rewrite them and review the diff:
///
///     BYLINE_UPDATE_GOLDEN=1 swift test --filter GoldenTests
@Suite("Golden: extract --json of every bundled article")
struct GoldenTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let articlesFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles")
    static let goldenFolder = testsFolder.appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1"

    /// The article files, by name.
    static let articles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articlesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    }()

    @Test func everyArticleHasAGoldenFile() throws {
        #expect(!Self.articles.isEmpty)
        let golden = try FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(golden == Self.articles.map { $0 + ".json" }, "Golden/ must hold one file per article, no more")
    }

    @Test(arguments: articles)
    func analysisIsUnchanged(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.articlesFolder.appendingPathComponent(name)))
        let decoded = try TextDecoder.decode(bytes)
        let article = Article(analyzing: decoded.text, warnings: decoded.warnings)
        let current = try Self.canonical(ExtractFormat.json(article))
        let file = Self.goldenFolder.appendingPathComponent(name + ".json")
        if Self.updating {
            try current.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        // (A Bool of its own, so that a failure prints the lines that differ, not both files.)
        let unchanged = current == expected
        #expect(unchanged, Comment(rawValue: Self.difference(expected, current, name: name)))
    }

    /// The JSON pretty-printed with sorted keys, ending in a line break.
    static func canonical(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let data = try JSONSerialization.data(withJSONObject: object,
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The lines that differ, between the first and the last difference (at most 40 of each side).
    static func difference(_ expected: String, _ current: String, name: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = current.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let removed = a[prefix..<(a.count - suffix)].prefix(40).map { "- " + $0 }
        let added = b[prefix..<(b.count - suffix)].prefix(40).map { "+ " + $0 }
        return "The analysis of Articles/\(name) changed (line \(prefix + 1) of Golden/\(name).json); if meant, run "
            + "BYLINE_UPDATE_GOLDEN=1 swift test --filter GoldenTests and review the diff:\n"
            + (removed + added).joined(separator: "\n")
    }
}
