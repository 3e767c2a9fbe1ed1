import Foundation
import Testing

/// Every input byline cannot open gets one clear line on standard error and the exit status `--help` lists,
/// from the reader (here with standard output piped, so it prints instead of starting curses; the terminal tests
/// cover the reader in a terminal) and from `extract`.
@Suite("Bad input: one clear line, the documented status", .serialized)
struct BadInputMessageTests {
    let scratch = ScratchFolder()
    static let byline = TmuxSession.byline

    func run(_ arguments: [String], input: String = "/dev/null") throws -> Subprocess.Result {
        try Subprocess.run([Self.byline] + arguments, captureErrors: true, input: input)
    }

    /// Runs both commands on `path` and checks the one-line message and status 1.
    func expectRefused(_ path: String, _ says: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for arguments in [[path], ["extract", path], ["extract", "--json", path]] {
            let result = try run(arguments)
            #expect(result.status == 1, "\(arguments): status \(result.status)", sourceLocation: sourceLocation)
            #expect(result.errors == "byline: \(path): \(says)\n", "\(arguments): \(result.errors)", sourceLocation: sourceLocation)
            #expect(result.output.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test("missing, empty, blank, invisible-only, binary, device and endless inputs are refused, each with its reason")
    func refused() throws {
        try expectRefused(scratch.path + "/missing.txt", "no such file or folder")
        try expectRefused(scratch.write("empty.txt", []), "empty file, nothing to read")
        try expectRefused(scratch.write("blank.txt", " \n\t\r\n  \n"), "empty file, nothing to read")
        try expectRefused(scratch.write("bom.txt", [0xEF, 0xBB, 0xBF, 0x0A]), "empty file, nothing to read")
        try expectRefused(scratch.write("binary.txt", Array("Title\n\nText".utf8) + [0, 1, 2, 0] + Array("more\n".utf8)),
                          "not a text file")
        try expectRefused("/dev/zero", "not a regular file (a device)")
        // Standard input may be anything; an endless one is cut at the size limit.
        let endless = try run(["-"], input: "/dev/zero")
        #expect(endless.status == 1)
        #expect(endless.errors == "byline: standard input: too large to read (over 100 MB)\n", "\(endless.errors)")
    }

    @Test("a folder: without articles the reader says so, extract says it wants files")
    func folders() throws {
        let empty = scratch.path + "/nothing-here"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        scratch.write("nothing-here/picture.png", [0x89, 0x50])
        let reader = try run([empty])
        #expect(reader.status == 1)
        #expect(reader.errors == "byline: \(empty): no articles (.txt, .md or .html files) in this folder\n")
        let extract = try run(["extract", empty])
        #expect(extract.status == 1)
        #expect(extract.errors == "byline: \(empty): is a folder (-r reads the articles in it)\n")
    }

    @Test("permission denied (as another user when the tests run as root)",
          .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv: permissions cannot be denied"))
    func permissionDenied() throws {
        let locked = scratch.write("locked.txt", "Title\n\nText.\n")
        chmod(locked, 0)
        chmod(scratch.path, 0o755)
        // root reads everything: then run byline as nobody, which may run the binary but not read the file.
        let prefix = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
        for arguments in [[locked], ["extract", locked]] {
            let result = try Subprocess.run(prefix + [Self.byline] + arguments, captureErrors: true)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errors == "byline: \(locked): permission denied\n", "\(arguments): \(result.errors)")
        }
    }

    @Test("standard input that is empty or binary is refused by name; `-` reads it")
    func standardInput() throws {
        for (bytes, says) in [([UInt8](), "empty file, nothing to read"), ([0x41, 0, 0x42], "not a text file")] {
            let file = scratch.write("input", bytes)
            let result = try run(["-"], input: file)
            #expect(result.status == 1)
            #expect(result.errors == "byline: standard input: \(says)\n", "\(result.errors)")
        }
        let good = scratch.write("good", "Piped Headline\n\nText.\n")
        let result = try run(["-"], input: good)
        #expect(result.status == 0 && result.output.hasPrefix("Piped Headline"))
    }

    @Test("invalid UTF-8 opens with replacement characters and a one-line warning")
    func invalidUTF8() throws {
        let path = scratch.write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" Society\n\nText.\n".utf8))
        for arguments in [[path], ["extract", path]] {
            let result = try run(arguments)
            #expect(result.status == 0)
            #expect(result.errors == "byline: \(path): warning: 1 invalid UTF-8 sequence shown as \u{FFFD}\n", "\(result.errors)")
            #expect(result.output.hasPrefix("Caf\u{FFFD} Society"))
        }
    }

    @Test("one bad file among good ones: the good ones are still printed, the status is 1")
    func mixed() throws {
        let good = scratch.write("good.txt", "Good Headline\n\nText.\n")
        let result = try run(["extract", "--json", good, scratch.path + "/missing.txt", good])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 2)
        #expect(result.errors.hasSuffix("missing.txt: no such file or folder\n"))
    }

    @Test("wrong arguments: status 64 and the usage")
    func wrongArguments() throws {
        for arguments in [["--no-such-option"], ["extract"], ["--theme", "purple"]] {
            let result = try run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.errors.contains("Usage:"), "\(arguments): \(result.errors)")
        }
        let help = try run(["--help"])
        #expect(help.status == 0)
        for line in ["0  success", "1  an article could not be read", "2  the terminal cannot be used", "64  wrong arguments",
                     "128+N  ended by signal N"] {
            #expect(help.output.contains(line), "--help does not list: \(line)")
        }
    }
}
