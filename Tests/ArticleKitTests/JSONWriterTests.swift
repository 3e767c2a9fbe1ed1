import Testing
@testable import ArticleKit

@Suite("JSON writer: escapes, numbers, offsets")
struct JSONWriterTests {
    func written(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(capacity: 8)  // small, so that the tests also grow the buffer
        body(&w)
        return w.string
    }

    /// What a string must become: the escapes of JSON for `"` and `\`, the short ones for tab, line feed and
    /// carriage return, `\u` and four lowercase hex digits for every other character a terminal would obey.
    func expected(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let v = scalar.value
            let escaped = v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            guard escaped else { return String(scalar) }
            let hex = String(v, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    @Test("every scalar near the escaped ones is written as JSON and a terminal need it, alone and among others")
    func escapesScalarByScalar() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x600...0x620, 0x2000...0x2080, 0xFEFF...0xFEFF,
                                             0xFFFD...0xFFFD, 0x1F600...0x1F64F]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            #expect(written { $0.string(s) } == "\"" + expected(scalar) + "\"", "U+\(String(value, radix: 16))")
            #expect(written { $0.string("ab" + s + "cd" + s) } == "\"ab" + expected(scalar) + "cd" + expected(scalar) + "\"")
        }
    }

    @Test("a byte that starts an escaped sequence but does not finish one is copied as it is")
    func nearMisses() {
        // U+00A0 (C2 A0), U+0620 (D8 A0), U+2010 (E2 80 90), U+2070 (E2 81 B0) and a string ending in E2 80.
        for s in ["\u{A0}", "\u{620}", "\u{2010}", "\u{2070}", "x\u{2000}"] {
            #expect(written { $0.string(s) } == "\"" + s + "\"")
        }
    }

    @Test("objects, arrays, keys, numbers and null, with commas only between values")
    func structure() {
        let json = written { w in
            w.beginObject()
            w.field("n", 0)
            w.field("big", Int.max)
            w.field("negative", -42)
            w.field("least", Int.min)
            w.key("list")
            w.beginArray()
            for i in [7, 10, 99, 100, 1_000_000_007] { w.number(i) }
            w.beginObject(); w.endObject()
            w.null()
            w.endArray()
            w.field("none", nil)
            w.endObject()
            w.newline()
        }
        #expect(json == #"{"n":0,"big":9223372036854775807,"negative":-42,"least":-9223372036854775808,"#
                + #""list":[7,10,99,100,1000000007,{},null],"none":null}"# + "\n")
    }

    @Test("the writer's memory is kept from line to line")
    func removeAll() {
        var w = JSONWriter(capacity: 4)
        w.beginArray(); w.string(String(repeating: "x", count: 1000)); w.endArray()
        w.removeAll()
        w.beginArray(); w.number(1); w.endArray()
        #expect(w.string == "[1]")
    }

    @Test("offsets from the cursor equal the text's own, in any order (seed printed)")
    func cursorOffsets() {
        // Text with one-, two-, three- and four-byte scalars, long enough for jumps across many blocks.
        let pieces = ["a", "é", "ñ", "“", "東", "😀", " ", "\n", "z"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        print("JSONWriterTests.cursorOffsets: seed \(state)")
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let text = SourceText((0..<5000).map { _ in pieces[random(pieces.count)] }.joined())
        let boundaries = (0...text.count).filter(text.isScalarBoundary)
        text.bytes.withUnsafeBufferPointer { bytes in
            var cursor = ScalarCursor(text, bytes: bytes)
            for step in 0..<4000 {
                // Mostly small steps both ways, sometimes a jump anywhere.
                let near = min(boundaries.count - 1, max(0, step * 2 + random(40) - 20))
                let offset = boundaries[step % 10 == 0 ? random(boundaries.count) : near]
                #expect(cursor.scalarOffset(offset) == text.scalarOffset(offset), "byte \(offset)")
            }
            #expect(cursor.scalarOffset(text.count) == text.scalarCount)
        }
    }

    @Test("an article's JSON begins with its label: file, id, numeric id, or id null")
    func labels() {
        let a = Article(analyzing: "Title\n\nText.\n")
        #expect(ExtractFormat.json(a, label: .file("a \"b\".txt")).hasPrefix(#"{"file":"a \"b\".txt","title":"Title","#))
        #expect(ExtractFormat.json(a, label: .id("x")).hasPrefix(#"{"id":"x","title""#))
        #expect(ExtractFormat.json(a, label: .numericID(-3)).hasPrefix(#"{"id":-3,"title""#))
        #expect(ExtractFormat.json(a, label: .missingID).hasPrefix(#"{"id":null,"title""#))
        #expect(ExtractFormat.json(a).hasPrefix(#"{"title""#))
    }
}
