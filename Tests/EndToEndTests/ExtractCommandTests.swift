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
        // Missing files: each is refused at once, so the time is that of the command line, not of analysis.
        let paths = (0..<10_000).map { scratch.path + "/missing-\($0).txt" }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try run(["extract", "--json"] + paths)
        let elapsed = clock.now - start
        let errors = result.errors.split(separator: "\n")
        #expect(result.status == 1)
        #expect(errors.count == 10_000 && errors.last == "byline: \(paths[9_999]): no such file or folder")
        // Linear: well under a second; the quadratic parser took 9 s (29 s in a debug build). The bound leaves
        // room for a busy machine.
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

    @Test("the parser's options that take a value are the ones the long-list splitter knows")
    func optionsWithValueMatchTheParser() throws {
        let dump = try run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        var found: [String: Set<String>] = [:]
        func walk(_ command: [String: Any]) {
            let name = command["commandName"] as? String ?? ""
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["kind"] as? String == "option" {
                for spelling in argument["names"] as? [[String: Any]] ?? [] {
                    let dashes = spelling["kind"] as? String == "short" ? "-" : "--"
                    found[name, default: []].insert(dashes + (spelling["name"] as? String ?? ""))
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub) }
        }
        walk(try #require(root["command"] as? [String: Any]))
        // Sources/byline/LongOperandList.swift, `optionsWithValue`: update both together.
        #expect(found == ["extract": ["--benchmark", "--jobs", "-j", "--files-from", "--save"], "read": ["--theme", "--save"]])
    }

    /// Articles of different lengths, so that with several jobs later ones are ready before earlier ones.
    func articles(_ count: Int, folder: String = "batch") throws -> [String] {
        try FileManager.default.createDirectory(atPath: scratch.path + "/" + folder, withIntermediateDirectories: true)
        return (0..<count).map { i in
            let body = String(repeating: "Ana Ruiz said the harbour talks were “useful but slow”. ", count: i % 7 == 0 ? 120 : 1 + i % 5)
            return scratch.write("\(folder)/article-\(1000 + i).txt", "Headline \(i)\n\n\(body)\n\nBerg said: “We wait.”\n")
        }
    }

    @Test("--jobs: several articles at once, printed whole and in the order given, the same as one job")
    func jobsKeepOrder() throws {
        let paths = try articles(40)
        let missing = scratch.path + "/missing.txt"
        let given = Array(paths[..<20]) + [missing] + Array(paths[20...])
        let one = try run(["extract", "--json", "--jobs", "1"] + given)
        #expect(one.status == 1 && one.errors == "byline: \(missing): no such file or folder\n", "\(one.errors)")
        #expect(files(one.output) == paths)
        for jobs in ["2", "4"] {
            let many = try run(["extract", "--json", "-j", jobs] + given)
            #expect(many.status == 1 && many.errors == one.errors)
            #expect(many.outputBytes == one.outputBytes, "--jobs \(jobs) printed something else than --jobs 1")
            let text = try run(["extract", "-j", jobs] + given)
            let textOne = try run(["extract", "-j", "1"] + given)
            #expect(text.outputBytes == textOne.outputBytes && text.output.contains("==> \(paths[39]) <=="))
        }
    }

    @Test("--files-from: one path per line, or NUL-separated with -0, from a file or standard input")
    func filesFrom() throws {
        let paths = try articles(5)
        let odd = scratch.write("name with spaces\nand a line break.txt", "Odd Name\n\nText.\n")
        let list = scratch.write("list.txt", paths.joined(separator: "\n") + "\n\n")
        let byLine = try run(["extract", "--json", "--files-from", list])
        #expect(byLine.status == 0 && files(byLine.output) == paths, "\(byLine.errors)")
        let piped = try run(["extract", "--json", "--files-from", "-", paths[0]], input: list)
        #expect(files(piped.output) == [paths[0]] + paths, "operands first, then the list")
        let nul = scratch.write("list0", Array((paths + [odd]).joined(separator: "\0").utf8) + [0])
        let byNul = try run(["extract", "--json", "--files-from", nul, "-0"])
        #expect(byNul.status == 0 && files(byNul.output) == paths + [odd], "\(byNul.errors)")
        let unreadable = try run(["extract", "--files-from", scratch.path + "/no-list"])
        #expect(unreadable.status == 1 && unreadable.errors.hasSuffix("no-list: no such file or folder\n"))
    }

    @Test("--files-from reads the list as it arrives: the first article is printed before the list ends")
    func listAsItArrives() throws {
        let paths = try articles(2)
        let fifo = scratch.path + "/list.fifo", out = scratch.path + "/out.jsonl"
        // The second path is written only once the first article's line is out (or after 10 s, and the test fails).
        let script = """
            mkfifo '\(fifo)'
            '\(Self.byline)' extract --json --files-from '\(fifo)' > '\(out)' &
            exec 3> '\(fifo)'
            echo '\(paths[0])' >&3
            for i in $(seq 100); do [ -s '\(out)' ] && break; sleep 0.1; done
            [ -s '\(out)' ] && echo first-line-before-the-list-ended
            echo '\(paths[1])' >&3
            exec 3>&-
            wait
            """
        let result = try Subprocess.run(["bash", "-c", script], captureErrors: true)
        #expect(result.output == "first-line-before-the-list-ended\n", "\(result.errors)")
        let lines = try String(contentsOfFile: out, encoding: .utf8)
        #expect(files(lines) == paths)
    }

    @Test("-r: the articles in folders and subfolders, in name order; without it a folder is refused with a hint")
    func recursive() throws {
        let top = try articles(3, folder: "tree")
        let deeper = try articles(2, folder: "tree/b-sub")
        let deepest = try articles(1, folder: "tree/b-sub/c")
        _ = try articles(1, folder: "tree/.hidden")
        scratch.write("tree/notes.pdf", [0x25, 0x50])
        let folder = scratch.path + "/tree"
        let result = try run(["extract", "--json", "-r", folder])
        #expect(result.status == 0, "\(result.errors)")
        // "article-…" sorts before "b-sub": the top folder's articles first.
        #expect(files(result.output) == top + deeper + deepest)
        let plain = try run(["extract", "--json", folder])
        #expect(plain.status == 1)
        #expect(plain.errors == "byline: \(folder): is a folder (-r reads the articles in it)\n", "\(plain.errors)")
    }

    @Test("wrong combinations are refused with the usage (status 64)")
    func wrongCombinations() throws {
        let a = scratch.write("a.txt", "Headline\n\nText.\n")
        for arguments in [["extract", "--stdin-jsonl", a], ["extract", "-0", a], ["extract", "--jobs", "0", a],
                          ["extract", "--files-from", "-", "-"], ["extract", "--json"]] {
            let result = try run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.status) \(result.errors)")
        }
    }

    @Test("--stdin-jsonl: one result line per input line with its id, equal to extract --json of the same text; bad lines give error objects")
    func stdinJSONLines() throws {
        let paths = try articles(8)
        var lines: [String] = []
        for (i, path) in paths.enumerated() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let id: Any = i % 2 == 0 ? "doc-\(i)" : i
            let line = try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys])
            lines.append(String(decoding: line, as: UTF8.self))
        }
        lines.insert("{not json", at: 3)
        lines.insert("", at: 5)
        lines.append(#"{"id": "no-text"}"#)
        let input = scratch.write("input.jsonl", lines.joined(separator: "\n") + "\n")
        let expected = try run(["extract", "--json"] + paths)
        for jobs in ["1", "2"] {
            let result = try run(["extract", "--json", "--stdin-jsonl", "-j", jobs], input: input)
            #expect(result.status == 0, "\(result.errors)")
            var answers = result.output.split(separator: "\n").map(String.init)
            #expect(answers.count == 10, "one line per non-blank input line")
            guard answers.count == 10 else { return }
            #expect(answers.remove(at: 3) == #"{"id":null,"error":"line 4: not a JSON object (invalid JSON)"}"#)
            #expect(answers.removeLast() == #"{"id":"no-text","error":"line 11: no \"text\" (or \"html\") field"}"#)
            for (i, (answer, file)) in zip(answers, expected.output.split(separator: "\n")).enumerated() {
                let id = i % 2 == 0 ? "\"doc-\(i)\"" : "\(i)"
                #expect(answer.hasPrefix("{\"id\":\(id),"))
                #expect(answer.drop(while: { $0 != "," }) == file.drop(while: { $0 != "," }),
                        "line \(i): not the object extract --json prints for the file")
            }
        }
    }
}
