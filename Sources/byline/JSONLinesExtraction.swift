import ArticleKit
import BylineFiles
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// `byline extract --json --stdin-jsonl`: articles arrive as JSON lines on standard input and leave as JSON lines
/// on standard output, one for one and in the same order, so that any line-oriented runner can use byline as
/// its map step unchanged (Spark's `RDD.pipe`, Hadoop Streaming, `parallel --pipe`).
///
/// A line is `{"id": "a-17", "text": "Headline\n\nBody…"}`; the answer is the extract object with `"id"` first
/// in place of `"file"`. A line that cannot be used (not JSON, no text, an id that is neither a string nor an
/// integer) is answered with `{"id": …, "error": "line 3: …"}` and the run goes on: a runner whose task fails
/// on a non-zero exit status would otherwise lose every other line of the batch. Blank lines are skipped.
enum JSONLinesExtraction {
    /// Reads standard input to its end; false if it could not be read or the output could not be written.
    static func run(jobs: Int) -> Bool {
        var reader = LineReader(fd: 0, skipBlank: true, limit: maximumLine)
        var output = StandardOutput()
        InOrder.run(jobs: jobs, next: { reader.next() }, work: { _, line, _ in answer(line) }, emit: { bytes in
            output.write(bytes)
            return !output.failed
        })
        if output.failed {
            output.reportFailure()
            return false
        }
        if let failure = reader.failure {
            StandardError.print("byline: standard input: \(failure)")
            return false
        }
        return true
    }

    /// The longest line read: an article at the size limit, with room for the escapes of JSON.
    static let maximumLine = 2 * ArticleFile.maximumSize

    /// The output line (with its line break) for one input line.
    static func answer(_ line: LineReader.Line) -> [UInt8] {
        var writer = JSONWriter(capacity: line.bytes.count * 3 / 2 + 4096)
        let request: ArticleRequest
        switch ArticleRequest.parse(line) {
        case .success(let parsed): request = parsed
        case .failure(let problem):
            writeError(problem.message, id: problem.id, line: line.number, into: &writer)
            return writer.bytes
        }
        switch request.article() {
        case .success(let article):
            ExtractFormat.writeJSON(article, label: request.id?.label ?? .missingID, into: &writer)
            writer.newline()
        case .failure(let problem):
            writeError(problem.message, id: request.id, line: line.number, into: &writer)
        }
        return writer.bytes
    }

    private static func writeError(_ message: String, id: ArticleRequest.ID?, line: Int, into writer: inout JSONWriter) {
        writer.beginObject()
        switch id {
        case .string(let id)?: writer.field("id", id)
        case .number(let id)?: writer.field("id", id)
        case nil: writer.key("id"); writer.null()
        }
        writer.field("error", "line \(line): \(message)")
        writer.endObject()
        writer.newline()
    }
}

/// What one line of `--stdin-jsonl` input asks for: an identifier to echo, and the article.
///
/// `Content` is the seam for kinds of input: each case says how its article becomes an `Article`. Plain text is
/// decoded and analysed here; HTML (`{"id", "html"}`) goes through the web page layer (`WebArticle`), and its
/// answer carries the extracted `"text"` and the page's `"source"`, as for a page file.
struct ArticleRequest {
    /// The identifier of the line, echoed as given.
    enum ID: Sendable, Equatable {
        case string(String)
        case number(Int)

        var label: ExtractFormat.Label {
            switch self {
            case .string(let id): return .id(id)
            case .number(let id): return .numericID(id)
            }
        }
    }

    /// The article, in the form the line gave it.
    enum Content {
        case text(String)
        case html(String)
    }

    /// Why a line was not analysed, with its id when that much could be read.
    struct Problem: Error {
        var message: String
        var id: ID?
    }

    var id: ID?
    var content: Content

    /// Reads one line: a JSON object with `"id"` (a string or an integer, may be absent) and `"text"` or
    /// `"html"` (a string); other fields are ignored.
    static func parse(_ line: LineReader.Line) -> Result<ArticleRequest, Problem> {
        if line.tooLong {
            return .failure(Problem(message: "line longer than \(JSONLinesExtraction.maximumLine / 1_000_000) MB, skipped"))
        }
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: Data(line.bytes))
        } catch let error as DecodingError {
            return .failure(Problem(message: Self.describe(error)))
        } catch {
            return .failure(Problem(message: "not a JSON object"))
        }
        let id = fields.id?.value
        switch (fields.text, fields.html) {
        case (let text?, nil): return .success(ArticleRequest(id: id, content: .text(text)))
        case (nil, let html?): return .success(ArticleRequest(id: id, content: .html(html)))
        case (nil, nil): return .failure(Problem(message: "no \"text\" (or \"html\") field", id: id))
        case (_?, _?): return .failure(Problem(message: "both \"text\" and \"html\": give one", id: id))
        }
    }

    /// The analysed article, or why there is none.
    func article() -> Result<Article, Problem> {
        switch content {
        case .text(let text):
            do {
                let loaded = try ArticleFile.decode(Array(text.utf8), name: "text")
                return .success(Article(analyzing: loaded.text, warnings: loaded.warnings))
            } catch .empty {
                return .failure(Problem(message: "empty text, nothing to analyse", id: id))
            } catch .notText {
                return .failure(Problem(message: "the text holds NUL characters (binary data?)", id: id))
            } catch {
                return .failure(Problem(message: "\(error)", id: id))
            }
        case .html(let html):
            do {
                return .success(try WebArticle.load(Array(html.utf8), name: "html").analyzed())
            } catch {
                return .failure(Problem(message: error.reason, id: id))
            }
        }
    }

    /// The fields of a line as JSON gives them.
    private struct Fields: Decodable {
        var id: WireID?
        var text: String?
        var html: String?
    }

    private struct WireID: Decodable {
        var value: ID
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                value = .number(number)
            } else {
                value = .string(try container.decode(String.self))
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            switch context.codingPath.first?.stringValue {
            case "id"?: return "\"id\" must be a string or an integer"
            case let key?: return "\"\(key)\" must be a string"
            case nil: return "not a JSON object"
            }
        case .dataCorrupted:
            return "not a JSON object (invalid JSON)"
        @unknown default:
            return "not a JSON object"
        }
    }
}
