import Testing
@testable import byline

/// The quick ways `byline` reads a command line at launch (docs/performance.md: start-up) give exactly the command
/// swift-argument-parser gives for the whole command line, or leave the command line to it.
struct CommandLineTests {
    /// Every option of `extract`, as text, to compare two commands.
    static func values(_ e: Extract) -> [String] {
        [e.json, e.jobs, e.filesFrom, e.nullSeparated, e.recursive, e.stdinJSONL, e.benchmark, e.save, e.files]
            .map { "\($0)" }
    }

    /// Every option of `read`, as text.
    static func values(_ r: Read) -> [String] {
        [r.paths, r.noMouse, r.noColor, r.theme, r.printConfig, r.save].map { "\($0)" }
    }

    @Test("extract [--json] FILE ...: read without the parser, as the parser reads it")
    func plainExtractIsWhatTheParserMakes() throws {
        let lines: [[String]] = [
            ["a.txt"], ["--json", "a.txt"], ["a.txt", "--json", "b.md"], ["-"], ["--json", "-", "c.html"],
            ["help"], ["extract"], ["read"], ["https://example.org/a"], ["caf\u{E9} \n.txt", "--json"],
        ]
        for line in lines {
            let plain = try #require(Extract(plain: line[...]), "\(line)")
            let parsed = try #require(try Byline.parseAsRoot(["extract"] + line) as? Extract, "\(line)")
            #expect(Self.values(plain) == Self.values(parsed), "\(line)")
        }
    }

    @Test("any other extract command line is left to the parser")
    func otherExtractCommandLinesGoToTheParser() {
        let lines: [[String]] = [
            [], ["--json"], ["--json", "--json", "a"], ["-r", "a"], ["--jobs", "2", "a"], ["-j2", "a"], ["--help"],
            ["-h", "a"], ["a", "--bogus"], ["--", "a"], ["--json=true", "a"], ["--version"], ["--stdin-jsonl"],
            ["--generate-completion-script", "bash"], ["-0", "a"],
        ]
        for line in lines { #expect(Extract(plain: line[...]) == nil, "\(line)") }
    }

    @Test("a subcommand parsed as the root of its own tree is the same command, and mistakes go to the whole tree")
    func subcommandsParsedDirectlyAreTheSame() throws {
        for line in [["extract", "--jobs", "2", "-r", "a", "b"], ["extract", "--files-from", "-", "-0", "--json"],
                     ["extract", "--stdin-jsonl", "--json"], ["extract", "--save", "d", "https://x.org/"]] {
            let direct = try #require(Byline.parseDirectly(line) as? Extract, "\(line)")
            let parsed = try #require(try Byline.parseAsRoot(line) as? Extract, "\(line)")
            #expect(Self.values(direct) == Self.values(parsed), "\(line)")
        }
        for line in [[], ["a.txt"], ["--no-mouse", "--theme", "mono", "a", "b"], ["read", "--no-color", "x"],
                     ["--print-config"], ["-"]] {
            let direct = try #require(Byline.parseDirectly(line) as? Read, "\(line)")
            let parsed = try #require(try Byline.parseAsRoot(line) as? Read, "\(line)")
            #expect(Self.values(direct) == Self.values(parsed), "\(line)")
        }
        for line in [["--version"], ["--help"], ["help"], ["extract"], ["extract", "--help"], ["--theme", "nope"],
                     ["extract", "--generate-completion-script", "bash"], ["--bogus"], ["read", "-h"]] {
            #expect(Byline.parseDirectly(line) == nil, "\(line)")
        }
    }
}
