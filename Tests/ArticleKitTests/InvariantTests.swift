import Testing
import ArticleKit

@Suite("Invariants the reader relies on")
struct InvariantTests {
    static let sample = """
        Port Deal Signed After Long Talks

        By Ada Brennan

        LISBON — Portugal and Spain signed a port agreement on Monday, the Foreign Ministry said.

        “This is a good day for both countries,” Foreign Minister Rui Costa told reporters. “We waited ten years.”

        Spanish officials were more cautious. “The details matter,” said Elena Vidal, a trade negotiator. She added \
        that talks on tariffs would continue.

        ‘Next Steps’

        Costa said the first ships would dock “within weeks.”

        Reuters
        """

    @Test func speakerEntitiesPointAtTheirEntity() {
        let a = Article(analyzing: Self.sample)
        #expect(a.quotes.count >= 4)
        for q in a.quotes {
            if let e = q.speaker?.entity {
                #expect(a.entities.indices.contains(e))
                #expect(a.entities[e].name == q.speaker?.name)
            }
            if let m = q.speakerMention { #expect(m.end <= a.text.count) }
        }
        #expect(a.quote("We waited ten years.")?.speaker?.name == "Rui Costa")
        #expect(a.quote("The details matter,")?.speaker?.name == "Elena Vidal")
        #expect(a.quote("within weeks.")?.speaker?.name == "Rui Costa")
    }

    @Test func mentionsAreInTheTextAndNeverInBoilerplate() {
        let a = Article(analyzing: Self.sample)
        let boilerplate = a.paragraphs.filter { $0.kind == .boilerplate }.map(\.range)
        for entity in a.entities {
            #expect(!entity.mentions.isEmpty)
            for m in entity.mentions {
                #expect(m.end <= a.text.count)
                #expect(!boilerplate.contains { $0.overlaps(m) })
                #expect(entity.aliases.contains(a.string(m)) || a.string(m).uppercased() == a.string(m))
            }
        }
        #expect(a.entity("Reuters") == nil)
        #expect(a.entity("Lisbon")?.type == .place)
    }

    @Test func analysisIsDeterministic() {
        #expect(ExtractFormat.json(Article(analyzing: Self.sample)) == ExtractFormat.json(Article(analyzing: Self.sample)))
    }
}
