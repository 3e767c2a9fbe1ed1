import Foundation
import Testing

/// What byline prints when standard output is not a terminal, and what `--print-config` prints.
@Suite("Printed output", .serialized)
struct PrintedOutputTests {
    let scratch = ScratchFolder()
    static let byline = TmuxSession.byline
    static func article(_ name: String) -> String { TmuxSession.projectRoot.appendingPathComponent("Articles/\(name)").path }

    @Test("several files piped: each under a ==> name <== line, as head and tail print them (issue 13, point 9)")
    func separators() throws {
        let a = Self.article("harbour-strike-talks.txt"), b = Self.article("rail-freight-merger.txt")
        let result = try Subprocess.run([Self.byline, a, b], captureErrors: true)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "==> \(a) <==", "\(lines.prefix(3))")
        let second = lines.firstIndex(of: "==> \(b) <==")
        #expect(second != nil)
        if let second {
            #expect(lines[second - 1].isEmpty, "no blank line before the second header")
            #expect(lines[second + 1].hasPrefix("Germany's Rheinfracht"))
        }
        #expect(lines[1].hasPrefix("Lisbon Dockworkers Extend Strike"))
    }

    @Test("one file piped: the article alone, no header")
    func single() throws {
        let result = try Subprocess.run([Self.byline, Self.article("harbour-strike-talks.txt")])
        #expect(result.output.hasPrefix("Lisbon Dockworkers Extend Strike"))
        #expect(!result.output.contains("==>"))
    }

    func printConfig(_ arguments: [String] = [], config: String? = nil) throws -> Subprocess.Result {
        let home = scratch.path + "/config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/byline", withIntermediateDirectories: true)
        if let config { scratch.write(String(home.dropFirst(scratch.path.count + 1)) + "/byline/config.toml", config) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = home
        environment.removeValue(forKey: "NO_COLOR")
        return try Subprocess.run([Self.byline, "--print-config"] + arguments, captureErrors: true, environment: environment)
    }

    @Test("--print-config prints the effective settings: the config file's, with every command and its keys (issue 13, point 6)")
    func printConfigShowsEverything() throws {
        let result = try printConfig(config: "theme = \"8\"\n[keys]\nnext-quote = [\"J\", \"}\"]\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("theme = \"8\""), "\(result.output)")
        #expect(result.output.contains("mouse = true"))
        #expect(result.output.contains("[keys]"))
        #expect(result.output.contains("next-quote = [\"J\", \"}\"]"), "\(result.output)")
        for name in ["move-down", "next-section", "speaker-picker", "search-next", "focus-next", "help", "quit", "accept"] {
            #expect(result.output.contains("\n\(name) = "), "\(name) missing")
        }
    }

    @Test("--print-config applies the command line: --no-mouse and --theme")
    func printConfigWithFlags() throws {
        let result = try printConfig(["--no-mouse", "--theme", "mono"])
        #expect(result.output.contains("mouse = false"))
        #expect(result.output.contains("theme = \"mono\""))
    }

    @Test("what --print-config prints, used as the config file, prints the same again")
    func printConfigRoundTrips() throws {
        let first = try printConfig(config: "mouse = false\n[keys]\nquit = [\"x\", \"Q\"]\nsearch = \"C-s\"\n")
        #expect(first.errors.isEmpty, "\(first.errors)")
        let second = try printConfig(config: first.output)
        #expect(second.errors.isEmpty, "\(second.errors)")
        // The same, but for the first line, which names the file each was read from.
        #expect(second.output.split(separator: "\n").dropFirst() == first.output.split(separator: "\n").dropFirst())
        #expect(first.output.contains("quit = [\"x\", \"Q\"]"))
        #expect(first.output.contains("quit-now = []"), "Q moved to quit: \(first.output)")
    }

    @Test("--print-config names a broken line of the config file on standard error, and still prints")
    func printConfigReportsProblems() throws {
        let result = try printConfig(config: "theme = \"purple\"\n")
        #expect(result.status == 0)
        #expect(result.errors.contains("config.toml:1: unknown theme"), "\(result.errors)")
        #expect(result.output.contains("[keys]"))
    }
}
