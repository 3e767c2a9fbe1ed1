import Foundation
import Testing

/// scripts/spark-extract: byline as the map step of a Spark job in local mode (docs/scale.md).
@Suite("Spark: extract --stdin-jsonl as the map step of a job", .serialized)
struct SparkExtractTests {
    static let byline = TmuxSession.byline
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/spark-extract").path

    /// Whether `python3` has pyspark and a Java runtime is installed (.ci/run installs both).
    static let sparkAvailable: Bool = {
        let pyspark = try? Subprocess.run(["python3", "-c", "import pyspark"], captureOutput: false)
        let java = try? Subprocess.run(["java", "-version"], captureOutput: false)
        return pyspark?.status == 0 && java?.status == 0
    }()

    @Test("the job's JSON Lines are what extract --json -r prints for the same folder, \"id\" in place of \"file\"",
          .enabled(if: sparkAvailable, "pyspark or Java is not installed (pip install pyspark; apt-get install openjdk-17-jre-headless)"))
    func sameAsExtract() throws {
        let scratch = ScratchFolder()
        let folder = scratch.path + "/articles"
        try FileManager.default.createDirectory(atPath: folder + "/later", withIntermediateDirectories: true)
        let bodies = [
            "Harbour Talks Resume\n\nAna Ruiz said the talks were “useful but slow”.\n\nNight Shift\n\n“We have waited long enough,” Berg said.\n",
            "Bakery Queue Grows\n\nBy Tom Hale\n\nThe queue reached the corner, said Mira Olsen, who owns the shop.\n",
            "Rail Merger Approved\n\nRegulators approved the merger on Tuesday. “It is a good day,” said Jon Dale.\n",
            "Ünïcödé Héadline — 東京\n\nKeiko Sato said “大丈夫” twice, and a \u{202E}bidi control.\n",
            "Library Hours\n\nThe library will stay open until midnight, the council said.\n",
        ]
        for (i, body) in bodies.enumerated() {
            scratch.write((i < 3 ? "articles/" : "articles/later/") + "story-\(i).txt", body)
        }
        scratch.write("articles/.hidden.txt", "Hidden\n\nNot read.\n")
        let output = scratch.path + "/output"
        let job = try Subprocess.run(["python3", Self.script, "--byline", Self.byline, "--master", "local[2]", folder, output],
                                     captureErrors: true)
        #expect(job.status == 0, "\(job.errors.suffix(2000))")
        #expect(job.output.contains("spark-extract: 5 articles"), "\(job.output)")
        let parts = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasPrefix("part-") }.sorted()
        let lines = try parts.flatMap { try String(contentsOfFile: output + "/" + $0, encoding: .utf8).split(separator: "\n") }
        let expected = try Subprocess.run([Self.byline, "extract", "--json", "-r", folder]).output.split(separator: "\n")
        #expect(lines.count == expected.count && expected.count == 5)
        for (line, file) in zip(lines, expected) {
            // {"id":"PATH",... against {"file":"PATH",...: the same path, then the same bytes.
            #expect(line.dropFirst(#"{"id""#.count) == file.dropFirst(#"{"file""#.count), "\(line.prefix(120))")
        }
    }
}
