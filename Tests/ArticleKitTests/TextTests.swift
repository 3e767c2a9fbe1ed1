import Testing
import ArticleKit

@Suite("Text: decoding and offsets")
struct TextTests {
    @Test func byteOrderMarkAndLineEndsStayInTheText() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nOne line.\r\n".utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text.count == bytes.count)
        let a = Article(analyzing: decoded.text)
        #expect(a.titleText == "Title")
        #expect(a.paragraphs.map { a.string($0.range) } == ["One line."])
    }

    @Test func invalidBytesBecomeReplacementCharactersWithAWarning() throws {
        let decoded = try TextDecoder.decode(Array("Caf".utf8) + [0xE9] + Array(" news\n".utf8))
        #expect(decoded.text.string.contains("\u{FFFD}"))
        #expect(decoded.warnings.count == 1)
    }

    @Test func jsonOffsetsCountScalars() {
        let a = Article(analyzing: "Zoë’s Day\n\n“Ça va,” said Zoë Martin.\n")
        let json = ExtractFormat.json(a)
        // “Ça va,” : the quote starts after the mark, at scalar 12 (title 9 scalars, two newlines, one mark).
        #expect(json.contains("\"start\":12,\"end\":18,\"text\":\"Ça va,\""))
    }
}

@Suite("Sentences: abbreviations, initials, decimals")
struct SentenceTests {
    func sentences(_ body: String) -> [String] {
        let a = Article(analyzing: "Title\n\n" + body + "\n")
        return a.sentences.map { a.string($0) }
    }

    @Test func wordsLongerThanSixtyFourKilobytesKeepTheirWholeRange() {
        // Tokens store their length in 16 bits; longer ones keep their end elsewhere.
        let long = String(repeating: "a", count: 70_000)
        #expect(sentences("Start \(long). Next one \(long)") == ["Start \(long).", "Next one \(long)"])
        let dots = String(repeating: ".", count: 66_000)
        #expect(sentences("Wait\(dots) Then it ended.") == ["Wait\(dots)", "Then it ended."])
    }

    @Test func abbreviationsDoNotEndSentences() {
        let s = sentences("Mr. Hale met Gen. Ortiz on Jan. 4 in Washington. They spoke for 2.5 hours.")
        #expect(s == ["Mr. Hale met Gen. Ortiz on Jan. 4 in Washington.", "They spoke for 2.5 hours."])
    }

    @Test func initialsDoNotEndSentences() {
        let s = sentences("The report was written by J. R. Pell and published on Monday. Nobody read it.")
        #expect(s.count == 2)
    }

    @Test func countryAbbreviationEndsASentenceOnlyBeforeASentenceStart() {
        let s = sentences("Trade with the U.S. rose sharply. The U.S. Senate was pleased. It said so.")
        #expect(s == ["Trade with the U.S. rose sharply.", "The U.S. Senate was pleased.", "It said so."])
        let t = sentences("The firm moved to the U.S. The move was expensive.")
        #expect(t == ["The firm moved to the U.S.", "The move was expensive."])
    }

    @Test func quotedQuestionFollowedByLowerCaseStaysOneSentence() {
        let s = sentences("“Why now?” she asked. Nobody answered.")
        #expect(s == ["“Why now?” she asked.", "Nobody answered."])
    }
}
