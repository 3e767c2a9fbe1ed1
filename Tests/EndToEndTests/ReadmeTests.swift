import Foundation
import Testing

/// The README's commands work on a fresh clone: every path they name is in the project. (Issue 13, point 7.)
@Suite("The README")
struct ReadmeTests {
    static let readme = TmuxSession.projectRoot.appendingPathComponent("README.md").path

    /// The command lines of the README's `sh` blocks.
    static func commands() throws -> [String] {
        let text = try String(contentsOfFile: readme, encoding: .utf8)
        var inBlock = false
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inBlock = line == "```sh"; continue }
            if inBlock {
                let command = line.split(separator: "#", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces)
                if !command.isEmpty { result.append(command) }
            }
        }
        return result
    }

    @Test("the two commands are there, and every file or folder the examples name exists in the project")
    func examplesNameBundledFiles() throws {
        let commands = try Self.commands()
        #expect(commands.contains("swift run byline"))
        #expect(commands.contains("swift test"))
        for command in commands {
            #expect(!command.contains("../shared"), "a fresh clone has no ../shared: \(command)")
            let words = command.split(separator: " ").map(String.init)
            for word in words where (word.contains("/") || word.hasSuffix(".txt") || word.hasSuffix(".md")
                                     || word.hasSuffix(".html")) && !word.contains("://") {
                let path = TmuxSession.projectRoot.appendingPathComponent(word).path
                #expect(FileManager.default.fileExists(atPath: path), "\(word) in `\(command)` is not in the project")
            }
        }
    }
}
