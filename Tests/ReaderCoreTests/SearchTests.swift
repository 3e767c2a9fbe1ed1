import ArticleKit
import Testing
@testable import ReaderCore

@Suite("Searching the article")
struct SearchTests {
    func find(_ query: String, in s: String) -> [String] {
        let text = SourceText(s)
        return SearchMatcher(query: query).matches(in: text).map { text.string($0) }
    }

    @Test("a longer query looked for only where the shorter one was found finds exactly what a whole search finds")
    func narrowedSearchIsTheWholeSearch() {
        // Overlapping matches: "aa" in "aaab" is found at 0 only, "aab" at 1 (inside the first match).
        let text = SourceText("aaab aab Café cafe CAFÉ ca\u{AD}fé Ma\u{301}rta marta")
        func check(_ shorter: String, _ longer: String) {
            let a = SearchMatcher(query: shorter), b = SearchMatcher(query: longer)
            let whole = b.matches(in: text)
            if b.narrows(a) {
                #expect(b.matches(in: text, within: a.matches(in: text)) == whole, "\(shorter) → \(longer)")
            }
        }
        #expect(SearchMatcher(query: "aab").narrows(SearchMatcher(query: "aa")))
        #expect(!SearchMatcher(query: "caf").narrows(SearchMatcher(query: "Caf")), "looser: case ignored again")
        #expect(!SearchMatcher(query: "x").narrows(SearchMatcher(query: "\u{AD}")), "nothing to narrow")
        check("aa", "aab")
        for query in ["café", "Café", "marta", "Márta", "ca\u{AD}fe", "aaab"] {
            let scalars = Array(query.unicodeScalars)
            for n in 1..<scalars.count {
                var shorter = ""
                shorter.unicodeScalars.append(contentsOf: scalars[..<n])
                check(shorter, query)
            }
        }
        // Random texts of a small alphabet, where matches overlap often.
        var random = SeededGenerator.fromEnvironment(test: "narrowedSearchIsTheWholeSearch")
        let letters = ["a", "b", "A", "á", "\u{AD}", " "]
        for _ in 0..<200 {
            let t = SourceText((0..<60).map { _ in letters.randomElement(using: &random)! }.joined())
            let q = (0..<4).map { _ in ["a", "b", "A"].randomElement(using: &random)! }.joined()
            for n in 1..<q.count {
                let a = SearchMatcher(query: String(q.prefix(n))), b = SearchMatcher(query: q)
                if b.narrows(a) {
                    #expect(b.matches(in: t, within: a.matches(in: t)) == b.matches(in: t), "\(q.prefix(n)) → \(q) in \(t.string(t.fullRange))")
                }
            }
        }
    }

    @Test("smart case: lower-case queries ignore case, a capital makes it exact")
    func smartCase() {
        #expect(find("ruiz", in: "Ruiz, RUIZ and ruiz") == ["Ruiz", "RUIZ", "ruiz"])
        #expect(find("Ruiz", in: "Ruiz, RUIZ and ruiz") == ["Ruiz"])
        #expect(find("émile", in: "ÉMILE Émile") == ["ÉMILE", "Émile"])
    }

    @Test("diacritics are ignored when the query has none, respected when it has")
    func diacritics() {
        #expect(find("grimsson", in: "Grímsson and Grimsson") == ["Grímsson", "Grimsson"])
        #expect(find("nguyen", in: "Nguyễn Văn") == ["Nguyễn"])
        #expect(find("cafe", in: "cafe\u{301} café") == ["cafe\u{301}", "café"])
        #expect(find("café", in: "cafe café") == ["café"])
        #expect(find("lodz", in: "Łódź") == ["Łódź"])
        #expect(find("zizek", in: "“Žižek” and Zizek") == ["Žižek", "Zizek"])
        // Letters written with a stroke fold too (scripts/generate-folding-table): ø, ł, and ƶ beside ž.
        #expect(find("lodz", in: "ŁÓDŹ") == ["ŁÓDŹ"])
        #expect(find("zizek", in: "Ƶiƶek") == ["Ƶiƶek"])
        #expect(find("oresund", in: "Øresund") == ["Øresund"])
    }

