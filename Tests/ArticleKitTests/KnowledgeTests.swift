import Testing
import ArticleKit

/// The generated knowledge (given names with gender, GeoNames places, organisation words) used as evidence
/// weighed against the article, never as an override.
@Suite("Knowledge: given names, places and organisation words as evidence")
struct KnowledgeTests {
    @Test func aPersonsSurnameOutweighsAPrefectureOfThatName() {
        // "Nagano" is a Japanese prefecture and city in the gazetteer; here it is a person's surname.
        let a = Article(analyzing: """
            Temple Repairs

            The carpenter Kenji Nagano inspected the roof on Monday. Nagano said the beams would last a century.
            """)
        #expect(a.entity("Kenji Nagano")?.type == .person)
        #expect(a.entity("Kenji Nagano")?.mentions.count == 2)
        #expect(a.entities.filter { $0.type == .place }.isEmpty)
    }

    @Test func aTownTheGazetteerKnowsIsAPlaceWhenNothingElseSpeaks() {
        let a = Article(analyzing: """
            Storm Damage

            The storm reached Hoboken overnight. Crews from Vantor Grid restored power by noon.
            """)
        #expect(a.entity("Hoboken")?.type == .place)
    }

    @Test func aRegionOfTheGeneratedGazetteerIsAPlace() {
        let a = Article(analyzing: """
            Aid Convoy

            Elders from Helmand met the convoy's drivers, who had waited two days.
            """)
        #expect(a.entity("Helmand")?.type == .place)
    }

    @Test func givenNamesTellTheGenderThatResolvesAPronoun() {
        // Neither name is in the curated seeds: their genders come from the census data. "she" skips the
        // nearer Brayden Orr.
        let a = Article(analyzing: """
            Harbour Crew

            Brianna Colfax thanked the crew. Then Brayden Orr spoke to the press. “It went well,” she said.
            """)
        #expect(a.quote("It went well,")?.speaker?.name == "Brianna Colfax")
    }

    @Test func organisationHeadWordsMakeAnOrganisation() {
        let a = Article(analyzing: """
            Trial Results

            Shares of Velta Biosciences rose after the Harbour Weekly reported the results.
            """)
        #expect(a.entity("Velta Biosciences")?.type == .organization)
        #expect(a.entity("Harbour Weekly")?.type == .organization)
    }
}
