import Foundation
import Testing

/// `byline extract` as scripts use it: many paths, standard input, the order of the output.
@Suite("extract: paths, standard input, batches", .serialized)
struct ExtractCommandTests {
    let scratch = ScratchFolder()
    static let byline = TmuxSession.byline

    func run(_ arguments: [String], input: String = "/dev/null") throws -> Subprocess.Result {
        try Subprocess.run([Self.byline] + arguments, captureErrors: true, input: input)
    }

    /// The value of `"file"` in each line of JSON Lines output.
    func files(_ output: String) -> [String] {
        output.split(separator: "\n").map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["file"] as? String ?? "?"
        }
    }

    @Test("10 000 paths as arguments are read in linear time (issue 12, item 7: 8 000 took 3.7 s before any file was read)")
    func manyArguments() throws {
        let article = scratch.write("a.txt", "Short Headline\n\nText.\n")
        let paths = [String](repeating: article, count: 10_000)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try run(["extract", "--json"] + paths)
        let elapsed = clock.now - start
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 10_000)
        // Linear: about 0.3 s here; the quadratic parser took 9 s. The bound leaves room for a busy machine.
        #expect(elapsed < .seconds(4), "10 000 paths took \(elapsed)")
    }

    @Test("options may come between paths, and -- ends the options, with few paths or many")
    func optionsAmongPaths() throws {
        let a = scratch.write("a.txt", "First Headline\n\nText.\n")
        let dashed = scratch.write("-b.txt", "Dashed Headline\n\nText.\n")
        for count in [1, 200] {
            let many = [String](repeating: a, count: count)
            let result = try run(["extract"] + many + ["--json"] + many + ["--", dashed])
            #expect(result.status == 0, "\(result.errors)")
            #expect(files(result.output) == many + many + [dashed])
        }
    }

    @Test("`extract -` reads the article from standard input (issue 12, item 10)")
    func standardInput() throws {
        let input = scratch.write("piped", "Piped Headline\n\nAna Ruiz said “it works”.\n")
        let json = try run(["extract", "--json", "-"], input: input)
        #expect(json.status == 0, "\(json.errors)")
        #expect(json.output.hasPrefix(#"{"file":"-","title":"Piped Headline","#), "\(json.output)")
        let text = try run(["extract", "-"], input: input)
        #expect(text.status == 0 && text.output.hasPrefix("Piped Headline\n"), "\(text.output)")
        let empty = try run(["extract", "-"])
        #expect(empty.status == 1)
        #expect(empty.errors == "byline: standard input: empty file, nothing to read\n", "\(empty.errors)")
    }
}