    @Test("characters the screen hides (soft hyphen, zero-width space and joiner, word joiner, BOM) do not stop a match",
          arguments: ["\u{AD}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}"])
    func hiddenCharacters(_ hidden: String) {
        // Issue 13, point 4: the screen shows "Vladimir", so /Vladimir must find it.
        let word = "Vla\(hidden)di\(hidden)mir"
        #expect(find("Vladimir", in: "Russian President \(word) Putin") == [word])
        #expect(find("vladimir", in: "\(word) and vladimir") == [word, "vladimir"])
        #expect(find("dimir", in: "Vla\(hidden)dimir") == ["dimir"])
        // Long enough for the eight-byte scan, with the hidden character before and after the anchor letter.
        let long = String(repeating: "the quick brown fox ", count: 8) + "Tsar\(hidden)naev" + String(repeating: " and so on", count: 8)
        #expect(find("Tsarnaev", in: long) == ["Tsar\(hidden)naev"])
        let text = SourceText(long)
        let matcher = SearchMatcher(query: "tsarnaev")
        #expect(matcher.matches(in: text) == matcher.scannedMatches(text, text.fullRange))
    }

    @Test("a hidden character is never the whole match, nor at its ends")
    func hiddenAtTheEnds() {
        let text = SourceText("a\u{AD}b \u{AD}ab\u{AD}")
        let matches = SearchMatcher(query: "ab").matches(in: text)
        #expect(matches.map { text.string($0) } == ["a\u{AD}b", "ab"])
    }

    @Test("matches never overlap and may touch the ends of the text")
    func edges() {
        #expect(find("aa", in: "aaaaa") == ["aa", "aa"])
        #expect(find("ab", in: "ab") == ["ab"])
        #expect(find("x", in: "x y x") == ["x", "x"])
        #expect(find("東京", in: "東京と東京") == ["東京", "東京"])
        #expect(find("", in: "anything").isEmpty)
    }

    @Test("the fast eight-byte scan finds exactly what the plain scan finds (random texts; the seed is printed)")
    func fastPathAgrees() {
        var generator = SeededGenerator.fromEnvironment(test: "fastPathAgrees")
        // Letters beyond ASCII that fold to an anchor letter (ṽ, ž, Ž, ẑ, ƶ, ķ, the Kelvin sign) and others that
        // do not (é, ñ, ”, 漢): the scan skips eight bytes at a time only past neither.
        // Characters the screen hides (a soft hyphen, a zero-width space) must not change that either.
        let alphabet = Array("aAbBvVtTsSzZkK éÉ\u{301}ṽñžŽẑƶķ\u{212A}.”\n漢\u{AD}\u{200B}") + ["ab", "va", "tsa", "za"].flatMap { Array($0) }
        for _ in 0..<300 {
            let length = Int.random(in: 0...200, using: &generator)
            let text = SourceText(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            for query in ["va", "tsav", "Va", "ab", "bva", "vvv", "sé", "a.v", "za", "Za", "zz", "ka", "Ka", "akz"] {
                let matcher = SearchMatcher(query: query)
                #expect(matcher.matches(in: text) == matcher.scannedMatches(text, text.fullRange),
                        "query \(query) in \(text.string.debugDescription) (BYLINE_TEST_SEED=\(generator.seed))")
            }
        }
    }
}

@Suite("Search as you type")
struct IncrementalSearchTests {
    @Test("matches show while typing, with a count; Esc goes back to where the search started")
    func preview() {
        var r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        let start = r.article!.top
        r.press("/")
        r.type("number 5")
        #expect(r.article!.search?.matches.count == 11)   // 5, 50...59
        #expect(r.screen.lines.last!.contains("11 matches"))
        #expect(r.article!.top != start)
        r.type("9")
        #expect(r.article!.search?.matches.count == 1)
        #expect(r.screen.lines.last!.contains("1 match "))
        r.press("Esc")
        #expect(r.article!.top == start)
        #expect(r.article!.search == nil)
    }

    @Test("Enter keeps the search; a later empty search repeats it")
    func keep() {
        var r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        r.press("/")
        r.type("Part")
        r.press("Enter")
        #expect(r.screen.lines.last!.contains("/Part 1/6"))
        r.press("/", "Enter")
        #expect(r.screen.lines.last!.contains("/Part 2/6"))
        r.press("/")
        r.type("zzz")
        #expect(r.screen.lines.last!.contains("no match"))
        r.press("Enter")
        #expect(r.message?.isError == true)
    }
}
