import Foundation
import Testing
@testable import ArticleKit

/// The word lists, tested once: every curated list (`Lexicon/Lists/`) is lower case, holds no word twice, is
/// in the compiled table (so the generated files are current), and keeps the relations between lists that the
/// rules rely on.
@Suite("Lexicon: the word lists and the compiled table")
struct LexiconTests {
    static let listsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ArticleKit/Lexicon/Lists")

    /// The words of a curated list file, with their tags, in order (comment lines left out).
    static func entries(_ file: String) throws -> [(word: String, tags: [String])] {
        let text = try String(contentsOf: listsFolder.appendingPathComponent(file), encoding: .utf8)
        var entries: [(String, [String])] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            for item in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let parts = item.split(separator: ":").map(String.init)
                entries.append((parts[0], Array(parts.dropFirst())))
            }
        }
        return entries
    }

    static func words(_ name: String) throws -> Set<String> {
        let file = try #require(Lex.registered.first { $0.name == name }?.file)
        return Set(try entries(file).map(\.word))
    }

    static let curated = Lex.registered.filter { $0.file != nil }

    @Test func everyListFileIsRegisteredOnce() throws {
        let enumerator = FileManager.default.enumerator(atPath: Self.listsFolder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".txt") { files.append(path) }
        }
        let listed = Set(Self.curated.compactMap(\.file))
        // Places/places.txt and Types/acronym.txt have formats of their own (places and acronyms with values);
        // the phrase lists of Phrases/ are `PhraseList`s.
        let phraseFiles = Set(files.filter { $0.hasPrefix("Phrases/") })
        #expect(Set(files).subtracting(["Places/places.txt", "Types/acronym.txt"]).subtracting(phraseFiles) == listed)
        #expect(phraseFiles == Set(PhraseList.allCases.map(\.file)))
        #expect(Set(Lex.registered.map(\.name)).count == Lex.registered.count)
        #expect(Set(Lex.registered.map(\.flag.rawValue)).count == Lex.registered.count, "two lists share a flag")
    }

    @Test(arguments: curated.map(\.name))
    func aListIsLowerCaseWithoutDuplicatesAndCompiled(_ name: String) throws {
        let list = try #require(Lex.registered.first { $0.name == name })
        let entries = try Self.entries(try #require(list.file))
        #expect(!entries.isEmpty)
        var seen: Set<String> = []
        for (word, tags) in entries {
            #expect(word == word.lowercased(), "\(name): '\(word)' is not lower case")
            #expect(seen.insert(word).inserted, "\(name): '\(word)' twice")
            // The compiled table holds the word with its flag and its tags: scripts/generate-lexicon was run.
            #expect(Lexicon.flags(word).contains(list.flag), "\(name): '\(word)' is not in the compiled table")
            for tag in tags {
                let flag = try #require(Lex.registered.first { $0.name == tag }?.flag, "unknown tag \(tag)")
                #expect(Lexicon.flags(word).contains(flag))
            }
        }
    }

    /// A phrase list is its file's lines, lower case, without one twice (scripts/generate-lexicon was run).
    @Test(arguments: PhraseList.allCases)
    func aPhraseListIsLowerCaseWithoutDuplicatesAndCompiled(_ list: PhraseList) throws {
        let text = try String(contentsOf: Self.listsFolder.appendingPathComponent(list.file), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!lines.isEmpty)
        #expect(lines == Lexicon.phrases(list), "\(list.file) is not what was compiled")
        #expect(Set(lines).count == lines.count, "\(list.file): a phrase twice")
        for line in lines { #expect(line == line.lowercased(), "\(list.file): '\(line)' is not lower case") }
    }

    @Test(arguments: [("weakVerb", "cueVerb"), ("invertible", "cueVerb"), ("quotingVerb", "cueVerb"),
                      ("personalHonorific", "honorific"), ("objectPronoun", "pronoun"), ("cardinal", "determiner")])
    func aNarrowerListIsPartOfItsWiderOne(_ narrow: String, _ wide: String) throws {
        let missing = try Self.words(narrow).subtracting(try Self.words(wide))
        #expect(missing.isEmpty, "in \(narrow) but not in \(wide): \(missing.sorted())")
    }

    @Test(arguments: [("organizationWord", "placeWord"), ("workNoun", "organizationWord"),
                      ("organizationWord", "personalHonorific"), ("placeWord", "titleWord")])
    func listsOfContraryEvidenceDoNotOverlap(_ a: String, _ b: String) throws {
        let both = try Self.words(a).intersection(try Self.words(b))
        #expect(both.isEmpty, "both \(a) and \(b): \(both.sorted())")
    }

    @Test func aWordImpliesAtMostOneGender() throws {
        for file in ["People/honorific.txt", "Speech/pronoun.txt"] {
            for (word, tags) in try Self.entries(file) {
                #expect(!(tags.contains("masculine") && tags.contains("feminine")), "\(word)")
            }
        }
        #expect(Lexicon.gender(Lexicon.flags("mr")) == .male)
        #expect(Lexicon.gender(Lexicon.flags("ms")) == .female)
        #expect(Lexicon.gender(Lexicon.flags("dr")) == nil)
        #expect(Lexicon.pronounKind("she") == .female)
        #expect(Lexicon.pronounKind("they") == .plural)
        #expect(Lexicon.pronounKind("its") == .neuter)
        #expect(Lexicon.pronounKind("table") == nil)
    }

    @Test func placesDemonymsAndAcronymsCarryWhatTheyName() throws {
        let us = try #require(Lexicon.placeNumber("u.s."))
        #expect(Lexicon.placeName(us) == "United States")
        #expect(Lexicon.placeNumber("america") == us)
        #expect(Lexicon.placeKind(us) == .country)
        #expect(Lexicon.demonymPlace("russian") == "Russia")
        #expect(Lexicon.demonymPlace("muslim") == "")
        #expect(Lexicon.demonymPlace("russia") == nil)
        #expect(Lexicon.acronymExpansion(hash: WordHash.of("fbi")) == "Federal Bureau of Investigation")
        #expect(Lexicon.flags("kremlin").contains(.knownName))
        #expect(Lexicon.flags("new").contains(.nameStart))   // "New York"
        #expect(Lexicon.flags("zzqx").isEmpty)
    }
}
