/// Everyday words that are capitalised only because they start a sentence or a headline word, and words that
/// are capitalised but never name a person, place or organisation.
enum CommonWords {
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// Function words and other words that often start sentences; never the first word of a name.
    static let sentenceStarters: Set<String> = words("""
        the a an this that these those he she it they we i you his her its their our my your him them us me
        but and or so yet if when whenever while after before as at in on for with without by from to of into onto
        since until unless although though because however meanwhile also still then there here now later earlier
        today yesterday tomorrow tonight last next some many most more few several all both each every any no not
        none one two three four five six seven eight nine ten what which who whom whose where why how despite during
        among amid under over about above below across against along around behind beyond near through throughout
        toward towards upon within according asked speaking instead indeed even only just such other another much
        like unlike neither nor either thus therefore moreover furthermore nevertheless nonetheless otherwise
        overall finally first second third ago perhaps maybe yes well oh please let is are was were will would can
        could should may might must do does did has have had be been being it's that's there's he's she's i'm
        we're they're don't doesn't didn't isn't wasn't can't won't here's what's let's asked told said says
        whether nearly almost about around approximately roughly only already again always never often sometimes
        once twice soon just rather quite very too so such same own else ever far further much both
        mr mrs ms dr sir madam
        """)

    /// Capitalised words that are not entities on their own: days, months, holidays, pronoun I.
    static let notNames: Set<String> = words("""
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july
        august september october november december mon tue tues wed thu thur thurs fri sat sun jan feb mar apr
        jun jul aug sep sept oct nov dec i i'm i've i'd i'll christmas easter ramadan eid thanksgiving
        god ok okay tv am pm a.m. p.m. gmt bst est et pt edt pdt cst ceo cfo coo cto mp mps mep gdp gnp cpi
        mln bln pct dlrs dlr vs etc no yes hey wow
        """)

    /// Personal pronouns that can point at a speaker, with their gender and number.
    enum PronounKind { case male, female, plural, firstPerson, neuter }

    static let pronouns: [String: PronounKind] = [
        "he": .male, "him": .male, "his": .male, "she": .female, "her": .female, "hers": .female,
        "they": .plural, "them": .plural, "their": .plural, "i": .firstPerson, "we": .firstPerson,
        "it": .neuter, "its": .neuter,
    ]
}
